import { PageLink } from "@/components/page-link";
import { CriterionIcon } from "@/components/criterion-icon";
import { SectionHeading } from "@/components/section-heading";
import { criterionAnchor, PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { LabelledClaim } from "@/lib/content/queries";
import { routes } from "@/lib/site";

type Props = { criteria: readonly LabelledClaim[] };

/** Why the municipality is gold: each criterion it meets, with the justification. */
export function ProfileCriteria({ criteria }: Props) {
  return (
    <section aria-labelledby={PROFILE_SECTION_IDS.criteria} className="mt-10">
      <SectionHeading id={PROFILE_SECTION_IDS.criteria}>Waarom deze gemeente goud is</SectionHeading>
      <ul className="mt-4 grid gap-4 md:grid-cols-2">
        {criteria.map((criterion) => (
          <li
            key={criterion.id}
            id={criterionAnchor(criterion.id)}
            className="rounded-card border border-line bg-surface p-4 break-inside-avoid"
          >
            <h3 className="flex items-center gap-2 font-semibold">
              <CriterionIcon criterionId={criterion.id} className="h-5 w-5 shrink-0 text-gold-ink" />
              <PageLink href={routes.criterion(criterion.id)}>{criterion.label}</PageLink>
            </h3>
            <p className="mt-2">{criterion.toelichting}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
