import type { ReactNode } from "react";
import { PageLink } from "@/components/page-link";
import { CohortBadge } from "./cohort-badge";
import { CriterionChip } from "./criterion-chip";

type Props = {
  href: string;
  name: string;
  cohort: number;
  title: string;
  province: string;
  criteria: { id: string; label: string }[];
  /** A control below the card's content, such as the listing's "Vergelijk" checkbox. */
  action?: ReactNode;
};

/**
 * A municipality in a list: the name links to the profile; badge and chips
 * summarise it.
 */
export function MunicipalityCard({ href, name, cohort, title, province, criteria, action }: Props) {
  return (
    <article className="relative flex h-full flex-col rounded-card border border-line bg-surface p-4 shadow-sm transition-shadow focus-within:shadow-md hover:shadow-md sm:p-5">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <CohortBadge year={cohort} />
        <span className="text-sm text-muted">{province}</span>
      </div>
      <h3 className="mt-3 text-xl font-bold [overflow-wrap:anywhere]">
        <PageLink href={href} className="text-ink no-underline hover:text-link hover:underline">
          {name}
        </PageLink>
      </h3>
      <p className="mt-1 text-muted">{title}</p>
      {criteria.length ? (
        <ul className="mt-4 flex flex-wrap gap-2" aria-label={`Criteria van ${name}`}>
          {criteria.map((criterion) => (
            <li key={criterion.id}>
              <CriterionChip criterionId={criterion.id} label={criterion.label} />
            </li>
          ))}
        </ul>
      ) : null}
      {action ? <div className="mt-auto pt-4">{action}</div> : null}
    </article>
  );
}
