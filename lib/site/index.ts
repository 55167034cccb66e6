import { numberInWords } from "./format";

export const SITE_NAME = "Gouden Gemeenten";
export const SITE_DESCRIPTION =
  "De gemeenten die de branche voor sociaal werk koos als voorbeeld van vernieuwing in het sociaal domein: wat ze doen, waarom het werkt en wie erbij betrokken zijn.";

const DEFAULT_SITE_URL = "http://localhost:3000";

/**
 * The subfolder the site is served from ("" at the root), e.g.
 * BASE_PATH=/gouden-gemeenten. Links, forms and asset URLs go through
 * withBasePath; in an island's bundle the value comes from the page's
 * <html data-base-path> (scripts/build-browser-scripts.ts).
 */
export function basePath(): string {
  return process.env.BASE_PATH ?? "";
}

export function withBasePath(pathname: string): string {
  return `${basePath()}${pathname}`;
}

/**
 * The public address of the site, base path included, for canonical URLs,
 * the sitemap and social previews (Next joins relative metadata URLs to its
 * path). Set SITE_URL to the origin when building for production, e.g.
 * SITE_URL=https://www.example.nl npm run build.
 */
export function siteUrl(): URL {
  return new URL(`${withBasePath("")}/`, process.env.SITE_URL || DEFAULT_SITE_URL);
}

/** Absolute URL of a path on this site: absoluteUrl("/gemeenten/ede/"). */
export function absoluteUrl(pathname: string): string {
  return new URL(withBasePath(pathname), siteUrl()).toString();
}

/**
 * The document page static hosts show for an unknown address: built at this
 * path (pages/niet-gevonden.tsx), then copied to 404.html by
 * scripts/finish-export.ts and removed here. Not a page of its own.
 */
export const NOT_FOUND_PAGE = "/niet-gevonden";

export const routes = {
  home: "/",
  municipalities: "/gemeenten/",
  municipality: (slug: string) => `/gemeenten/${slug}/`,
  criteria: "/criteria/",
  criterion: (id: string) => `/criteria/${id}/`,
  cohorts: "/cohorten/",
  cohort: (year: number) => `/cohorten/${year}/`,
  examples: "/voorbeelden/",
  example: (municipalitySlug: string, exampleId: string) => `/voorbeelden/${municipalitySlug}/${exampleId}/`,
  themes: "/themas/",
  theme: (id: string) => `/themas/${id}/`,
  nearby: "/in-de-buurt/",
  nearbyProvince: (slug: string) => `/in-de-buurt/${slug}/`,
  nearbyAnswers: (provinceSlug: string) => `/in-de-buurt/${provinceSlug}/antwoorden.json`,
  search: "/zoeken/",
  compare: "/vergelijk/",
  lessons: "/lessen/",
  lesson: (id: string) => `/lessen/${id}/`,
  about: "/over/",
  accessibility: "/toegankelijkheid/",
  privacy: "/privacy/",
  securityTxt: "/.well-known/security.txt",
  openData: "/open-data/",
  dataJson: "/data/gemeenten.json",
  dataSchema: "/data/gemeenten.schema.json",
  dataCsv: "/data/gemeenten.csv",
  dataExcelCsv: "/data/gemeenten-excel.csv",
  feed: "/feed.xml",
  mapBackground: "/kaart/nederland.svg",
} as const;

/** The main navigation, in the header on every page. */
export const mainNavigation = [
  { label: "Gemeenten", href: routes.municipalities },
  { label: "Voorbeelden", href: routes.examples },
  { label: "Lessen", href: routes.lessons },
] as const;

export type NavigationLink = { label: string; href: string };

/** Links in the footer of every page; the criteria and every lessons page come from the content. */
export function footerNavigation(content: { criterionCount: number; lessons: readonly { id: string; titel: string }[] }): NavigationLink[] {
  return [
    { label: "Alle gemeenten", href: routes.municipalities },
    { label: `De ${numberInWords(content.criterionCount)} criteria`, href: routes.criteria },
    { label: "De cohorten", href: routes.cohorts },
    { label: "Bij u in de buurt", href: routes.nearby },
    ...content.lessons.map((lessons) => ({ label: lessons.titel, href: routes.lesson(lessons.id) })),
    { label: "Over deze site", href: routes.about },
    { label: "Bronnen", href: `${routes.about}#bronnen` },
    { label: "Open data", href: routes.openData },
    { label: "Toegankelijkheid", href: routes.accessibility },
    { label: "Privacy", href: routes.privacy },
  ];
}
