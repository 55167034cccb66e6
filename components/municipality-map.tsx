import type { Municipality } from "@/lib/content/schema";
import { getContent } from "@/lib/content/site-content";
import { netherlandsMap, projectOnMap } from "@/lib/map";
import { routes } from "@/lib/site";
import { NetherlandsMap } from "./netherlands-map";

type Props = { label: string; municipalities: Municipality[] };

/** The map for server-rendered pages: positions computed at build time. */
export function MunicipalityMap({ label, municipalities }: Props) {
  return (
    <NetherlandsMap
      label={label}
      geometry={netherlandsMap()}
      cohorts={getContent().cohorts.map((cohort) => cohort.jaar)}
      entries={municipalities.map((municipality) => ({
        slug: municipality.slug,
        name: municipality.naam,
        cohort: municipality.cohort,
        href: routes.municipality(municipality.slug),
        point: projectOnMap(municipality.locatie.lat, municipality.locatie.lon),
      }))}
    />
  );
}
