import type { Dialog } from "@playwright/test";
import { routes } from "../../lib/site";
import { islandPages } from "../../lib/pages/registry";
import { openBuiltSite } from "../site/built-site";
import { expectedScripts } from "../site/expected-scripts";
import { newestCohort, provinceOfSome, siteContent, years } from "./content-samples";
import { expect, expectNoAxeViolations, test, testWithOnePage } from "./fixtures";

/**
 * The site-wide gates only a browser can keep, over every page in the built
 * sitemap plus the 404 page, each page loaded once for all of them: no WCAG
 * 2.2 AA violations (axe), no console errors, no script loaded but the
 * page's own, no sideways scrolling at 320 px. What the files show (valid
 * HTML, the head, links and fragments, no framework script in the HTML) is
 * checked without a browser in tests/site/pages.test.ts.
 */
const site = openBuiltSite();
const pages = [...site.sitemapPaths, site.missingPath];

for (const path of pages) {
  testWithOnePage(`accessibility, scripts and reflow of ${path}`, async ({ page, consoleErrors }) => {
    // axe on the largest page, on two busy cores: twice the default budget of a test.
    test.setTimeout(60_000);
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === site.missingPath ? 404 : 200);
    if (path === site.missingPath)
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.includes("404")));

    await page.waitForLoadState("load");
    // From the page's own record, which also lists a script the browser had cached; by the address, whatever
    // started the load (a module imported by a module, or a preload, has another initiator type than "script").
    const scripts = await page.evaluate(() =>
      performance
        .getEntriesByType("resource")
        .map((entry) => new URL(entry.name).pathname)
        .filter((pathname) => /\.m?js$/.test(pathname)),
    );
    expect(scripts.filter((script) => !script.startsWith("/pagefind/")).toSorted(), `scripts of ${path}`).toEqual(expectedScripts(path));

    await expectNoAxeViolations(page);

    // Reflow (WCAG 1.4.10): nothing scrolls sideways at 320 CSS px.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow of ${path} at 320 px`).toBeLessThanOrEqual(0);
  });
}

test("a page runs its own scripts but refuses an inline one injected later", async ({ page, consoleErrors }) => {
  const year = newestCohort();
  await page.goto(`${routes.municipalities}?cohort=${year}`);
  // The page's scripts (the list flag, the listing's island) ran, and hydration finished.
  await expect(page.getByRole("checkbox", { name: String(year), exact: true })).toBeChecked();
  const refused = page.evaluate(
    () =>
      new Promise<string>((resolve) =>
        document.addEventListener("securitypolicyviolation", (event) => resolve(event.effectiveDirective), { once: true }),
      ),
  );
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.textContent = "document.documentElement.dataset.injected = 'ja'";
    document.body.append(script);
  });
  expect(await refused).toMatch(/^script-src/);
  await expect(page.locator("html")).not.toHaveAttribute("data-injected");
  // The refusal is the expected console error here.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.includes("Content Security Policy")));
});

/** Real values where the query is only hostile with them: a cohort and criterion repeated, a province with a NUL. */
const [oldestYear = 0] = years();
const someCriterion = siteContent.criteria[0]?.id ?? "";
const hostileQueries = [
  "?cohort=2099&criterium=bestaat-niet&provincie=Atlantis",
  "?cohort=&criterium=&provincie=&q=&weergave=",
  `?cohort=${oldestYear}&cohort=${oldestYear}&cohort=${newestCohort()}&criterium=${someCriterion}&criterium=${someCriterion}`,
  `?q=${"x".repeat(10_000)}`,
  "?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E",
  "?criterium=%3Cimg%20src%3Dx%20onerror%3Dalert(1)%3E",
  "?q=%22%3E%3Csvg%20onload%3Dalert(1)%3E",
  "?q=%27%3B%20alert(1)%3B%20%27",
  "?weergave=javascript:alert(1)",
  `?provincie=${encodeURIComponent(provinceOfSome())}%00&cohort=${oldestYear}%0A`,
  "?__proto__[x]=1&constructor[prototype][y]=2",
  "?q=%E0%A4%A",
];

for (const { path } of islandPages()) {
  for (const query of hostileQueries) {
    // One page per worker, as the site-wide checks: each query is a new address, so a new document and script realm.
    testWithOnePage(`${path} survives the hostile query ${query.slice(0, 60)}`, async ({ page }) => {
      let dialogs = 0;
      const onDialog = async (dialog: Dialog) => {
        dialogs++;
        await dialog.dismiss();
      };
      page.on("dialog", onDialog);
      const response = await page.goto(`${path}${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (path === routes.municipalities) await expect(page.getByRole("status")).toHaveText(/^\d+ gemeenten?$/);
      // The list flag is gone once the island has shown its list (or the page has none).
      await expect(page.locator("html")).not.toHaveAttribute("data-filtering");
      expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, "x"))).toBe(false);
      expect(dialogs).toBe(0);
      page.off("dialog", onDialog);
    });
  }

  test(`${path} stays usable, and says why once, when its island's data are missing or broken`, async ({ page, consoleErrors }) => {
    for (const [broken, why] of [
      [
        (html: string) => html.replace(/<script type="application\/json" data-island-props="[^"]+">[\s\S]*?<\/script>/, ""),
        "de gegevens ontbreken",
      ],
      [
        (html: string) => html.replace(/(<script type="application\/json" data-island-props="[^"]+">)/, "$1{kapot"),
        "de gegevens zijn onleesbaar",
      ],
    ] as const) {
      await page.route(path, async (route) => {
        const original = await route.fetch();
        await route.fulfill({ response: original, body: broken(await original.text()) });
      });
      await page.goto(path);
      await page.waitForLoadState("load");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // The server's HTML is all there, not a blank page: the island's own text that the server shows (search's box has none
      // yet; the finder's field is hidden until its script runs) and the text around it.
      const served = await (await page.request.get(path)).text();
      const serverText = await page.evaluate((html) => {
        const island = new DOMParser().parseFromString(html, "text/html").querySelector("[data-island]");
        island?.querySelectorAll("[hidden]").forEach((element) => element.remove());
        return island?.textContent?.trim() ?? "";
      }, served);
      expect((await page.locator("[data-island]").innerText()).trim().length > 0).toBe(serverText.length > 0);
      expect((await page.locator("main").innerText()).length).toBeGreaterThan(100);
      await expect
        .poll(() => consoleErrors.filter((error) => error.startsWith("Eiland ")))
        .toEqual([expect.stringContaining(`niet gestart: ${why}. De pagina werkt zonder de interactieve onderdelen verder.`)]);
      consoleErrors.splice(0, consoleErrors.length);
      await page.unroute(path);
    }
  });
}
