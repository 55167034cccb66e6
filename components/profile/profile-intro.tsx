import Link from "next/link";
import type { ReactNode } from "react";
import { CohortBadge } from "@/components/cohort-badge";
import { routes } from "@/lib/site";

type Props = {
  name: string;
  /** Absent only in the editor's preview of a profile still being written. */
  cohort?: number;
  province: string;
  title: string;
  summary: string;
  /** What follows the summary: the share button, a notice. */
  children?: ReactNode;
};

/** The opening of a profile: cohort, province, name, the source's title and our summary. */
export function ProfileIntro({ name, cohort, province, title, summary, children }: Props) {
  return (
    <header className="max-w-measure">
      <div className="flex flex-wrap items-center gap-3">
        {cohort === undefined ? null : (
          <Link href={routes.cohort(cohort)} className="no-underline">
            <CohortBadge year={cohort} />
          </Link>
        )}
        <span className="text-sm text-muted">Provincie {province}</span>
      </div>
      <h1 className="mt-3 text-display font-bold">{name}</h1>
      <p className="mt-2 text-xl text-muted">{title}</p>
      <p className="mt-5 text-lg leading-relaxed">{summary}</p>
      {children}
    </header>
  );
}
