import { claimOn } from "../content/queries";
import type { SiteContent } from "../content/schema";

/** What the comparison shows of one municipality, and no more: the page carries it for all of them. */
export type ComparedMunicipality = {
  slug: string;
  naam: string;
  cohort: number;
  provincie: string;
  /** Justification by criterion id, only for the criteria the municipality was chosen for. */
  criteria: Record<string, string>;
  voorbeelden: { id: string; naam: string }[];
  personen: { naam: string; rol: string | null; organisatie: string | null }[];
  /** Source ids; their titles are in CompareData.sources, once for all municipalities. */
  bronnen: string[];
};

export type CompareData = {
  municipalities: ComparedMunicipality[];
  criteria: { id: string; label: string }[];
  sources: Record<string, string>;
};

export function compareData(content: SiteContent): CompareData {
  const { criteria, sources } = content;
  return {
    municipalities: content.municipalities
      .map((municipality) => ({
        slug: municipality.slug,
        naam: municipality.naam,
        cohort: municipality.cohort,
        provincie: municipality.provincie,
        criteria: Object.fromEntries(
          criteria.flatMap((criterion) => {
            const toelichting = claimOn(municipality, criterion.id);
            return toelichting === undefined ? [] : [[criterion.id, toelichting]];
          }),
        ),
        voorbeelden: municipality.voorbeelden.map((example) => ({ id: example.id, naam: example.naam })),
        personen: municipality.personen.map((person) => ({
          naam: person.naam,
          rol: person.rol ?? null,
          organisatie: person.organisatie ?? null,
        })),
        bronnen: municipality.bronnen,
      }))
      .toSorted((a, b) => a.naam.localeCompare(b.naam, "nl")),
    criteria: criteria.map((criterion) => ({ id: criterion.id, label: criterion.kort })),
    sources: Object.fromEntries(sources.map((source) => [source.id, source.titel])),
  };
}
