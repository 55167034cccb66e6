import { PageLink } from "@/components/page-link";
import { CriterionIcon } from "./criterion-icon";

type Props = {
  criterionId: string;
  label: string;
  /** Makes the chip a link, e.g. to the criterion's page or a justification. */
  href?: string;
};

const chipClass =
  "inline-flex min-h-7 items-center gap-1.5 rounded-chip border border-control/60 bg-surface px-2.5 py-0.5 text-sm text-ink";

export function CriterionChip({ criterionId, label, href }: Props) {
  const content = (
    <>
      <CriterionIcon criterionId={criterionId} className="h-4 w-4 shrink-0 text-gold-ink" />
      <span>{label}</span>
    </>
  );
  return href ? (
    <PageLink href={href} className={`${chipClass} no-underline hover:border-link hover:text-link`}>
      {content}
    </PageLink>
  ) : (
    <span className={chipClass}>{content}</span>
  );
}
