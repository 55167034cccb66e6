import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { routes } from "../../lib/site";
import { escapeRegExp, newestCohort, wordOnlyInOneBody } from "./content-samples";
import { expect, expectNoAxeViolations, sitemapPaths, test } from "./fixtures";

/** Runs against the site built with BASE_PATH=/gouden-gemeenten and served from that subfolder. */
const BASE = "/gouden-gemeenten";
/** scripts/build-variant.ts builds the variant from content/, whatever CONTENT_DIR says. */
const content = loadContent(path.resolve("content"));

/**
 * The variant is built from the same content as out/, so it has the pages of
 * out/sitemap.xml under the subfolder; the first test holds it to that, which
 * lets the test list be known before the variant is built.
 */
const pages = sitemapPaths().map((path) => `${BASE}${path}`);

test("the sitemap lists every page under the subfolder, the same pages as the main build", async ({ request }) => {
  const sitemap = await (await request.get(`${BASE}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  // Not a short or empty sitemap on both sides: every profile is in it.
  const profiles = content.municipalities.map((m) => `${BASE}${routes.municipality(m.slug)}`);
  expect(paths).toEqual(expect.arrayContaining(profiles));
  expect(paths.length).toBeGreaterThan(profiles.length);
  expect(paths).toEqual(pages);
});

/** Status of each same-origin URL, fetched once per worker: every page links the same assets. */
const statusByPath = new Map<string, number>();

// One test per page, so the work per test does not grow with the number of pages.
for (const path of pages) {
  test(`${path} has working links, assets and images, all under the subfolder`, async ({ page, request }) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const origin = new URL(page.url()).origin;
    const urls = await page.evaluate(() =>
      [
        ...[...document.querySelectorAll("a[href], link[href]")].map((element) => element.getAttribute("href") ?? ""),
        ...[...document.querySelectorAll("script[src], img[src]")].map((element) => element.getAttribute("src") ?? ""),
        ...[...document.querySelectorAll('meta[property="og:image"]')].map((element) => element.getAttribute("content") ?? ""),
        ...[...document.querySelectorAll("form[action]")].map((element) => element.getAttribute("action") ?? ""),
      ].map((url) => new URL(url, document.baseURI).href),
    );
    for (const url of new Set(urls)) {
      const target = new URL(url);
      if (target.origin !== origin && !target.href.startsWith("http://localhost:3000/")) continue;
      expect(target.pathname.startsWith(`${BASE}/`), `${url} on ${path}`).toBe(true);
      if (target.origin !== origin) continue;
      if (!statusByPath.has(target.pathname)) statusByPath.set(target.pathname, (await request.get(target.pathname)).status());
      expect(statusByPath.get(target.pathname), `${url} on ${path}`).toBe(200);
    }
  });
}

test("filtering, the map and the profile work under the subfolder", async ({ page }) => {
  const year = newestCohort(content);
  await page.goto(`${BASE}${routes.municipalities}`);
  await page.getByRole("checkbox", { name: String(year), exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${BASE}${routes.municipalities}?cohort=${year}`)}$`));
  await page.getByRole("article").first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/gemeenten/[a-z-]+/$`));
  await expectNoAxeViolations(page);
});

test("search works under the subfolder", async ({ page }) => {
  const { word, municipality } = wordOnlyInOneBody(content);
  await page.goto(`${BASE}/`);
  await page.getByRole("searchbox", { name: "Zoek op de site" }).fill(word);
  await page.getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(`${BASE}${routes.search}?q=${word}`)}$`));
  await expect(page.locator(".pagefind-ui__result-link").first()).toHaveAttribute(
    "href",
    new RegExp(`^${escapeRegExp(`${BASE}${routes.municipality(municipality.slug)}`)}`),
  );
});
