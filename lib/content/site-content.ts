import { loadContent, type Cohort, type Criterion, type Municipality, type SiteContent, type Source } from "./load";

let cached: SiteContent | undefined;

/**
 * The validated content, loaded once per build. In development it is read
 * again on every request so that editors see their changes on reload.
 */
export function getContent(): SiteContent {
  if (!cached || process.env.NODE_ENV === "development") cached = loadContent();
  return cached;
}

export function getMunicipality(slug: string): Municipality | undefined {
  return getContent().municipalities.find((municipality) => municipality.slug === slug);
}

export function getCohort(year: number): Cohort | undefined {
  return getContent().cohorts.find((cohort) => cohort.jaar === year);
}

export function getCriterion(id: string): Criterion | undefined {
  return getContent().criteria.find((criterion) => criterion.id === id);
}

export function getSource(id: string): Source | undefined {
  return getContent().sources.find((source) => source.id === id);
}

/** A municipality's criteria with their short labels, in the order of the criteria. */
export function criteriaOf(municipality: Municipality): { id: string; label: string; toelichting: string }[] {
  return getContent()
    .criteria.map((criterion) => {
      const claim = municipality.criteria.find((candidate) => candidate.id === criterion.id);
      return claim ? { id: criterion.id, label: criterion.kort, toelichting: claim.toelichting } : undefined;
    })
    .filter((criterion) => criterion !== undefined);
}
