import { PageLink } from "@/components/page-link";
import type { Municipality } from "@/lib/content/schema";
import { routes } from "@/lib/site";

type Props = { cohort: number; previous?: Municipality; next?: Municipality };

/** The previous and next profile of the same cohort, by name. */
export function CohortNeighbours({ cohort, previous, next }: Props) {
  return (
    <nav
      aria-label={`Andere gemeenten van cohort ${cohort}`}
      className="mt-12 flex flex-wrap justify-between gap-4 border-t border-line pt-6 print:hidden"
    >
      {previous ? (
        <PageLink href={routes.municipality(previous.slug)} rel="prev" className="inline-flex min-h-11 items-center">
          ← {previous.naam}
        </PageLink>
      ) : (
        <span />
      )}
      {next ? (
        <PageLink href={routes.municipality(next.slug)} rel="next" className="inline-flex min-h-11 items-center">
          {next.naam} →
        </PageLink>
      ) : null}
    </nav>
  );
}
