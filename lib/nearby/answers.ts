import { geoDistance } from "d3-geo";
import type { ContentProblem } from "../content/problems";
import type { Municipality } from "../content/schema";
import { cbsName } from "../maps/cbs-codes";
import type { Answer, ProfileSummary } from "./finder";
import { profileCentroid, todayOf2017Code, todaysCodeOf, todaysMunicipalities, type Province, type TodayEntry } from "../maps/today";

/**
 * What the finder "Bij u in de buurt" (issue 23) answers for each
 * municipality of today, made at build time from the content: the Gouden
 * Gemeente it is, holds or belongs to, or else the three nearest. Profiles
 * are referred to by slug with only what the finder shows, so that the
 * answers stay small.
 */

/** The Earth's mean radius (IUGG), in km: geoDistance gives radians on the unit sphere. */
export const EARTH_RADIUS_KM = 6371.0088;

/** How many Gouden Gemeenten a municipality without one of its own is shown. */
const NEAREST_COUNT = 3;

/** What a profile needs here; a whole Municipality (SiteContent) fits. */
export type NearbyProfileSource = Pick<Municipality, "naam" | "slug" | "cohort" | "titel" | "provincie" | "cbs_code" | "leden"> &
  TodayEntry & { criteria: readonly { id: string }[] };

/** A municipality of today with its answers: one "dichtbij", or one or more of the others (gouden-gemeente first, then bevat, then lid). */
export type TodaysAnswer = { code: string; name: string; slug: string; province: Province; answers: Answer[] };

export type NearbyAnswers = {
  answers: TodaysAnswer[];
  /** Profiles the finder cannot place, for the content check; `file` is relative to the content folder (gemeenten/ede.md). */
  problems: ContentProblem[];
};

const KIND_ORDER: readonly Answer["kind"][] = ["gouden-gemeente", "bevat", "lid", "dichtbij"];

function summary(profile: NearbyProfileSource): ProfileSummary {
  return {
    slug: profile.slug,
    name: profile.naam,
    title: profile.titel,
    cohort: profile.cohort,
    province: profile.provincie,
    criteria: profile.criteria.map((claim) => claim.id),
  };
}

const NOT_FOUND = "De zoeker 'Bij u in de buurt' kan dit profiel daardoor aan geen gemeente van nu koppelen.";

/** The answer of every municipality of today, by name, and the profiles that could not be placed. */
export function nearbyAnswers(content: { municipalities: readonly NearbyProfileSource[] }): NearbyAnswers {
  const problems: ContentProblem[] = [];
  const matches = new Map<string, Answer[]>();
  const add = (code: string, answer: Answer) => matches.set(code, [...(matches.get(code) ?? []), answer]);

  for (const source of content.municipalities) {
    const profile = summary(source);
    const file = `gemeenten/${source.slug}.md`;
    if (source.leden?.length) {
      source.leden.forEach((member, index) => {
        const today = todayOf2017Code(member.cbs_code);
        if (!today) {
          problems.push({
            file,
            field: `leden[${index}].cbs_code`,
            message: `de gemeentecode ${member.cbs_code} (${member.naam}) ligt in geen gemeente van nu. ${NOT_FOUND}`,
          });
          return;
        }
        const former = today.code === member.cbs_code ? undefined : (cbsName(member.cbs_code) ?? member.naam);
        add(today.code, { kind: "lid", profile, region: source.naam, ...(former && { former }) });
      });
    } else if (source.cbs_code) {
      const today = todayOf2017Code(source.cbs_code);
      if (!today) {
        problems.push({
          file,
          field: "cbs_code",
          message: `de gemeentecode ${source.cbs_code} ligt in geen gemeente van nu. ${NOT_FOUND}`,
        });
      } else if (today.code === source.cbs_code) {
        add(today.code, { kind: "gouden-gemeente", profile });
      } else {
        add(today.code, { kind: "bevat", profile, former: cbsName(source.cbs_code) ?? source.naam });
      }
    } else {
      // Formed after 2017: placed by its code of 2025 (cbs_code_2025). A profile without any code, placed by its
      // `locatie` alone (the benchmark's made-up municipalities), is in no answer.
      const [code] = todaysCodeOf(source);
      if (code) add(code, { kind: "gouden-gemeente", profile });
    }
  }

  const places = content.municipalities.flatMap((source) => {
    const centroid = profileCentroid(source);
    return centroid ? [{ profile: summary(source), centroid }] : [];
  });
  const byName = new Intl.Collator("nl").compare;
  const answers = todaysMunicipalities().map(({ code, name, slug, province, centroid }): TodaysAnswer => {
    const own = matches.get(code);
    if (own)
      return { code, name, slug, province, answers: [...own].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind)) };
    // Ordered by the exact distance, so that two places at the same whole kilometre keep their true order; then by name.
    const nearest = places
      .map((place) => ({ profile: place.profile, radians: geoDistance(centroid, place.centroid) }))
      .sort((a, b) => a.radians - b.radians || byName(a.profile.name, b.profile.name))
      .slice(0, NEAREST_COUNT)
      .map(({ profile, radians }) => ({ profile, km: Math.round(radians * EARTH_RADIUS_KM) }));
    return { code, name, slug, province, answers: [{ kind: "dichtbij", nearest }] };
  });
  return { answers, problems };
}
