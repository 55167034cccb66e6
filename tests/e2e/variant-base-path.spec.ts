import { expect, expectNoAxeViolations, test } from "./fixtures";

/** Runs against the site built with BASE_PATH=/gouden-gemeenten and served from that subfolder. */
const BASE = "/gouden-gemeenten";

async function sitemapPaths(request: import("@playwright/test").APIRequestContext): Promise<string[]> {
  const sitemap = await (await request.get(`${BASE}/sitemap.xml`)).text();
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "").pathname);
}

test("every page in the sitemap lives under the subfolder, with working links, assets and images", async ({ page, request }) => {
  test.setTimeout(180_000);
  const paths = await sitemapPaths(request);
  expect(paths.length).toBeGreaterThan(30);
  const checked = new Map<string, number>();
  for (const path of paths) {
    expect(path.startsWith(`${BASE}/`), path).toBe(true);
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const origin = new URL(page.url()).origin;
    const urls = await page.evaluate(() => [
      ...[...document.querySelectorAll("a[href], link[href]")].map((element) => element.getAttribute("href") ?? ""),
      ...[...document.querySelectorAll("script[src], img[src]")].map((element) => element.getAttribute("src") ?? ""),
      ...[...document.querySelectorAll('meta[property="og:image"]')].map((element) => element.getAttribute("content") ?? ""),
      ...[...document.querySelectorAll("form[action]")].map((element) => element.getAttribute("action") ?? ""),
    ].map((url) => new URL(url, document.baseURI).href));
    for (const url of new Set(urls)) {
      const target = new URL(url);
      if (target.origin !== origin && !target.href.startsWith("http://localhost:3000/")) continue;
      expect(target.pathname.startsWith(`${BASE}/`), `${url} on ${path}`).toBe(true);
      if (target.origin !== origin) continue;
      if (!checked.has(target.pathname)) checked.set(target.pathname, (await request.get(target.pathname)).status());
      expect(checked.get(target.pathname), `${url} on ${path}`).toBe(200);
    }
  }
});

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
  await expect(page.locator(".pagefind-ui__result-link").first()).toHaveAttribute("href", new RegExp(`^${BASE}/gemeenten/wijk-bij-duurstede/`));
});
