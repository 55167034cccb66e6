/**
 * Every id a profile page gives its own elements, declared once: the page,
 * the layout and the components use these, and the content schema derives
 * from them which ids a practice example may not take, so that a link to an
 * example (#hemelse-modder) can never land on something else.
 */

/** The profile's own sections, each with a heading that links to it. */
export const PROFILE_SECTION_IDS = {
  members: "leden",
  criteria: "criteria",
  examples: "voorbeelden",
  quotations: "citaten",
  people: "personen",
  partners: "partners",
  sources: "bronnen",
  checks: "controles",
  related: "verwant",
  compare: "vergelijken",
} as const;

/** Ids of the profile's form controls, which their labels point at. */
export const PROFILE_FORM_IDS = {
  compareWith: "vergelijk-met",
} as const;

/** Ids of the layout around every page: the main content, the header's search box, the footer. */
export const LAYOUT_IDS = {
  main: "inhoud",
  siteSearch: "site-zoekterm",
  footerAbout: "footer-over",
} as const;

/** The maps' hatch patterns, one per cohort marker shape (components/map-hatch.tsx): ids in every page with a map. */
export const MAP_HATCH_IDS = ["kaart-arcering-1", "kaart-arcering-2", "kaart-arcering-3", "kaart-arcering-4"] as const;

/** The anchor of a municipality's justification for one criterion: #criterium-preventie-presentie. */
export function criterionAnchor(criterionId: string): string {
  return `criterium-${criterionId}`;
}

/** The id of a practice example's heading, which labels its section. */
export function exampleTitleId(exampleId: string): string {
  return `${exampleId}-titel`;
}

/** Ids no practice example may take, whatever the profile holds. */
export const RESERVED_ANCHORS: readonly string[] = [
  ...Object.values(PROFILE_SECTION_IDS),
  ...Object.values(PROFILE_FORM_IDS),
  ...Object.values(LAYOUT_IDS),
  ...MAP_HATCH_IDS,
];

/**
 * Whether an example id would collide with an element the page makes itself:
 * a section, the layout, a criterion's justification, or the heading of
 * another example.
 */
export function isReservedAnchor(exampleId: string, otherExampleIds: readonly string[]): boolean {
  return (
    RESERVED_ANCHORS.includes(exampleId) ||
    exampleId.startsWith(criterionAnchor("")) ||
    otherExampleIds.some((other) => exampleTitleId(other) === exampleId)
  );
}
