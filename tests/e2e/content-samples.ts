import { loadContent } from "../../lib/content/load";
import { positionOf } from "../../lib/maps/map";
import { claimOn, cohortMembers, cohortNeighbours, cohortYears, examplesIndex, relatedMunicipalities } from "../../lib/content/queries";
import type { Criterion, Municipality, SiteContent, Source } from "../../lib/content/schema";

/**
 * Sample municipalities, cohorts and criteria for the browser tests, chosen
 * by what they have, never by name: editors add cohorts and change profiles
 * with Markdown alone, so a test that names today's content breaks on the
 * next edit. Each picker reads the content the site was built from
 * (loadContent() honours CONTENT_DIR) and says what is missing if the content
 * has no such case.
 */
export const siteContent: SiteContent = loadContent();

function missing(what: string): never {
  throw new Error(`De inhoud heeft ${what}; een browsertest heeft zo'n voorbeeld nodig.`);
}

const claims = (municipality: Municipality, criterionId: string) => claimOn(municipality, criterionId) !== undefined;

/** "A", "A en B", "A, B en C": how the site lists names and years in a sentence. */
export function inDutch(items: readonly (string | number)[]): string {
  const words = items.map(String);
  return words.length < 2 ? (words[0] ?? "") : `${words.slice(0, -1).join(", ")} en ${words.at(-1)}`;
}

/** "1 gemeente", "3 gemeenten". */
export function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}

/** A content value inside a regular expression, as itself. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

type Tuple<N extends number, T, Items extends T[] = []> = Items["length"] extends N ? Items : Tuple<N, T, [...Items, T]>;

/** The first `n` municipalities in the order of the listing (by name). */
export function someMunicipalities<N extends number>(n: N, content = siteContent): Tuple<N, Municipality> {
  if (content.municipalities.length < n) missing(`minder dan ${n} gemeenten`);
  return content.municipalities.slice(0, n) as Tuple<N, Municipality>;
}

/** The years of the cohorts, oldest first. */
export function years(content = siteContent): number[] {
  const all = cohortYears(content);
  if (all.length === 0) missing("geen cohorten");
  return all;
}

/** The newest cohort's year. */
export function newestCohort(content = siteContent): number {
  return years(content).at(-1)!;
}

/** Two cohorts, oldest first, each with a first member: the marker of a cohort on the map. */
export function twoCohortsWithMembers(content = siteContent): [Municipality, Municipality] {
  const firsts = years(content).flatMap((year) => cohortMembers(content, year).slice(0, 1));
  if (firsts.length < 2) missing("geen twee cohorten met gemeenten");
  return [firsts[0]!, firsts.at(-1)!];
}

/** A cohort and two criteria (in the order of the criteria) that some of its members, but not all, both claim. */
export function cohortWithTwoCriteria(content = siteContent): { year: number; criteria: [Criterion, Criterion] } {
  for (const year of [...years(content)].reverse()) {
    const members = cohortMembers(content, year);
    for (const [index, first] of content.criteria.entries()) {
      for (const second of content.criteria.slice(index + 1)) {
        const both = members.filter((m) => claims(m, first.id) && claims(m, second.id)).length;
        if (both > 0 && both < members.length) return { year, criteria: [first, second] };
      }
    }
  }
  missing("geen cohort met twee criteria die sommige, maar niet alle, gemeenten van dat cohort allebei hebben");
}

/** Two criteria where some municipalities claim both and others only one of them: "at least one" then finds more than "all". */
export function criteriaClaimedUnevenly(content = siteContent): [Criterion, Criterion] {
  for (const [index, first] of content.criteria.entries()) {
    for (const second of content.criteria.slice(index + 1)) {
      const both = content.municipalities.filter((m) => claims(m, first.id) && claims(m, second.id)).length;
      const either = content.municipalities.filter((m) => claims(m, first.id) || claims(m, second.id)).length;
      if (both > 0 && either > both) return [first, second];
    }
  }
  missing("geen twee criteria die sommige gemeenten allebei hebben en andere maar één van beide");
}

/** A cohort and a criterion that some of its members claim, but not all. */
export function cohortWithCriterionOfSome(content = siteContent): { year: number; criterion: Criterion } {
  for (const year of years(content)) {
    const members = cohortMembers(content, year);
    for (const criterion of content.criteria) {
      const claiming = members.filter((m) => claims(m, criterion.id)).length;
      if (claiming > 0 && claiming < members.length) return { year, criterion };
    }
  }
  missing("geen cohort met een criterium dat sommige, maar niet alle, gemeenten van dat cohort hebben");
}

/** A province of some municipalities, not all. */
export function provinceOfSome(content = siteContent): string {
  const province = content.municipalities.find((m) => content.municipalities.some((other) => other.provincie !== m.provincie))?.provincie;
  return province ?? missing("geen gemeenten in verschillende provincies");
}

/** The profile with the most practice examples (the first by name of those), to show a full page. */
export function fullestProfile(content = siteContent): Municipality {
  const most = Math.max(0, ...content.municipalities.map((m) => m.voorbeelden.length));
  return (
    content.municipalities.find((m) => m.voorbeelden.length === most && most > 0) ??
    missing("geen gemeente met een voorbeeld uit de praktijk")
  );
}

/** A profile with a practice example, and that example. */
export function profileWithExample(content = siteContent): { municipality: Municipality; example: Municipality["voorbeelden"][number] } {
  const municipality =
    content.municipalities.find((m) => m.voorbeelden.length > 0) ?? missing("geen gemeente met een voorbeeld uit de praktijk");
  return { municipality, example: municipality.voorbeelden[0]! };
}

/** A profile with a previous and a next municipality in its cohort (in alphabetical order), and related ones. */
export function profileWithNeighbours(content = siteContent): {
  municipality: Municipality;
  previous: Municipality;
  next: Municipality;
  related: Municipality[];
} {
  for (const municipality of content.municipalities) {
    const { previous, next } = cohortNeighbours(content, municipality);
    const related = relatedMunicipalities(content, municipality);
    if (previous && next && related.length > 0) return { municipality, previous, next, related };
  }
  missing("geen gemeente met een vorige en een volgende in haar cohort en gemeenten met dezelfde criteria");
}

/** A profile with a partner's web address, which a printout writes out. */
export function profileWithPartnerLink(content = siteContent): Municipality {
  return (
    content.municipalities.find((m) => m.partners.some((partner) => partner.url)) ??
    missing("geen gemeente met een partner met een webadres")
  );
}

/** A municipality with its own CBS code (not a region) and a position with decimals. */
export function municipalityWithCbsCode(content = siteContent): Municipality & { cbs_code: string } {
  const found = content.municipalities.find((m) => m.cbs_code && !Number.isInteger(positionOf(m).lat));
  return (found as (Municipality & { cbs_code: string }) | undefined) ?? missing("geen gemeente met een eigen CBS-code");
}

/** A region: a profile with member municipalities, and quotations (the editor's preview shows them). */
export function regionWithQuotations(content = siteContent): Municipality & { leden: NonNullable<Municipality["leden"]> } {
  const region = content.municipalities.find((m) => (m.leden?.length ?? 0) > 1 && m.citaten.length > 0);
  return (region as ReturnType<typeof regionWithQuotations> | undefined) ?? missing("geen regio (een profiel met leden) met citaten");
}

/** A criterion whose label is part of no other label, so that typing it picks it alone. */
export function distinctCriterion(content = siteContent): Criterion {
  const labels = content.criteria.map((criterion) => criterion.kort);
  return (
    content.criteria.find((criterion) => labels.filter((label) => label.includes(criterion.kort)).length === 1) ??
    missing("geen criterium met een korte naam die niet in een andere staat")
  );
}

/** The source with the shortest title that is part of no other title, so that typing it picks it alone. */
export function distinctSource(content = siteContent): Source {
  const titles = content.sources.map((source) => source.titel);
  const distinct = content.sources.filter((source) => titles.filter((title) => title.includes(source.titel)).length === 1);
  return distinct.sort((a, b) => a.titel.length - b.titel.length)[0] ?? missing("geen bron met een titel die niet in een andere staat");
}

/** A theme of some practice examples, not all. */
export function themeOfSome(content = siteContent): { id: string; label: string } {
  const { items, themes } = examplesIndex(content);
  const theme = themes.find(({ id }) => items.some((item) => !item.themes.includes(id)));
  return theme ?? missing("geen thema dat sommige, maar niet alle, voorbeelden hebben");
}

/** Plain lowercase words of at least `min` letters, as a search box takes them. */
const plainWords = (text: string, min: number) =>
  (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((word) => word.length >= min && /^[a-z]+$/.test(word));
const textOf = (html: string) => html.replace(/<[^>]+>/g, " ");

/**
 * A word in the body of exactly one profile and nowhere else in the content,
 * not in its name, title or summary either: a search for it can only find the
 * profile by its body. Its stem (the word less three letters) is nowhere else
 * either, since the search engine matches forms of a word.
 */
export function wordOnlyInOneBody(content = siteContent): { word: string; municipality: Municipality } {
  const everything = JSON.stringify(content).toLowerCase();
  for (const municipality of content.municipalities) {
    const body = textOf(municipality.html).toLowerCase();
    const rest = everything.replace(JSON.stringify(municipality.html).toLowerCase(), " ");
    for (const word of plainWords(body, 8)) {
      const stem = word.slice(0, -3);
      if (!rest.includes(stem)) return { word, municipality };
    }
  }
  missing("geen woord dat alleen in de tekst van één profiel staat");
}

/**
 * Three words to search for, each in a heading of the profiles (where the
 * section links sit): the longest word of a criterion's label, of a practice
 * example's name and of a profile's title.
 */
export function searchWords(content = siteContent): string[] {
  const longest = (texts: string[]) => texts.flatMap((text) => plainWords(text, 5)).sort((a, b) => b.length - a.length)[0];
  const words = [
    longest(content.criteria.map((criterion) => criterion.kort)),
    longest(content.municipalities.flatMap((m) => m.voorbeelden.map((example) => example.naam))),
    longest(content.municipalities.map((m) => m.titel)),
  ];
  return words.every(Boolean)
    ? [...new Set(words as string[])]
    : missing("geen criteria, voorbeelden of titels met woorden om op te zoeken");
}
