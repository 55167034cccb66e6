import type { Cohort, Criterion, Municipality, SiteContent, Source, Theme } from "./schema";

/**
 * Questions about the content, answered in one place: pages ask these with
 * the content from the loader and hand the answers to components as props.
 * Every function is pure, so tests can ask them about any content set.
 */

/** A municipality's justification for one criterion, if it claims it. */
export function claimOn(municipality: Municipality, criterionId: string): string | undefined {
  return municipality.criteria.find((claim) => claim.id === criterionId)?.toelichting;
}

export type LabelledClaim = { id: string; label: string; toelichting: string };

/** A municipality's criteria with their short labels, in the order of the criteria. */
export function criteriaOf(criteria: readonly Criterion[], municipality: Municipality): LabelledClaim[] {
  return criteria.flatMap((criterion) => {
    const toelichting = claimOn(municipality, criterion.id);
    return toelichting === undefined ? [] : [{ id: criterion.id, label: criterion.kort, toelichting }];
  });
}

/** The municipalities that claim a criterion, each with its justification, by name. */
export function claimsOnCriterion(content: SiteContent, criterionId: string): { municipality: Municipality; toelichting: string }[] {
  return content.municipalities.flatMap((municipality) => {
    const toelichting = claimOn(municipality, criterionId);
    return toelichting === undefined ? [] : [{ municipality, toelichting }];
  });
}

/** The years of all cohorts, oldest first. */
export function cohortYears(content: SiteContent): number[] {
  return content.cohorts.map((cohort) => cohort.jaar);
}

/** The municipalities of one cohort, by name. */
export function cohortMembers(content: SiteContent, year: number): Municipality[] {
  return content.municipalities.filter((municipality) => municipality.cohort === year);
}

/** Every cohort with the names of its members, for the lists of cohorts. */
export function cohortsWithMembers(content: SiteContent): { cohort: Cohort; memberNames: string[] }[] {
  return content.cohorts.map((cohort) => ({ cohort, memberNames: cohortMembers(content, cohort.jaar).map((member) => member.naam) }));
}

/** Every criterion with how many municipalities claim it, for the lists of criteria. */
export function criteriaWithCounts(content: SiteContent): { criterion: Criterion; municipalityCount: number }[] {
  return content.criteria.map((criterion) => ({ criterion, municipalityCount: claimsOnCriterion(content, criterion.id).length }));
}

/** The previous and next municipality of the same cohort, in alphabetical order. */
export function cohortNeighbours(content: SiteContent, municipality: Municipality): { previous?: Municipality; next?: Municipality } {
  const members = cohortMembers(content, municipality.cohort);
  const index = members.findIndex((candidate) => candidate.slug === municipality.slug);
  return { previous: members[index - 1], next: members[index + 1] };
}

/**
 * The municipalities that share the most criteria with this one (at least
 * one), most shared first, then by name. Runs once per profile over every
 * profile, so it avoids sorting: municipalities arrive sorted by name, and
 * grouping them by the number of shared criteria keeps that order.
 */
export function relatedMunicipalities(content: SiteContent, municipality: Municipality, count = 3): Municipality[] {
  const own = new Set(municipality.criteria.map((criterion) => criterion.id));
  const bySharedCount: Municipality[][] = Array.from({ length: own.size + 1 }, () => []);
  for (const other of content.municipalities) {
    if (other.slug === municipality.slug) continue;
    const shared = other.criteria.reduce((total, criterion) => total + (own.has(criterion.id) ? 1 : 0), 0);
    if (shared > 0) bySharedCount[shared]?.push(other);
  }
  return bySharedCount.reverse().flat().slice(0, count);
}

/** The source with this id. The schema has checked every reference, so a miss is a bug, not a content mistake. */
export function sourceById(content: SiteContent, id: string): Source {
  const source = content.sources.find((candidate) => candidate.id === id);
  if (!source) throw new Error(`Bron '${id}' ontbreekt, maar de inhoudscontrole liet de verwijzing door.`);
  return source;
}

export function sourcesById(content: SiteContent, ids: readonly string[]): Source[] {
  return ids.map((id) => sourceById(content, id));
}

export type ExampleIndexItem = {
  /** Unique across all profiles: the municipality's slug and the example's id. */
  key: string;
  municipalitySlug: string;
  exampleId: string;
  name: string;
  description: string;
  municipality: string;
  themes: string[];
};

/** Every practice example of every profile, by municipality, and the themes in use, in their order. */
export function examplesIndex(content: SiteContent): { items: ExampleIndexItem[]; themes: { id: string; label: string }[] } {
  const items = content.municipalities.flatMap((municipality) =>
    municipality.voorbeelden.map((example) => ({
      key: `${municipality.slug}-${example.id}`,
      municipalitySlug: municipality.slug,
      exampleId: example.id,
      name: example.naam,
      description: example.beschrijving,
      municipality: municipality.naam,
      themes: example.themas,
    })),
  );
  const themes = content.themes
    .filter((theme) => items.some((item) => item.themes.includes(theme.id)))
    .map((theme) => ({ id: theme.id, label: theme.naam }));
  return { items, themes };
}

/** The practice examples that name one theme, in the order of the examples index, and the municipalities they come from. */
export function themeExamples(content: SiteContent, themeId: string): { examples: ExampleIndexItem[]; municipalities: Municipality[] } {
  const examples = examplesIndex(content).items.filter((item) => item.themes.includes(themeId));
  const slugs = new Set(examples.map((example) => example.municipalitySlug));
  return { examples, municipalities: content.municipalities.filter((municipality) => slugs.has(municipality.slug)) };
}

/** Every theme with the number of practice examples that name it, in the themes' order. */
export function themesWithCounts(content: SiteContent): { theme: Theme; exampleCount: number }[] {
  const { items } = examplesIndex(content);
  return content.themes.map((theme) => ({ theme, exampleCount: items.filter((item) => item.themes.includes(theme.id)).length }));
}

/**
 * Up to `limit` examples of other municipalities that share a theme with this
 * one, the ones sharing the most themes first, then in the index's order.
 */
export function relatedExamples(content: SiteContent, municipalitySlug: string, exampleId: string, limit = 6): ExampleIndexItem[] {
  const { items } = examplesIndex(content);
  const example = items.find((item) => item.municipalitySlug === municipalitySlug && item.exampleId === exampleId);
  if (!example) return [];
  const shared = (item: ExampleIndexItem) => item.themes.filter((theme) => example.themes.includes(theme)).length;
  return items
    .filter((item) => item.municipalitySlug !== municipalitySlug && shared(item) > 0)
    .map((item, order) => ({ item, order, shared: shared(item) }))
    .sort((a, b) => b.shared - a.shared || a.order - b.order)
    .slice(0, limit)
    .map(({ item }) => item);
}
