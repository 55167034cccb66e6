import { expect, expectNoAxeViolations, sitemapPaths, test } from "./fixtures";

/** Runs against the site built with BASE_PATH=/gouden-gemeenten and served from that subfolder. */
const BASE = "/gouden-gemeenten";

/**
 * The variant is built from the same content as out/, so it has the pages of
 * out/sitemap.xml under the subfolder; the first test holds it to that, which
 * lets the test list be known before the variant is built.
 */
const pages = sitemapPaths().map((path) => `${BASE}${path}`);

test("the sitemap lists every page under the subfolder, the same pages as the main build", async ({ request }) => {
  const sitemap = await (await request.get(`${BASE}/sitemap.xml`)).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
  expect(paths.length).toBeGreaterThan(30);
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
  await page.goto(`${BASE}/gemeenten/`);
  await page.getByRole("checkbox", { name: "2017" }).check();
  await expect(page).toHaveURL(new RegExp(`${BASE}/gemeenten/\\?cohort=2017$`));
  await page.getByRole("article").first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/gemeenten/[a-z-]+/$`));
  await expectNoAxeViolations(page);
});

test("search works under the subfolder", async ({ page }) => {
  await page.goto(`${BASE}/`);
  await page.getByRole("searchbox", { name: "Zoek op de site" }).fill("smoelenboek");
  await page.getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(new RegExp(`${BASE}/zoeken/\\?q=smoelenboek$`));
  await expect(page.locator(".pagefind-ui__result-link").first()).toHaveAttribute(
    "href",
    new RegExp(`^${BASE}/gemeenten/wijk-bij-duurstede/`),
  );
});
