import { Fragment } from "react";
import { PageLink } from "@/components/page-link";
import type { Answer, ProfileSummary } from "@/lib/nearby/finder";
import { routes } from "@/lib/site";

type Props = {
  /** A municipality of today's answers: one "dichtbij", or its own Gouden Gemeenten. */
  answers: readonly Answer[];
};

function ProfileLink({ profile }: { profile: ProfileSummary }) {
  return (
    <>
      <PageLink href={routes.municipality(profile.slug)}>{profile.name}</PageLink> (cohort {profile.cohort})
    </>
  );
}

/**
 * What the finder "Bij u in de buurt" tells a municipality of today, in
 * words: the Gouden Gemeente it is, holds since a merger or belongs to as a
 * member of a region, or else the nearest three, nearest first.
 */
export function NearbyAnswer({ answers }: Props) {
  return answers.map((answer, index) => (
    <Fragment key={index}>
      {answer.kind === "gouden-gemeente" ? (
        <p>
          Zelf een Gouden Gemeente: <ProfileLink profile={answer.profile} />
        </p>
      ) : answer.kind === "bevat" ? (
        <p>
          Omvat {answer.former === answer.profile.name ? "" : `${answer.former}, `}Gouden Gemeente <ProfileLink profile={answer.profile} />
        </p>
      ) : answer.kind === "lid" ? (
        <p>
          {answer.former ? `Omvat ${answer.former}, lid` : "Lid"} van Gouden Gemeente <ProfileLink profile={answer.profile} />
        </p>
      ) : (
        <ol aria-label="Dichtstbij" className="flex flex-wrap gap-x-4">
          {answer.nearest.map(({ profile, km }) => (
            <li key={profile.slug}>
              <PageLink href={routes.municipality(profile.slug)}>{profile.name}</PageLink>, {km} km
            </li>
          ))}
        </ol>
      )}
    </Fragment>
  ));
}
