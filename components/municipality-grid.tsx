import { criteriaOf } from "@/lib/content/queries";
import type { Criterion, Municipality } from "@/lib/content/schema";
import { routes } from "@/lib/site";
import { MunicipalityCard } from "./municipality-card";

type Props = { municipalities: Municipality[]; criteria: Criterion[] };

export function MunicipalityGrid({ municipalities, criteria }: Props) {
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
            criteria={criteriaOf(criteria, municipality)}
          />
        </li>
      ))}
    </ul>
  );
}
