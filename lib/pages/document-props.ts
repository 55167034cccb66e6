import type { GetStaticProps, GetStaticPropsResult } from "next";
import { pageHead, type PageHead, type PageMeta } from "./page-metadata";
import { siteFrame, type SiteFrame } from "./site-frame";

/** What every document page (pages/) gets from getStaticProps: its own data, its head and the site frame (pages/_app.tsx). */
export type DocumentProps<Page> = { page: Page; head: PageHead; frame: SiteFrame };

/**
 * getStaticProps's result for a document page. Next refuses undefined in props
 * (absent optional fields, a cohort's missing neighbour), so the page data goes
 * through JSON, which leaves such keys out, as they would be after parsing.
 */
export function documentProps<Page>(page: Page, meta: PageMeta): GetStaticPropsResult<DocumentProps<Page>> {
  const plainPage: Page = JSON.parse(JSON.stringify(page));
  return { props: { page: plainPage, head: pageHead(meta), frame: siteFrame() } };
}

/** getStaticProps for a page without params, from its helper in lib/pages/ (its data and its head). */
export function staticPageProps<Page>(build: () => { page: Page; meta: PageMeta }): GetStaticProps<DocumentProps<Page>> {
  return () => {
    const { page, meta } = build();
    return documentProps(page, meta);
  };
}

/**
 * One dynamic route's single source (docs/architecture.md → One kind of page): the params
 * of every page it has, the item a params object stands for, and the page
 * data and metadata of an item. It feeds the route's static paths, its page
 * with metadata and its social image.
 */
export type DynamicRoute<Params extends Record<string, string>, Item, Page> = {
  params: () => Params[];
  fromParams: (params: Params | undefined) => Item | undefined;
  page: (item: Item) => { page: Page; meta: PageMeta };
};

/** getStaticPaths for a dynamic route: every page at build time, none on demand (the site is static). */
export function staticPaths<Params extends Record<string, string>, Item, Page>(route: DynamicRoute<Params, Item, Page>) {
  return { paths: route.params().map((params) => ({ params })), fallback: false as const };
}

/** getStaticProps for a dynamic route's page. */
export function staticProps<Params extends Record<string, string>, Item, Page>(
  route: DynamicRoute<Params, Item, Page>,
): GetStaticProps<DocumentProps<Page>, Params> {
  return ({ params }) => {
    const item = route.fromParams(params);
    if (!item) return { notFound: true };
    const { page, meta } = route.page(item);
    return documentProps(page, meta);
  };
}
