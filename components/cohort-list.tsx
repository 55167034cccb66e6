import Link from "next/link";
import { getContent } from "@/lib/content/site-content";
import { countLabel } from "@/lib/format";
import { routes } from "@/lib/site";

type Props = { headingLevel: "h2" | "h3" };

/** Every cohort as a card with its story in short and its members. */
export function CohortList({ headingLevel: Heading }: Props) {
  const { cohorts, municipalities } = getContent();
  return (
    <ul className="grid gap-4 md:grid-cols-2">
      {cohorts.map((cohort) => {
        const members = municipalities.filter((municipality) => municipality.cohort === cohort.jaar);
        return (
          <li key={cohort.id} className="rounded-card border border-line bg-surface p-5">
            <Heading className="text-lg font-bold">
              <Link href={routes.cohort(cohort.jaar)}>
                {cohort.jaar}: {cohort.titel}
              </Link>
            </Heading>
            <p className="mt-2">{cohort.samenvatting}</p>
            <p className="mt-3 text-sm text-muted">
              {countLabel(members.length, "gemeente", "gemeenten")}: {members.map((municipality) => municipality.naam).join(", ")}
            </p>
          </li>
        );
      })}
    </ul>
  );
}
