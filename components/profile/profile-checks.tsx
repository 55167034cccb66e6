import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import { formatKeyDate } from "@/lib/site/format";
import { checkSourceLink, checksNewestFirst, type ProfileCheck } from "@/lib/site/profile-dating";

type Props = { checks: readonly ProfileCheck[] };

/** The editors' later checks of the profile, newest first, each with its date, what changed and its source. */
export function ProfileChecks({ checks }: Props) {
  if (!checks.length) return null;
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.checks} className="mt-10 max-w-measure">
      <SectionHeading id={PROFILE_SECTION_IDS.checks}>Latere controles</SectionHeading>
      <p className="mt-3">Na de selectie heeft de redactie dit profiel opnieuw nagekeken. De nieuwste controle staat bovenaan.</p>
      <ol className="mt-3 space-y-3">
        {checksNewestFirst(checks).map((check, index) => {
          const source = checkSourceLink(check.bron);
          return (
            <li key={`${check.datum}-${index}`}>
              <time dateTime={check.datum} className="font-semibold">
                {formatKeyDate(check.datum)}
              </time>
              : {check.wijziging}{" "}
              <span className="text-muted">
                (Bron:{" "}
                {source.href ? (
                  <a href={source.href} rel="noopener noreferrer" className="external-link">
                    {source.text}
                  </a>
                ) : (
                  source.text
                )}
                )
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
