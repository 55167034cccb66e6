import { loadContent } from "./load";
import type { Cohort, Criterion, Municipality, PracticeExample, SiteContent, Theme } from "./schema";

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

export function getTheme(id: string): Theme | undefined {
  return getContent().themes.find((theme) => theme.id === id);
}

/** A practice example by its profile's slug and its own id, with the profile it belongs to. */
export function getExample(municipalitySlug: string, exampleId: string): { municipality: Municipality; example: PracticeExample } | undefined {
  const municipality = getMunicipality(municipalitySlug);
  const example = municipality?.voorbeelden.find((candidate) => candidate.id === exampleId);
  return municipality && example ? { municipality, example } : undefined;
}
