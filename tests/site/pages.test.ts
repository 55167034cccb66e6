import { HtmlValidate } from "html-validate";
import { criterionAnchor, exampleTitleId, RESERVED_ANCHORS } from "../../lib/content/page-anchors";
import { loadContent } from "../../lib/content/load";
import { SLUG_PATTERN } from "../../lib/content/schema";
import { routes } from "../../lib/site";
import { openBuiltSite } from "./built-site";
import { expectedScripts } from "./expected-scripts";

/**
 * The site-wide gates that read the built files, over every page in the
 * sitemap plus the 404 page: valid HTML, the full head, lang="nl", one h1,
 * alt text, no framework script and no inline script, internal links and
 * fragments that resolve, a unique title and description. What needs a
 * browser (axe, layout at 320 px, console errors, the scripts a page really
 * loads) is in tests/e2e/site-quality.spec.ts, one page load per page.
 */
const site = openBuiltSite();
const content = loadContent();
const pages = [...site.sitemapPaths, site.missingPath];

const validator = new HtmlValidate({
  extends: ["html-validate:standard", "html-validate:a11y"],
  rules: {
    // React's useId gives ids such as "_R_", valid HTML that the strict rule dislikes.
    "valid-id": ["error", { relaxed: true }],
    // A named list (aria-label on <ul>) is allowed by ARIA; the default only warns against it.
    "aria-label-misuse": ["error", { allowAnyNamable: true }],
    // The finder's suggestions are a listbox under a text field (the WAI-ARIA combobox pattern): a <select> cannot be typed in.
    "prefer-native-element": ["error", { exclude: ["listbox"] }],
  },
});

/**
 * The head every page must have, one of each (lib/pages/page-metadata.ts):
 * title, description, canonical, feed, icon, Open Graph and Twitter with the
 * social PNG. The 404 page has no address of its own and is noindex instead.
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
const PROFILE_PATH = /^\/gemeenten\/[a-z0-9-]+\/$/;
/** Theme pages have a social image of their own too. */
const THEME_PATH = /^\/themas\/[a-z0-9-]+\/$/;
/** And so have the practice examples' pages, which are articles with JSON-LD, as profiles are. */
const EXAMPLE_PATH = /^\/voorbeelden\/[a-z0-9-]+\/[a-z0-9-]+\/$/;

const attribute = (document: Document, selector: string, name: string) => document.querySelector(selector)?.getAttribute(name) ?? "";

describe.each(pages)("%s", (path) => {
  const notFound = path === site.missingPath;
  const document = site.document(path);

  it("is valid HTML", async () => {
    const report = await validator.validateString(site.text(path), path);
    const problems = report.results.flatMap((result) =>
      result.messages.map((message) => `${message.ruleId}: ${message.message} (${message.selector})`),
    );
    expect(problems).toEqual([]);
  });

  it("has the full head, in Dutch, with its own address and social image", () => {
    expect(document.documentElement.getAttribute("lang")).toBe("nl");
    for (const selector of [...HEAD_TAGS, ...ADDRESS_TAGS, 'meta[name="robots"]']) {
      const expected = ADDRESS_TAGS.includes(selector) ? (notFound ? 0 : 1) : selector.includes("robots") ? (notFound ? 1 : 0) : 1;
      expect(document.head.querySelectorAll(selector), selector).toHaveLength(expected);
    }
    expect(attribute(document, 'meta[name="description"]', "content").length, "description").toBeGreaterThan(30);
    if (notFound) return;
    const canonical = new URL(attribute(document, 'link[rel="canonical"]', "href"));
    expect(canonical.pathname).toBe(path);
    expect(attribute(document, 'meta[property="og:url"]', "content")).toBe(canonical.href);
    const profile = PROFILE_PATH.test(path) || EXAMPLE_PATH.test(path);
    const image = new URL(attribute(document, 'meta[property="og:image"]', "content"));
    expect(image.pathname).toBe(profile || THEME_PATH.test(path) ? `${path}social.png` : "/social.png");
    expect(site.fileFor(image.pathname), `${image.pathname} is gebouwd`).not.toBeNull();
    expect(attribute(document, 'meta[name="twitter:image"]', "content")).toBe(image.href);
    expect(attribute(document, 'meta[property="og:type"]', "content")).toBe(profile ? "article" : "website");
    // Profiles describe their municipality, example pages their example, /open-data/ its Dataset; other pages have no JSON-LD.
    expect(document.querySelectorAll('script[type="application/ld+json"]')).toHaveLength(profile || path === routes.openData ? 1 : 0);
  });

  it("loads only its own scripts, none inline, under one script policy", () => {
    expect(attribute(document, 'meta[http-equiv="Content-Security-Policy"]', "content")).toMatch(/^script-src 'self' 'wasm-unsafe-eval';/);
    const scripts = [...document.querySelectorAll("script[src]")]
      .map((script) => new URL(script.getAttribute("src") ?? "", site.origin).pathname)
      .filter((script) => !script.startsWith("/pagefind/"));
    expect(scripts.toSorted()).toEqual(expectedScripts(path));
    expect(document.querySelectorAll("script:not([src]):not([type='application/json']):not([type='application/ld+json'])")).toHaveLength(0);
  });

  it("has one h1, alt text on every image, description lists of one kind, and no frames", () => {
    expect(document.querySelectorAll("h1")).toHaveLength(1);
    // The browser tests run axe in the page itself, which leaves out cross-origin frames (tests/e2e/fixtures.ts).
    expect(document.querySelectorAll("iframe, frame, object, embed"), "frames").toHaveLength(0);
    expect(document.querySelectorAll("img:not([alt])"), "images without alt").toHaveLength(0);
    // A <dl> groups its terms either all in <div>s or not at all (HTML's content model).
    const mixedLists = [...document.querySelectorAll("dl")].filter(
      (list) => new Set([...list.children].map((child) => child.tagName === "DIV")).size > 1,
    );
    expect(mixedLists, "description lists with divs beside terms").toHaveLength(0);
  });

  it("links only to pages and fragments that exist, and draws only shapes that exist", () => {
    const pageUrl = new URL(path, site.origin);
    const broken: string[] = [];
    // getAttribute, not .href: links inside the SVG map are SVGAElements; <use> draws a shape of the map's background file.
    const hrefs = new Set(
      [...document.querySelectorAll("a[href], use[href]")].map((link) => new URL(link.getAttribute("href") ?? "", pageUrl).href),
    );
    for (const href of hrefs) {
      const url = new URL(href);
      if (url.origin !== site.origin) continue;
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (url.pathname === path) {
        if (fragment && document.querySelectorAll(`[id="${fragment}"]`).length !== 1) broken.push(href);
        continue;
      }
      if (site.fileFor(url.pathname) === null) broken.push(href);
      else if (fragment && !site.ids(url.pathname)?.has(fragment)) broken.push(href);
    }
    expect(broken).toEqual([]);
  });
});

it("every page has a title and a description of its own", () => {
  const pagesByTitle = new Map<string, string[]>();
  const pagesByDescription = new Map<string, string[]>();
  for (const path of site.sitemapPaths) {
    const document = site.document(path);
    const title = document.title;
    const description = attribute(document, 'meta[name="description"]', "content");
    expect(title, `title of ${path}`).not.toBe("");
    pagesByTitle.set(title, [...(pagesByTitle.get(title) ?? []), path]);
    pagesByDescription.set(description, [...(pagesByDescription.get(description) ?? []), path]);
  }
  const shared = (byText: Map<string, string[]>) => [...byText.values()].filter((paths) => paths.length > 1);
  expect(shared(pagesByTitle), "pages that share a title").toEqual([]);
  expect(shared(pagesByDescription), "pages that share a description").toEqual([]);
});

it("the sitemap lists the home page, the listing and every profile", () => {
  expect(site.sitemapPaths).toContain(routes.home);
  expect(site.sitemapPaths).toContain(routes.municipalities);
  expect(site.sitemapPaths).toEqual(expect.arrayContaining(content.municipalities.map((m) => routes.municipality(m.slug))));
});

it("a profile gives its elements only the declared ids, so an example's anchor cannot clash with them", () => {
  for (const municipality of content.municipalities) {
    const path = routes.municipality(municipality.slug);
    const declared = new Set([
      ...RESERVED_ANCHORS,
      ...municipality.criteria.map((claim) => criterionAnchor(claim.id)),
      ...municipality.voorbeelden.flatMap((example) => [example.id, exampleTitleId(example.id)]),
    ]);
    // Ids an editor could also write (slug-shaped); React's own ids such as _R_ never are.
    const slugShaped = [...(site.ids(path) ?? [])].filter((id) => SLUG_PATTERN.test(id));
    expect(
      slugShaped.filter((id) => !declared.has(id)),
      `undeclared ids on ${path}`,
    ).toEqual([]);
  }
});

it("the editor is kept apart from readers: not indexed, not in the sitemap or the search index", () => {
  const admin = site.document("/admin/");
  expect(site.fileFor("/admin/")).not.toBeNull();
  expect(admin.querySelector('meta[name="robots"]')?.getAttribute("content")).toBe("noindex, nofollow");
  expect(site.text("/robots.txt")).toContain("Disallow: /admin/");
  expect(site.sitemapPaths.filter((path) => path.startsWith("/admin/"))).toEqual([]);
  // Pagefind indexes only pages that mark their content with data-pagefind-body, as the site's layout does.
  expect(site.document(routes.home).querySelector("[data-pagefind-body]")).not.toBeNull();
  expect(admin.querySelector("[data-pagefind-body]")).toBeNull();
});
