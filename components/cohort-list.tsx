import { PageLink } from "@/components/page-link";
import type { Cohort } from "@/lib/content/schema";
import { countLabel } from "@/lib/site/format";
import { routes } from "@/lib/site";

type Props = {
  headingLevel: "h2" | "h3";
  cohorts: { cohort: Cohort; memberNames: string[] }[];
};

/** Every cohort as a card with its story in short and its members. */
export function CohortList({ headingLevel: Heading, cohorts }: Props) {
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {cohorts.map(({ cohort, memberNames }) => (
        <li key={cohort.id} className="rounded-card border border-line bg-surface p-5">
          <Heading className="text-lg font-bold">
            <PageLink href={routes.cohort(cohort.jaar)}>
              {cohort.jaar}: {cohort.titel}
            </PageLink>
          </Heading>
          <p className="mt-2">{cohort.samenvatting}</p>
          <p className="mt-3 text-sm text-muted">
            {countLabel(memberNames.length, "gemeente", "gemeenten")}: {memberNames.join(", ")}
          </p>
        </li>
      ))}
    </ul>
  );
}
