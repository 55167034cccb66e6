import { loadContent } from "../../lib/content/load";
import { cohortYears } from "../../lib/content/queries";
import { routes } from "../../lib/site";
import { TEST_VARIANT } from "../../scripts/build-variant";
import { FIXTURE_LESSONS, FIXTURE_THEME, FIXTURE_YEAR, NEWCOMERS } from "../e2e/cohort-fixture";
import { escapeRegExp, inDutch } from "../e2e/content-samples";
import { openBuiltSite } from "./built-site";

/**
 * The variant site (npm run build:variant): content/ plus the cohort 2019
 * fixture, served from /gouden-gemeenten. What its files must show, read
 * from disk; its behaviour in a browser is tests/e2e/variant.spec.ts.
 */
const BASE = TEST_VARIANT.basePath;
const variant = openBuiltSite(TEST_VARIANT.root, BASE);
const main = openBuiltSite();
const content = loadContent("content");
const earlierYears = cohortYears(content);
/** The pages the fixture adds: its cohort, its lessons, its theme, its two profiles and the pages of their practice examples. */
const fixturePages = [
  routes.cohort(FIXTURE_YEAR),
  routes.lesson(FIXTURE_LESSONS.id),
  routes.theme(FIXTURE_THEME.id),
  ...NEWCOMERS.map(({ slug }) => routes.municipality(slug)),
  ...loadContent(TEST_VARIANT.contentDir)
    .municipalities.filter((municipality) => NEWCOMERS.some(({ slug }) => slug === municipality.slug))
    .flatMap((municipality) => municipality.voorbeelden.map((example) => routes.example(municipality.slug, example.id))),
];
/** A file of the variant by its path under the subfolder; an error if it has none. */
const read = (pathname: string) => variant.text(`${BASE}${pathname}`);

it("the sitemap lists the main build's pages and the fixture's, all under the subfolder", () => {
  expect(variant.sitemapPaths.toSorted()).toEqual([...main.sitemapPaths, ...fixturePages].map((path) => `${BASE}${path}`).toSorted());
});

describe.each(variant.sitemapPaths)("%s", (path) => {
  it("links, loads and shows only addresses under the subfolder that exist", () => {
    const document = variant.document(path);
    const pageUrl = new URL(path, variant.origin);
    const urls = [
      ...[...document.querySelectorAll("a[href], link[href]")].map((element) => element.getAttribute("href") ?? ""),
      ...[...document.querySelectorAll("script[src], img[src]")].map((element) => element.getAttribute("src") ?? ""),
      ...[...document.querySelectorAll('meta[property="og:image"]')].map((element) => element.getAttribute("content") ?? ""),
      ...[...document.querySelectorAll("form[action]")].map((element) => element.getAttribute("action") ?? ""),
    ].map((url) => new URL(url, pageUrl));
    const outside = urls.filter((url) => url.origin === variant.origin && !url.pathname.startsWith(`${BASE}/`)).map((url) => url.href);
    expect(outside).toEqual([]);
    const missing = urls.filter((url) => url.origin === variant.origin && variant.fileFor(url.pathname) === null).map((url) => url.href);
    expect(missing).toEqual([]);
  });
});

describe.each(NEWCOMERS)("$name", ({ slug, name }) => {
  it(`has the readable address /gemeenten/${slug}/, its name as heading and at the start of its title`, () => {
    const document = variant.document(`${BASE}${routes.municipality(slug)}`);
    expect(document.querySelector("h1")?.textContent).toBe(name);
    expect(document.title).toMatch(new RegExp(`^${escapeRegExp(name)}: `));
  });
});

it("the sitemap, the feed and the data exports include the new cohort", () => {
  const sitemap = read("/sitemap.xml");
  const feed = read(routes.feed);
  const json = JSON.parse(read(routes.dataJson));
  const csv = read(routes.dataCsv);
  expect(sitemap).toContain(`${BASE}${routes.cohort(FIXTURE_YEAR)}</loc>`);
  for (const { slug, name, code } of NEWCOMERS) {
    expect(sitemap).toContain(`${BASE}${routes.municipality(slug)}</loc>`);
    expect(feed).toContain(`${BASE}${routes.municipality(slug)}"`);
    expect(json.gemeenten.find((record: { slug: string }) => record.slug === slug)?.cohort).toBe(FIXTURE_YEAR);
    // Both newcomers keep their code of 2017 in 2025 (lib/maps/today.ts).
    expect(csv).toContain(`${slug},${name},${code},${code},${FIXTURE_YEAR},`);
  }
  expect(feed).toContain(`term="cohort-${FIXTURE_YEAR}"`);
});

it("no page, feed or download speaks of all the Gouden Gemeenten as only the old cohorts", () => {
  // "2015 en 2017" for the cohorts of content/ (a single year alone would say nothing), or "beide cohorten".
  const oldCohortsOnly = new RegExp(
    [...(earlierYears.length > 1 ? [escapeRegExp(inDutch(earlierYears))] : []), "beide cohorten"].join("|"),
    "i",
  );
  for (const path of [...variant.sitemapPaths, ...[routes.feed, routes.dataJson, routes.dataCsv].map((file) => `${BASE}${file}`)]) {
    expect(variant.text(path), path).not.toMatch(oldCohortsOnly);
  }
  expect(read(routes.home)).toContain(inDutch([...earlierYears, FIXTURE_YEAR]));
});
