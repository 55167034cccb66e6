import { PageLink } from "@/components/page-link";
import type { Criterion } from "@/lib/content/schema";
import { countLabel } from "@/lib/site/format";
import { routes } from "@/lib/site";
import { CriterionIcon } from "./criterion-icon";

type Props = {
  headingLevel: "h2" | "h3";
  /** The criteria in order, each with how many municipalities exemplify it. */
  criteria: { criterion: Criterion; municipalityCount: number }[];
};

/** The criteria as cards, each linking to its page, with how many municipalities exemplify it. */
export function CriterionList({ headingLevel: Heading, criteria }: Props) {
  return (
    <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {criteria.map(({ criterion, municipalityCount }) => (
        <li key={criterion.id} className="flex flex-col rounded-card border border-line bg-surface p-5">
          <Heading className="flex items-center gap-2 text-lg font-bold">
            <CriterionIcon criterionId={criterion.id} className="h-6 w-6 shrink-0 text-gold-ink" />
            <PageLink href={routes.criterion(criterion.id)}>{criterion.kort}</PageLink>
          </Heading>
          <p className="mt-2 flex-1">{criterion.omschrijving}</p>
          <p className="mt-3 text-sm text-muted">{countLabel(municipalityCount, "gemeente", "gemeenten")}</p>
        </li>
      ))}
    </ol>
  );
}
