import { loadContent } from "./load";
import type { Cohort, Criterion, Municipality, SiteContent, Source } from "./schema";

let cached: SiteContent | undefined;
let loadedAt = 0;

/** In development, how long loaded content is reused: long enough for one page render, short enough for a reload. */
const DEVELOPMENT_REUSE_MS = 1000;

/**
 * The validated content, loaded once per build. In development it is read
 * again when older than a second, so that editors see their changes on
 * reload without every helper call re-reading all files.
 */
export function getContent(): SiteContent {
  const stale = process.env.NODE_ENV === "development" && Date.now() - loadedAt > DEVELOPMENT_REUSE_MS;
  if (!cached || stale) {
    cached = loadContent();
    loadedAt = Date.now();
  }
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

/**
 * The municipalities that share the most criteria with this one (at least
 * one), most shared first, then by name. Runs once per profile over every
 * profile, so it avoids sorting: municipalities arrive sorted by name, and
 * grouping them by the number of shared criteria keeps that order.
 */
export function relatedMunicipalities(municipality: Municipality, count = 3): Municipality[] {
  const own = new Set(municipality.criteria.map((criterion) => criterion.id));
  const bySharedCount: Municipality[][] = Array.from({ length: own.size + 1 }, () => []);
  for (const other of getContent().municipalities) {
    if (other.slug === municipality.slug) continue;
    const shared = other.criteria.reduce((total, criterion) => total + (own.has(criterion.id) ? 1 : 0), 0);
    if (shared > 0) bySharedCount[shared]?.push(other);
  }
  return bySharedCount.reverse().flat().slice(0, count);
}

/** The previous and next municipality of the same cohort, in alphabetical order. */
export function cohortNeighbours(municipality: Municipality): { previous?: Municipality; next?: Municipality } {
  const members = getContent().municipalities.filter((candidate) => candidate.cohort === municipality.cohort);
  const index = members.findIndex((candidate) => candidate.slug === municipality.slug);
  return { previous: members[index - 1], next: members[index + 1] };
}
