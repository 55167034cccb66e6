import { HtmlValidate } from "html-validate";
import { criterionAnchor, exampleTitleId, RESERVED_ANCHORS } from "../../lib/content/page-anchors";
import { SLUG_PATTERN } from "../../lib/content/schema";
import { routes } from "../../lib/site";
import { islandScript, LIST_FLAG_SCRIPT, PAGE_ACTIONS_SCRIPT } from "../../lib/hosting/browser-scripts";
import { islandPages } from "../../lib/pages/registry";
import { newestCohort, provinceOfSome, siteContent, years } from "./content-samples";
import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, idsOnPage, sitemapPaths, test } from "./fixtures";

/**
 * Site-wide gates over every page in the built sitemap plus the 404 page,
 * each page loaded once for all of them: valid HTML, no WCAG 2.2 AA
 * violations (axe), internal links and fragments that resolve, a unique title
 * and description, one h1, lang="nl", alt text on images, no framework script
 * and no script but the page's own (the buttons' script, and its islands from
 * the route registry), no sideways scrolling at 320 px. Console errors fail
 * every test.
 */
const pages = [...sitemapPaths(), "/bestaat-niet/"];
const islandsByPath = new Map(islandPages().map((page) => [page.path, page]));

/** The scripts a page loads, Pagefind's own apart: the buttons' script, and a page with islands their bundles and the list flag. */
function expectedScripts(path: string): string[] {
  const islands = islandsByPath.get(path);
  return [...(islands?.listFlag ? [LIST_FLAG_SCRIPT] : []), ...(islands?.islands ?? []).map(islandScript), PAGE_ACTIONS_SCRIPT].map(
    (script) => `/${script}`,
  );
}

test("the sitemap lists the home page, the listing and every profile", () => {
  const paths = sitemapPaths();
  expect(paths).toContain("/");
  expect(paths).toContain("/gemeenten/");
  expect(paths.filter((path) => /^\/gemeenten\/[a-z0-9-]+\/$/.test(path)).length).toBeGreaterThanOrEqual(2);
});

const validator = new HtmlValidate({
  extends: ["html-validate:standard", "html-validate:a11y"],
  rules: {
    // React's useId gives ids such as "_R_", valid HTML that the strict rule dislikes.
    "valid-id": ["error", { relaxed: true }],
    // A named list (aria-label on <ul>) is allowed by ARIA; the default only warns against it.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
  },
});

/**
 * The head every page must have, one of each (lib/pages/page-metadata.ts):
 * title, description, canonical, feed, icon, Open Graph and
 * Twitter with the social PNG. The 404 page has no address of its own and is
 * noindex instead.
 */
const HEAD_TAGS = [
  "title",
  'meta[name="description"]',
  'meta[name="viewport"]',
  'meta[name="theme-color"]',
  'meta[name="application-name"]',
  'link[rel="alternate"][type="application/atom+xml"]',
  'link[rel="icon"]',
  'meta[property="og:title"]',
  'meta[property="og:description"]',
  'meta[property="og:type"]',
  'meta[property="og:site_name"]',
  'meta[property="og:locale"]',
  'meta[property="og:image"]',
  'meta[property="og:image:width"]',
  'meta[property="og:image:height"]',
  'meta[property="og:image:alt"]',
  'meta[name="twitter:card"]',
  'meta[name="twitter:title"]',
  'meta[name="twitter:description"]',
  'meta[name="twitter:image"]',
];
const ADDRESS_TAGS = ['link[rel="canonical"]', 'meta[property="og:url"]'];

async function expectFullHead(page: Page, path: string) {
  const head = page.locator("head");
  const notFound = path === "/bestaat-niet/";
  for (const selector of [...HEAD_TAGS, ...ADDRESS_TAGS, 'meta[name="robots"]']) {
    const expected = ADDRESS_TAGS.includes(selector) ? (notFound ? 0 : 1) : selector.includes("robots") ? (notFound ? 1 : 0) : 1;
    await expect(head.locator(selector), `${selector} on ${path}`).toHaveCount(expected);
  }
  if (notFound) return;
  const canonical = new URL((await head.locator('link[rel="canonical"]').getAttribute("href")) ?? "");
  expect(canonical.pathname, `canonical of ${path}`).toBe(path);
  expect(await head.locator('meta[property="og:url"]').getAttribute("content")).toBe(canonical.href);
  const profile = /^\/gemeenten\/[a-z0-9-]+\/$/.test(path);
  const image = new URL((await head.locator('meta[property="og:image"]').getAttribute("content")) ?? "");
  expect(image.pathname, `social image of ${path}`).toBe(profile ? `${path}social.png` : "/social.png");
  expect(await head.locator('meta[name="twitter:image"]').getAttribute("content")).toBe(image.href);
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute("content", profile ? "article" : "website");
  // Profiles describe their municipality, /open-data/ its Dataset; other pages have no JSON-LD.
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(profile || path === "/open-data/" ? 1 : 0);
}

for (const path of pages) {
  test(`site quality and accessibility of ${path}`, async ({ page, request, consoleErrors }) => {
    // One page, but every check on it, axe included: twice the default budget of a single page load.
    test.setTimeout(60_000);
    const scripts: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() === "script") scripts.push(new URL(request.url()).pathname);
    });
    const response = await page.goto(path);
    expect(response?.status()).toBe(path === "/bestaat-niet/" ? 404 : 200);
    if (path === "/bestaat-niet/")
      consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.includes("404")));

    const report = await validator.validateString(await (response?.text() ?? ""), path);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector})`),
    );
    expect(problems, `HTML of ${path}`).toEqual([]);

    await expect(page.locator("html")).toHaveAttribute("lang", "nl");
    await expectFullHead(page, path);
    // One policy on every page: no inline script to allow (a refused one is a console error, which fails the test).
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute(
      "content",
      /^script-src 'self' 'wasm-unsafe-eval';/,
    );
    await page.waitForLoadState("load");
    expect(scripts.filter((script) => !script.startsWith("/pagefind/")).toSorted(), `scripts of ${path}`).toEqual(
      expectedScripts(path).toSorted(),
    );
    expect(await page.locator("script:not([src]):not([type='application/json']):not([type='application/ld+json'])").count()).toBe(0);
    await expect(page.locator("h1")).toHaveCount(1);
    expect(((await page.locator('meta[name="description"]').getAttribute("content")) ?? "").length, "description").toBeGreaterThan(30);
    expect(await page.locator("img:not([alt])").count(), "images without alt").toBe(0);

    const origin = new URL(page.url()).origin;
    // getAttribute, not .href: links inside the SVG map are SVGAElements.
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links) => links.map((link) => new URL(link.getAttribute("href") ?? "", document.baseURI).href));
    for (const href of new Set(hrefs)) {
      const url = new URL(href);
      if (url.origin !== origin) continue;
      if (url.pathname === new URL(page.url()).pathname) {
        if (url.hash)
          expect(await page.locator(`[id="${decodeURIComponent(url.hash.slice(1))}"]`).count(), `fragment ${href} on ${path}`).toBe(1);
        continue;
      }
      const ids = await idsOnPage(request, url.pathname);
      expect(ids, `link ${href} on ${path}`).not.toBeNull();
      if (url.hash) expect(ids?.has(decodeURIComponent(url.hash.slice(1))), `fragment ${href} on ${path}`).toBe(true);
    }

    await expectNoAxeViolations(page);

    // A <dl> groups its terms either all in <div>s or not at all (HTML's content model).
    const mixedLists = await page
      .locator("dl")
      .evaluateAll((lists) => lists.filter((list) => new Set([...list.children].map((child) => child.tagName === "DIV")).size > 1).length);
    expect(mixedLists, `description lists with divs beside terms on ${path}`).toBe(0);

    // Reflow (WCAG 1.4.10): nothing scrolls sideways at 320 CSS px.
    await page.setViewportSize({ width: 320, height: 800 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, `horizontal overflow of ${path} at 320 px`).toBeLessThanOrEqual(0);
  });
}

test("every page has a title and a description of its own", async ({ request }) => {
  const titles = new Map<string, string>();
  const descriptions = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const html = await (await request.get(path)).text();
    const title = html.match(/<title[^>]*>([^<]*)<\/title>/)?.[1] ?? "";
    const description = html.match(/<meta name="description" content="([^"]*)"/)?.[1] ?? "";
    expect(title, `title of ${path}`).not.toBe("");
    expect(titles.get(title), `title "${title}" of ${path} is also the title of`).toBeUndefined();
    expect(descriptions.get(description), `description of ${path} is also the description of`).toBeUndefined();
    titles.set(title, path);
    descriptions.set(description, path);
  }
  expect(titles.size).toBe(sitemapPaths().length);
});

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
    test(`${path} survives the hostile query ${query.slice(0, 60)}`, async ({ page }) => {
      let dialogs = 0;
      page.on("dialog", async (dialog) => {
        dialogs++;
        await dialog.dismiss();
      });
      const response = await page.goto(`${path}${query}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      if (path === routes.municipalities) await expect(page.getByRole("status")).toHaveText(/^\d+ gemeenten?$/);
      // The list flag is gone once the island has shown its list (or the page has none).
      await expect(page.locator("html")).not.toHaveAttribute("data-filtering");
      expect(await page.evaluate(() => Object.prototype.hasOwnProperty.call(Object.prototype, "x"))).toBe(false);
      expect(dialogs).toBe(0);
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
      // The server's HTML is all there, not a blank page: the island's own text (search's box has none yet) and the text around it.
      const served = await (await page.request.get(path)).text();
      const serverText =
        /<div data-island="[^"]+">([\s\S]*?)<script type="application\/json"/
          .exec(served)?.[1]
          ?.replace(/<[^>]*>/g, "")
          .trim() ?? "";
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

test("a profile gives its elements only the declared ids, so an example's anchor cannot clash with them", async ({ request }) => {
  for (const municipality of siteContent.municipalities) {
    const path = routes.municipality(municipality.slug);
    const declared = new Set([
      ...RESERVED_ANCHORS,
      ...municipality.criteria.map((claim) => criterionAnchor(claim.id)),
      ...municipality.voorbeelden.flatMap((example) => [example.id, exampleTitleId(example.id)]),
    ]);
    // Ids an editor could also write (slug-shaped); React's own ids such as _R_ never are.
    const slugShaped = [...((await idsOnPage(request, path)) ?? [])].filter((id) => SLUG_PATTERN.test(id));
    expect(
      slugShaped.filter((id) => !declared.has(id)),
      `undeclared ids on ${path}`,
    ).toEqual([]);
  }
});
