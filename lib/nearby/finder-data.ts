import { cohortYears } from "../content/queries";
import type { SiteContent } from "../content/schema";
import { nationalPosition, netherlandsMap, placeOf } from "../maps/map";
import { todaysMunicipality } from "../maps/today";
import type { TodaysAnswer } from "./answers";
import { INDEX_MARKS, type Answer, type FinderIndex, type FinderProfile, type ProfileSummary, type ProvinceAnswers } from "./finder";
import type { NameIndex } from "./names";

/** A province's municipalities of today with their answers, under the province's slug. */
export type ProvinceGroup = { slug: string; municipalities: readonly TodaysAnswer[] };

/** The finder's page data (FinderIndex): every name that leads to a municipality of today, by province. */
export function finderIndex(provinces: readonly ProvinceGroup[], names: NameIndex): FinderIndex {
  const bySlug = new Map(names.map((entry) => [entry.slug, entry]));
  const marks = Object.values(INDEX_MARKS);
  const marked = (mark: string, list: readonly string[] = []) =>
    list.map((name) => {
      // A CBS name with a mark in it would be read as two: stop the build rather than mislead readers.
      if (marks.some((other) => name.includes(other))) throw new Error(`De naam '${name}' bevat een teken van de index van de zoeker.`);
      return `${mark}${name}`;
    });
  return provinces
    .map(({ slug, municipalities }) =>
      [
        slug,
        ...municipalities.flatMap((municipality) => {
          const entry = bySlug.get(municipality.slug);
          if (!entry) return [];
          return [
            [...marked("", [entry.name]), ...marked(INDEX_MARKS.alias, entry.aliases), ...marked(INDEX_MARKS.former, entry.former)].join(
              "",
            ),
          ];
        }),
      ].join(INDEX_MARKS.municipality),
    )
    .join(INDEX_MARKS.province);
}

/**
 * The answers of one province's municipalities for its file (ProvinceAnswers),
 * with each profile they name once, and the places on the small map. No
 * geometry beyond the points: the map's background is the shared file every
 * national map draws.
 */
export function provinceAnswers(content: SiteContent, municipalities: readonly TodaysAnswer[]): ProvinceAnswers {
  const profiles: FinderProfile[] = [];
  const indexes = new Map<string, number>();
  const profileIndex = (profile: ProfileSummary): number => {
    const known = indexes.get(profile.slug);
    if (known !== undefined) return known;
    const municipality = content.municipalities.find((candidate) => candidate.slug === profile.slug);
    // The answers are made from this content: a profile it lacks is a bug, not a reader's mistake.
    if (!municipality) throw new Error(`Het antwoord noemt het profiel '${profile.slug}', dat niet in de inhoud staat.`);
    const { x, y } = placeOf(municipality).point;
    profiles.push({ ...profile, point: [Math.round(x), Math.round(y)] });
    indexes.set(profile.slug, profiles.length - 1);
    return profiles.length - 1;
  };
  const compact = (answer: Answer): Answer<number> =>
    answer.kind === "dichtbij"
      ? { kind: "dichtbij", nearest: answer.nearest.map(({ profile, km }) => ({ profile: profileIndex(profile), km })) }
      : { ...answer, profile: profileIndex(answer.profile) };
  return {
    municipalities: municipalities.map(({ code, slug, answers }) => {
      // The answers are made from the CBS data of 2025: a code it lacks is a bug.
      const today = todaysMunicipality(code);
      if (!today) throw new Error(`De gemeentecode ${code} staat niet in de CBS-indeling van 2025.`);
      return { slug, point: nationalPosition(today.centroid), answers: answers.map(compact) };
    }),
    profiles,
    criteria: content.criteria.map((criterion) => ({ id: criterion.id, label: criterion.kort })),
    cohorts: cohortYears(content),
    map: netherlandsMap(),
  };
}
