import type { Municipality } from "@/lib/content/schema";
import { netherlandsMap, placeOf } from "@/lib/maps/map";
import { routes } from "@/lib/site";
import { NetherlandsMap } from "./netherlands-map";

type Props = {
  label: string;
  municipalities: Municipality[];
  /** All cohorts in content, in order: they decide shape and colour. */
  cohorts: readonly number[];
};

/** The map for server-rendered pages: areas and positions computed at build time. */
export function MunicipalityMap({ label, municipalities, cohorts }: Props) {
  return (
    <NetherlandsMap
      label={label}
      geometry={netherlandsMap()}
      cohorts={cohorts}
      entries={municipalities.map((municipality) => ({
        slug: municipality.slug,
        name: municipality.naam,
        cohort: municipality.cohort,
        href: routes.municipality(municipality.slug),
        ...placeOf(municipality),
      }))}
    />
  );
}
