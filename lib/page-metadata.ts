import type { Metadata } from "next";
import type { Thing, WithContext } from "schema-dts";
import { absoluteUrl, routes, SITE_NAME, withBasePath } from "./site";
import { SOCIAL_IMAGE_SIZE, socialImagePath } from "./social-image";

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
  /** schema.org data (lib/structured-data.ts); only document pages have any. */
  jsonLd?: WithContext<Thing>;
};

/**
 * The head of a page, as plain data: the same for both routers (metadataFor
 * hands it to the App Router's metadata API, components/document-head.tsx
 * writes it into a document page). Absent values are null so that it passes
 * through getStaticProps, which refuses undefined.
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

/**
 * The same head for an App Router page, through Next's metadata API. Its pages
 * (the interactive ones) have no schema.org data: a document page writes that
 * into its body (pages/_app.tsx), which the metadata API cannot.
 */
export function metadataFor(meta: Omit<PageMeta, "jsonLd">): Metadata {
  const head = pageHead(meta);
  return {
    title: { absolute: head.title },
    description: head.description,
    applicationName: SITE_NAME,
    alternates: {
      ...(head.canonical ? { canonical: head.canonical } : {}),
      types: { "application/atom+xml": [{ url: head.feed.url, title: head.feed.title }] },
    },
    ...(head.robots ? { robots: head.robots } : {}),
    icons: { icon: { url: head.icon, type: "image/svg+xml" } },
    openGraph: {
      ...head.openGraph,
      title: head.socialTitle,
      description: head.description,
      ...(head.canonical ? { url: head.canonical } : {}),
      images: [head.image],
    },
    twitter: { card: head.twitterCard, title: head.socialTitle, description: head.description, images: [head.image.url] },
  };
}
