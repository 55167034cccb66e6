import type { Municipality } from "@/lib/content/schema";
import { criteriaOf } from "@/lib/content/site-content";
import { routes } from "@/lib/site";
import { MunicipalityCard } from "./municipality-card";

type Props = { municipalities: Municipality[] };

export function MunicipalityGrid({ municipalities }: Props) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
      {municipalities.map((municipality) => (
        <li key={municipality.slug}>
          <MunicipalityCard
            href={routes.municipality(municipality.slug)}
            name={municipality.naam}
            cohort={municipality.cohort}
            title={municipality.titel}
            province={municipality.provincie}
            criteria={criteriaOf(municipality)}
          />
        </li>
      ))}
    </ul>
  );
}
