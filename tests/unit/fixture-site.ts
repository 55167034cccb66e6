import path from "node:path";
import { loadContent } from "@/lib/content/load";
import type { Municipality, SiteContent } from "@/lib/content/schema";

const basis = path.resolve(import.meta.dirname, "../fixtures/content-basis");

type ProfileSketch = {
  naam: string;
  cohort: number;
  criteria: string[];
  voorbeelden?: { id: string; naam: string; themas: Municipality["voorbeelden"][number]["themas"] }[];
};

/**
 * Made-up profiles over two cohorts, for tests of the questions pages ask of
 * the content (lib/content/queries.ts, the feed, the open data): each is the
 * base fixture's valid profile with another name, cohort, criteria and
 * examples, so that the tests never depend on today's content.
 */
export const FIXTURE_PROFILES: readonly ProfileSketch[] = [
  // Listed out of alphabetical order, and with criteria out of the criteria's order, on purpose.
  {
    naam: "Cederveen",
    cohort: 2019,
    criteria: ["preventie-presentie"],
    voorbeelden: [{ id: "de-kas", naam: "De Kas", themas: ["ontmoeting"] }],
  },
  { naam: "Aaldijk", cohort: 2017, criteria: ["preventie-presentie", "lerend-samenwerkend"] },
  {
    naam: "Bergum-Oost",
    cohort: 2017,
    criteria: ["lerend-samenwerkend"],
    voorbeelden: [
      { id: "buurtkamer", naam: "Buurtkamer", themas: ["ontmoeting"] },
      { id: "het-loket", naam: "Het Loket", themas: ["wijkteams-en-toegang"] },
    ],
  },
  { naam: "Dommelen", cohort: 2017, criteria: ["lerend-samenwerkend", "preventie-presentie"] },
  { naam: "Eelde", cohort: 2019, criteria: ["lerend-samenwerkend"] },
];

/** The fixture site: the base fixture's cohort, criteria and source, a made-up cohort 2019, and the profiles above. */
export function fixtureSite(): SiteContent {
  const base = loadContent(basis);
  const [delft] = base.municipalities;
  const [cohort] = base.cohorts;
  if (!delft || !cohort) throw new Error("de basisfixture mist een gemeente of cohort");
  const byName = new Intl.Collator("nl").compare;
  return {
    ...base,
    // The themes of the profiles above first, in an order that is not the alphabet's, then the base fixture's (which no profile above uses).
    themes: [
      { id: "wijkteams-en-toegang", naam: "Wijkteams en toegang", omschrijving: "Over de toegang.", volgorde: 1 },
      { id: "ontmoeting", naam: "Ontmoeting", omschrijving: "Over ontmoeting.", volgorde: 2 },
      ...base.themes,
    ],
    cohorts: [
      cohort,
      { ...cohort, id: "2019", jaar: 2019, titel: "Testlichting 2019", data: [{ datum: "2019-06-01", omschrijving: "Presentatie" }] },
    ],
    municipalities: FIXTURE_PROFILES.map((sketch): Municipality => ({
      ...delft,
      naam: sketch.naam,
      slug: sketch.naam.toLowerCase(),
      cohort: sketch.cohort,
      criteria: sketch.criteria.map((id) => ({ id, toelichting: `Waarom ${sketch.naam} voldoet aan ${id}.` })),
      voorbeelden: (sketch.voorbeelden ?? []).map((example) => ({ ...example, beschrijving: `Over ${example.naam}.` })),
      // The later checks are the base fixture's own tests (its Delft has two).
      controles: [],
    })).sort((a, b) => byName(a.naam, b.naam)),
  };
}

/**
 * A made-up region of two Groningen municipalities of 2017, in the fixture's
 * cohort 2019: no code of its own, its members' codes under leden, and no
 * override of its position (the base profile has one).
 */
export function fixtureRegion(base: Municipality): Municipality {
  return {
    ...base,
    naam: "Regio Veenkoloniën",
    slug: "regio-veenkolonien",
    cohort: 2019,
    provincie: "Groningen",
    cbs_code: undefined,
    locatie: undefined,
    leden: [
      { naam: "Stadskanaal", cbs_code: "GM0037" },
      { naam: "Veendam", cbs_code: "GM0047" },
    ],
  };
}
