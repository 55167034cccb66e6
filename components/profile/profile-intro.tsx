import { PageLink } from "@/components/page-link";
import type { ReactNode } from "react";
import { CohortBadge } from "@/components/cohort-badge";
import { Notice } from "@/components/notice";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { Municipality } from "@/lib/content/schema";
import { formatKeyDate } from "@/lib/site/format";
import type { ProfileDating } from "@/lib/site/profile-dating";
import { routes } from "@/lib/site";

type Props = {
  profile: Pick<Municipality, "naam" | "titel" | "samenvatting"> & {
    provincie: string;
    /** Absent only in the editor's preview of a profile still being written. */
    cohort?: number;
  };
  /** From when its information dates; absent in the preview until a cohort is chosen. */
  dating?: ProfileDating;
  /** What changed since the selection (a merger), derived from the CBS data (lib/maps/today.ts); absent when nothing did. */
  sinceSelection?: string;
  /** What follows the summary, such as the share button. */
  children?: ReactNode;
};

/** The opening of a profile: cohort, province, name, the source's title, our summary, how current it is and what changed since. */
export function ProfileIntro({ profile, dating, sinceSelection, children }: Props) {
  return (
    <header className="max-w-measure">
      <div className="flex flex-wrap items-center gap-3">
        {profile.cohort === undefined ? null : (
          <PageLink href={routes.cohort(profile.cohort)} className="no-underline">
            <CohortBadge year={profile.cohort} />
          </PageLink>
        )}
        <span className="text-sm text-muted">Provincie {profile.provincie}</span>
      </div>
      <h1 className="mt-3 text-display font-bold">{profile.naam}</h1>
      <p className="mt-2 text-xl text-muted">{profile.titel}</p>
      <p className="mt-5 text-lg leading-relaxed">{profile.samenvatting}</p>
      {dating ? (
        <p className="mt-3 text-sm text-muted">
          {dating.line}
          {dating.latestCheck ? (
            <>
              {" "}
              Laatst gecontroleerd op{" "}
              <a href={`#${PROFILE_SECTION_IDS.checks}`}>
                <time dateTime={dating.latestCheck.datum}>{formatKeyDate(dating.latestCheck.datum)}</time>
              </a>
              .
            </>
          ) : null}
        </p>
      ) : null}
      {children}
      {sinceSelection ? (
        <div className="mt-6">
          <Notice title="Sinds de selectie veranderd">{sinceSelection}</Notice>
        </div>
      ) : null}
    </header>
  );
}
