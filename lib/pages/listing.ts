import { normaliseForSearch, type Filterable } from "../listing/filters";
import { cohortYears } from "../content/queries";
import type { SiteContent } from "../content/schema";
import { placeOf, type MapPoint } from "../maps/map";
import { routes } from "../site";

/** What the listing needs of one municipality: serialisable, for the client component. */
export type ListingItem = Filterable & {
  slug: string;
  naam: string;
  titel: string;
  href: string;
  point: MapPoint;
  /** The SVG path of its area on the national map, when the 2017 boundaries know it. */
  area?: string;
  size?: number;
};

export type ListingOptions = {
  cohorts: number[];
  criteria: { id: string; label: string }[];
  provinces: string[];
};

export function listingItems(content: SiteContent): ListingItem[] {
  return content.municipalities.map((municipality) => ({
    slug: municipality.slug,
    naam: municipality.naam,
    titel: municipality.titel,
    cohort: municipality.cohort,
    provincie: municipality.provincie,
    criteria: municipality.criteria.map((criterion) => criterion.id),
    href: routes.municipality(municipality.slug),
    ...placeOf(municipality),
    searchText: normaliseForSearch(
      [municipality.naam, municipality.titel, municipality.samenvatting, ...municipality.voorbeelden.map((example) => example.naam)].join(
        " ",
      ),
    ),
  }));
}

export function listingOptions(content: SiteContent): ListingOptions {
  const { criteria, municipalities } = content;
  return {
    cohorts: cohortYears(content),
    criteria: criteria.map((criterion) => ({ id: criterion.id, label: criterion.kort })),
    provinces: [...new Set(municipalities.map((municipality) => municipality.provincie))].sort((a, b) => a.localeCompare(b, "nl")),
  };
}
