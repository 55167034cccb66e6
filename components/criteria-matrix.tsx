import type { ReactNode } from "react";
import { PageLink } from "@/components/page-link";
import { ScrollingTable } from "@/components/scrolling-table";
import { CriterionIcon } from "./criterion-icon";
import { criterionAnchor } from "@/lib/content/page-anchors";

type Row = { slug: string; naam: string; href: string; criteria: readonly string[] };
type Props = {
  rows: Row[];
  criteria: { id: string; label: string }[];
  /** How many rows there are in all, when the table shows only the first of them. */
  total?: number;
  /** The listing's comparison checkbox for a row, in a column beside the names; none without scripts. */
  compare?: (row: Row) => ReactNode;
};

/**
 * Municipalities against the five criteria, as a real table. A ticked cell
 * links to the justification on the profile. The table scrolls sideways on
 * its own on a narrow screen; the name column stays in view.
 */
export function CriteriaMatrix({ rows, criteria, total = rows.length, compare }: Props) {
  return (
    <ScrollingTable
      captionId="matrix-titel"
      caption={`Criteria per gemeente (${total > rows.length ? `${rows.length} van ${total}` : rows.length}); een vinkje leidt naar de toelichting`}
      tableClassName="min-w-[40rem]"
    >
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="sticky left-0 bg-surface p-2 text-left">
            Gemeente
          </th>
          {compare ? (
            <th scope="col" className="p-2 text-center align-bottom font-medium">
              Vergelijk
            </th>
          ) : null}
          {criteria.map((criterion) => (
            <th key={criterion.id} scope="col" className="p-2 text-center align-bottom font-medium">
              <CriterionIcon criterionId={criterion.id} className="mx-auto mb-1 h-5 w-5 text-gold-ink" />
              {criterion.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.slug} className="border-b border-line last:border-0">
            <th scope="row" className="sticky left-0 bg-surface p-2 text-left font-semibold">
              <PageLink href={row.href} className="inline-flex min-h-6 items-center">
                {row.naam}
              </PageLink>
            </th>
            {compare ? <td className="p-1 text-center">{compare(row)}</td> : null}
            {criteria.map((criterion) => (
              <td key={criterion.id} className="p-1 text-center">
                {row.criteria.includes(criterion.id) ? (
                  <PageLink
                    href={`${row.href}#${criterionAnchor(criterion.id)}`}
                    aria-label={`${row.naam}: ${criterion.label}, lees de toelichting`}
                    className="inline-flex h-8 w-8 items-center justify-center rounded-full bg-gold-soft text-base font-bold text-gold-ink no-underline hover:bg-link hover:text-paper"
                  >
                    ✓
                  </PageLink>
                ) : (
                  <span className="text-muted">
                    <span aria-hidden="true">–</span>
                    <span className="sr-only">nee</span>
                  </span>
                )}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}
