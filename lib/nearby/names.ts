import { distance } from "fastest-levenshtein";

/**
 * Finding a municipality by the name a reader types, for the finder "Bij u in
 * de buurt" (issue 23). Pure functions on a small index that the finder's
 * island receives as JSON: nothing here reads files or map data, so the
 * browser runs the same code as the build.
 */

/** Names compare without case, Unicode form or the kind of apostrophe ('s-Hertogenbosch). */
export function nameKey(name: string): string {
  return name
    .normalize("NFC")
    .replace(/[’‘`´]/g, "'")
    .trim()
    .toLocaleLowerCase("nl");
}

/** Longer than any municipality's name (the longest, Nuenen, Gerwen en Nederwetten, has 29 characters): such a query matches nothing, and no work is done on it. */
export const MAX_QUERY_LENGTH = 80;

/**
 * The key a typed name is compared by: nameKey, then without accents
 * (Súdwest-Fryslân → sudwest-fryslan), without apostrophes (so 's-Gravenhage
 * and s-Gravenhage meet), without the province that CBS adds to a name that
 * occurs twice (Hengelo (O.) → hengelo, Bergen (NH.) → bergen), and with every
 * other mark between words, hyphen or space alike, as one hyphen.
 */
export function nameSearchKey(text: string): string {
  return hyphenated(plain(text).replace(PROVINCE_SUFFIX, ""));
}

/**
 * A municipality's slug, in its URLs and the finder's ?gemeente=: its name
 * in plain letters, every other mark as one hyphen ('s-Gravenhage →
 * s-gravenhage, Hengelo (O.) → hengelo-o, Súdwest-Fryslân →
 * sudwest-fryslan). The browser makes it from the name, so the finder's
 * index need not carry it.
 */
export function nameSlug(name: string): string {
  return hyphenated(plain(name));
}

function hyphenated(text: string): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** The province CBS adds to a name, such as (NH.) or (L.), and what a reader may type for it: (nh), ( N.H. ). */
const PROVINCE_SUFFIX = /\s*\(([\p{L}.\s]*)\)\s*$/u;

/** nameKey without accents and apostrophes; empty for a text too long to be a name. */
function plain(text: string): string {
  if (text.length > MAX_QUERY_LENGTH) return "";
  return (
    nameKey(text)
      // NFKD also splits the Dutch ĳ ligature into i and j.
      .normalize("NFKD")
      .replace(/\p{M}/gu, "")
      .replace(/'/g, "")
  );
}

/** The letters of a name's province suffix (Bergen (N.H.) → nh), or "" without one. */
function provinceSuffix(text: string): string {
  return (PROVINCE_SUFFIX.exec(plain(text))?.[1] ?? "").replace(/[^\p{L}]/gu, "");
}

/**
 * The names people use for a municipality that CBS writes otherwise, by the
 * CBS code of 2025. Only names that certainly mean that one municipality, in
 * Dutch: a village's name is not an alias of its municipality.
 */
export const ALIASES: Readonly<Record<string, readonly string[]>> = {
  // 's-Gravenhage: the city calls itself Den Haag.
  GM0518: ["Den Haag"],
  // 's-Hertogenbosch: Den Bosch in speech and on the city's own signs.
  GM0796: ["Den Bosch"],
  // Nuenen, Gerwen en Nederwetten: the municipality calls itself gemeente Nuenen.
  GM0820: ["Nuenen"],
};

/**
 * One municipality of today in the finder's index: its CBS name and the slug
 * of its entry, and the other names that lead to it: `aliases` (Den Haag) and
 * `former`, the names of 2017 municipalities that now lie in it (Leerdam in
 * Vijfheerenlanden). Short and without keys, so that all 342 travel to the
 * browser in a few kilobytes; the browser makes the keys with nameSearchKey.
 */
export type NameEntry = { name: string; slug: string; aliases?: string[]; former?: string[] };
export type NameIndex<E extends NameEntry = NameEntry> = readonly E[];

/** How a reader's text found a municipality: by its own name, by an alias, or by the name of a 2017 municipality that now lies in it. Generic, so that the finder gets back its own entries. */
export type NameMatch<E extends NameEntry = NameEntry> = { entry: E; via: "name" | "alias" | "former"; matched: string };

/** A name with its search key (without a province suffix) and its slug (with it: Bergen (NH.) → bergen-nh). */
type Keyed<E extends NameEntry> = { match: NameMatch<E>; key: string; slug: string };

/** A name of an index with its key and the position of its entry: what is worth keeping between keystrokes. */
type NameKey = { position: number; via: NameMatch["via"]; matched: string; key: string; slug: string };

const keysOfIndexes = new WeakMap<NameIndex, NameKey[]>();

function nameKeys(index: NameIndex): NameKey[] {
  const cached = keysOfIndexes.get(index);
  if (cached) return cached;
  const names = (via: NameMatch["via"], of: (entry: NameEntry) => readonly string[] | undefined) =>
    index.flatMap((entry, position) =>
      (of(entry) ?? []).map((matched) => ({ position, via, matched, key: nameSearchKey(matched), slug: nameSlug(matched) })),
    );
  const all = [
    ...names("name", (entry) => [entry.name]),
    ...names("alias", (entry) => entry.aliases),
    ...names("former", (entry) => entry.former),
  ];
  keysOfIndexes.set(index, all);
  return all;
}

/** Every name of the index with its key, own names first; the keys are made once per index, not at every keystroke. */
function keyed<E extends NameEntry>(index: NameIndex<E>): Keyed<E>[] {
  return nameKeys(index).flatMap(({ position, via, matched, key, slug }) => {
    const entry = index[position];
    return entry ? [{ match: { entry, via, matched }, key, slug }] : [];
  });
}

/** One match per municipality, the first (the best) kept. */
function unique<E extends NameEntry>(matches: NameMatch<E>[]): NameMatch<E>[] {
  return matches.filter((match, position) => matches.findIndex((other) => other.entry === match.entry) === position);
}

const byName = new Intl.Collator("nl").compare;

/**
 * The municipalities whose name is what the reader typed: none, one, or
 * more where a name without its province fits two (Bergen: Bergen (NH.) and
 * Bergen (L.)), so that the page can ask which. A municipality's own name
 * of today goes before an alias, an alias before a name of 2017.
 */
export function findMunicipality<E extends NameEntry>(query: string, index: NameIndex<E>): NameMatch<E>[] {
  const key = nameSearchKey(query);
  if (!key) return [];
  // A province typed with the name chooses (Bergen (NH.)); a name that has no province of its own still fits (Den Haag (ZH.)).
  const suffix = provinceSuffix(query);
  const fits = (match: NameMatch<E>) => !suffix || [suffix, ""].includes(provinceSuffix(match.matched));
  const hits = keyed(index).filter((candidate) => candidate.key === key && fits(candidate.match));
  const best = hits.filter((hit) => hit.match.via === hits[0]?.match.via);
  return unique(best.map((hit) => hit.match));
}

/**
 * Up to `limit` municipalities whose name is close to a name the index does
 * not know (Amersfort → Amersfoort), nearest first: a typo, not any other
 * word, so the distance may be at most a quarter of the typed key (at least
 * one letter, at most three).
 */
export function closeNames<E extends NameEntry>(query: string, index: NameIndex<E>, limit = 3): NameMatch<E>[] {
  const key = nameSearchKey(query);
  if (!key) return [];
  const allowed = Math.min(3, Math.max(1, Math.floor(key.length / 4)));
  const close = keyed(index)
    .map((candidate) => ({ ...candidate, distance: distance(key, candidate.key) }))
    .filter((candidate) => candidate.distance > 0 && candidate.distance <= allowed)
    .sort((a, b) => a.distance - b.distance || byName(a.match.entry.name, b.match.entry.name));
  return unique(close.map((candidate) => candidate.match)).slice(0, limit);
}

/**
 * The suggestions under the field as the reader types: up to `limit`
 * municipalities with a name (or alias, or name of 2017) that starts with
 * the text, then those with a word in it that does (gra → 's-Gravenhage),
 * each group by the name that matched. Accents and case do not matter.
 */
export function suggestions<E extends NameEntry>(prefix: string, index: NameIndex<E>, limit = 8): NameMatch<E>[] {
  const key = nameSearchKey(prefix);
  if (!key) return [];
  // A reader typing the province too (Bergen (N…, Hengelo (O.)) or a slug (hengelo-o) is matched with it.
  const slug = nameSlug(prefix);
  const withProvince = prefix.includes("(");
  const starts = keyed(index).filter((candidate) => candidate.slug.startsWith(slug) || (!withProvince && candidate.key.startsWith(key)));
  const wordStarts = keyed(index).filter((candidate) => !candidate.key.startsWith(key) && candidate.key.includes(`-${key}`));
  // By the name the reader sees in the list: Den Bosch, Den Haag, Den Helder.
  const ordered = (candidates: Keyed<E>[]) => candidates.map((candidate) => candidate.match).sort((a, b) => byName(a.matched, b.matched));
  return unique([...ordered(starts), ...ordered(wordStarts)]).slice(0, limit);
}
