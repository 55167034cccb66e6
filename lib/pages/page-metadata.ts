import type { Thing, WithContext } from "schema-dts";
import { absoluteUrl, routes, SITE_NAME, withBasePath } from "../site";
import { SOCIAL_IMAGE_SIZE, socialImagePath } from "../site/social-image";

/** What a page says about itself; everything else in its head follows from it (pageHead). */
export type PageMeta = {
  /** The page's own title; the home page has none and is called by the site's name. */
  title?: string;
  description: string;
  /** The page's address (routes.…) for its canonical link; the 404 page has none. */
  path?: string;
  /** "article" for a profile, "website" (the default) for every other page. */
  type?: "website" | "article";
  /** The page's own social preview; other pages share the site's. */
  image?: { path: string; alt: string };
  /** Keeps a page out of search engines (the 404 page). */
  noindex?: boolean;
  /** schema.org data (lib/open-data/structured-data.ts), on the pages that describe something. */
  jsonLd?: WithContext<Thing>;
};

/**
 * The head of a page, as plain data, which components/document-head.tsx
 * writes into the page. Absent values are null so that it passes through
 * getStaticProps, which refuses undefined.
 */
export type PageHead = {
  title: string;
  socialTitle: string;
  description: string;
  canonical: string | null;
  robots: string | null;
  openGraph: { type: "website" | "article"; siteName: string; locale: string };
  image: { url: string; width: number; height: number; alt: string };
  twitterCard: "summary_large_image";
  feed: { url: string; title: string };
  icon: string;
  jsonLd: WithContext<Thing> | null;
};

export const THEME_COLOR = "#1f3a5f";

export function pageHead({ title, description, path, type = "website", image, noindex = false, jsonLd }: PageMeta): PageHead {
  return {
    title: title ? `${title} | ${SITE_NAME}` : SITE_NAME,
    // A preview already names the site (og:site_name); its title is the page's own.
    socialTitle: title ?? SITE_NAME,
    description,
    canonical: path === undefined ? null : absoluteUrl(path),
    robots: noindex ? "noindex" : null,
    openGraph: { type, siteName: SITE_NAME, locale: "nl_NL" },
    image: { url: absoluteUrl(image?.path ?? socialImagePath.site), ...SOCIAL_IMAGE_SIZE, alt: image?.alt ?? SITE_NAME },
    twitterCard: "summary_large_image",
    feed: { url: absoluteUrl(routes.feed), title: `${SITE_NAME}: nieuwe profielen` },
    icon: withBasePath("/icon.svg"),
    jsonLd: jsonLd ?? null,
  };
}
