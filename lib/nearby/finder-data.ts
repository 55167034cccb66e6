import { cohortYears } from "../content/queries";
import type { SiteContent } from "../content/schema";
import { nationalPosition, netherlandsMap, placeOf } from "../maps/map";
import { todaysMunicipality } from "../maps/today";
import type { TodaysAnswer } from "./answers";
import type { Answer, FinderIndex, FinderProfile, ProfileSummary, ProvinceAnswers } from "./finder";
import type { NameIndex } from "./names";

/** A province's municipalities of today with their answers, under the province's slug. */
export type ProvinceGroup = { slug: string; municipalities: readonly TodaysAnswer[] };

/** The finder's page data (FinderIndex): every name that leads to a municipality of today, by province. */
export function finderIndex(provinces: readonly ProvinceGroup[], names: NameIndex): FinderIndex {
  const bySlug = new Map(names.map((entry) => [entry.slug, entry]));
  return {
    provinces: provinces.map(({ slug, municipalities }) => ({
      slug,
      municipalities: municipalities.flatMap((municipality) => {
        const entry = bySlug.get(municipality.slug);
        // The browser makes the slug from the name (nameSlug), as the build does.
        return entry
          ? [{ name: entry.name, ...(entry.aliases && { aliases: entry.aliases }), ...(entry.former && { former: entry.former }) }]
          : [];
      }),
    })),
  };
}

/**
 * The answers of one province's municipalities for its file (ProvinceAnswers),
 * with each profile they name once, and the places on the small map. No
 * geometry beyond the points: the map's background is the shared file every
 * national map draws.
 */
export function provinceAnswers(content: SiteContent, municipalities: readonly TodaysAnswer[]): ProvinceAnswers {
  const profiles: FinderProfile[] = [];
  const positions = new Map<string, number>();
  const positionOf = (profile: ProfileSummary): number => {
    const known = positions.get(profile.slug);
    if (known !== undefined) return known;
    const municipality = content.municipalities.find((candidate) => candidate.slug === profile.slug);
    const { x, y } = municipality ? placeOf(municipality).point : { x: 0, y: 0 };
    profiles.push({ ...profile, point: [Math.round(x), Math.round(y)] });
    positions.set(profile.slug, profiles.length - 1);
    return profiles.length - 1;
  };
  const compact = (answer: Answer): Answer<number> =>
    answer.kind === "dichtbij"
      ? { kind: "dichtbij", nearest: answer.nearest.map(({ profile, km }) => ({ profile: positionOf(profile), km })) }
      : { ...answer, profile: positionOf(answer.profile) };
  return {
    municipalities: municipalities.flatMap(({ code, slug, answers }) => {
      const centroid = todaysMunicipality(code)?.centroid;
      return centroid ? [{ slug, point: nationalPosition(centroid), answers: answers.map(compact) }] : [];
    }),
    profiles,
    criteria: content.criteria.map((criterion) => ({ id: criterion.id, label: criterion.kort })),
    cohorts: cohortYears(content),
    map: netherlandsMap(),
  };
}
