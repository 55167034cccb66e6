import { closeNames, findMunicipality, nameSlug, type NameEntry, type NameMatch } from "./names";

/**
 * The finder "Bij u in de buurt" in the browser: the data its island gets
 * and fetches (made at build time by lib/nearby/finder-data.ts) and how it
 * reads a choice from the URL. Browser-safe, like names.ts.
 */

/** A Gouden Gemeente as the finder shows it, linked by slug. */
export type ProfileSummary = { slug: string; name: string; title: string; cohort: number; province: string; criteria: string[] };

/**
 * What the finder tells a municipality of today. `P` is how a profile is
 * given: whole on the build's pages, as its position in ProvinceAnswers.profiles
 * in the island's data, so that a profile near many municipalities is sent
 * once.
 */
export type Answer<P = ProfileSummary> =
  /** This municipality is the Gouden Gemeente, under the same CBS code as in the content. */
  | { kind: "gouden-gemeente"; profile: P }
  /** A Gouden Gemeente of 2017 now lies in this municipality, under another code: Leerdam in Vijfheerenlanden. */
  | { kind: "bevat"; profile: P; former: string }
  /** This municipality is (or holds, `former`) a member of a region that is a Gouden Gemeente. */
  | { kind: "lid"; profile: P; region: string; former?: string }
  /** None of the above: the nearest Gouden Gemeenten, nearest first, in whole kilometres. */
  | { kind: "dichtbij"; nearest: { profile: P; km: number }[] };

/** A point on the national map (lib/maps/map.ts), in its SVG units, rounded. */
export type MapPosition = [x: number, y: number];

/**
 * What the finder's page carries: every name that leads to a municipality of
 * today, by province, as text rather than JSON objects, which keeps the page
 * and island within their budget of 15 KB gzip (docs/benchmark.md). One line
 * per province: its slug, then its municipalities, each separated by "|";
 * a municipality is its CBS name followed by "=" and each alias and "<" and
 * each name of 2017 that now lies in it:
 *
 *     utrecht|Amersfoort|Baarn|…|Vijfheerenlanden<Leerdam<Vianen<Zederik
 *
 * No slugs: nameSlug makes them. The answers are in a file per province
 * (ProvinceAnswers), fetched when a reader chooses.
 */
export type FinderIndex = string;

/** The marks of FinderIndex, which no CBS name contains (lib/nearby/finder-data.ts checks that). */
export const INDEX_MARKS = { province: "\n", municipality: "|", alias: "=", former: "<" } as const;

/** A municipality of today as the finder knows it before its province's answers arrive. */
export type FinderMunicipality = NameEntry & { province: string };

/** The index's municipalities with their names, their slug and their province's slug. */
export function finderMunicipalities(index: FinderIndex): FinderMunicipality[] {
  return index.split(INDEX_MARKS.province).flatMap((line) => {
    const [province = "", ...municipalities] = line.split(INDEX_MARKS.municipality);
    return municipalities.map((text) => {
      const [name = "", ...others] = text.split(/(?=[=<])/);
      const namesMarked = (mark: string) => others.filter((other) => other.startsWith(mark)).map((other) => other.slice(1));
      const aliases = namesMarked(INDEX_MARKS.alias);
      const former = namesMarked(INDEX_MARKS.former);
      return { name, slug: nameSlug(name), province, ...(aliases.length && { aliases }), ...(former.length && { former }) };
    });
  });
}

export type FinderProfile = ProfileSummary & { point: MapPosition };

/** The file of one province's answers (routes.nearbyAnswers): its municipalities' answers and places, and the profiles they name. */
export type ProvinceAnswers = {
  municipalities: { slug: string; point: MapPosition; answers: Answer<number>[] }[];
  profiles: FinderProfile[];
  /** The short label of each criterion, by id, in the criteria's order. */
  criteria: { id: string; label: string }[];
  /** Every cohort in the content, oldest first: they decide the markers' shapes and colours. */
  cohorts: number[];
  /** The national map's size: the small map draws its shared background (routes.mapBackground). */
  map: { width: number; height: number };
};

/**
 * Whether a fetched file has the form of ProvinceAnswers: it comes from the
 * same build, so this guards against a wrong or cut-off file, not against
 * every possible value.
 */
export function isProvinceAnswers(value: unknown): value is ProvinceAnswers {
  if (typeof value !== "object" || value === null) return false;
  const fields = ["municipalities", "profiles", "criteria", "cohorts"] as const;
  const map: unknown = Reflect.get(value, "map");
  return (
    fields.every((field) => Array.isArray(Reflect.get(value, field))) &&
    typeof map === "object" &&
    map !== null &&
    typeof Reflect.get(map, "width") === "number" &&
    typeof Reflect.get(map, "height") === "number"
  );
}

/** One municipality's answers with their profiles in full, or undefined when the file does not have it. */
export function answersIn(file: ProvinceAnswers, slug: string): { point: MapPosition; answers: Answer<FinderProfile>[] } | undefined {
  const municipality = file.municipalities.find((candidate) => candidate.slug === slug);
  if (!municipality) return undefined;
  const profile = (position: number) => file.profiles[position];
  const answers = municipality.answers.flatMap((answer): Answer<FinderProfile>[] => {
    if (answer.kind === "dichtbij") {
      const nearest = answer.nearest.flatMap(({ profile: position, km }) => {
        const found = profile(position);
        return found ? [{ profile: found, km }] : [];
      });
      return [{ ...answer, nearest }];
    }
    const found = profile(answer.profile);
    return found ? [{ ...answer, profile: found }] : [];
  });
  return { point: municipality.point, answers };
}

/** The URL's parameter: ?gemeente=amersfoort. */
export const FINDER_PARAM = "gemeente";

/** A choice in the URL, read: nothing chosen, one municipality, a name that fits more than one (Bergen), or none. */
export type FinderChoice =
  | { kind: "none" }
  | { kind: "found"; match: NameMatch<FinderMunicipality> }
  | { kind: "ambiguous"; query: string; matches: NameMatch<FinderMunicipality>[] }
  | { kind: "not-found"; query: string; close: NameMatch<FinderMunicipality>[] };

/**
 * Reads ?gemeente= from a query string: a municipality's slug (what the
 * finder writes), or any name a reader could have typed (a link someone
 * wrote by hand: ?gemeente=Den%20Haag).
 */
export function finderChoice(search: string, municipalities: readonly FinderMunicipality[]): FinderChoice {
  const query = (new URLSearchParams(search).get(FINDER_PARAM) ?? "").trim();
  if (!query) return { kind: "none" };
  const bySlug = municipalities.find((municipality) => municipality.slug === query);
  if (bySlug) return { kind: "found", match: { entry: bySlug, via: "name", matched: bySlug.name } };
  const matches = findMunicipality(query, municipalities);
  const [only, ...more] = matches;
  if (only && more.length === 0) return { kind: "found", match: only };
  if (only) return { kind: "ambiguous", query, matches };
  return { kind: "not-found", query, close: closeNames(query, municipalities, 3) };
}
