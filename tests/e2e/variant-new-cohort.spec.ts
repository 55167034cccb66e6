import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { cohortYears } from "../../lib/content/queries";
import { MARKER_SHAPES } from "../../lib/site/cohort-style";
import { routes } from "../../lib/site";
import { escapeRegExp, inDutch } from "./content-samples";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/**
 * Runs against a build of content/ plus tests/fixtures/cohort-2019: an extra
 * cohort of two municipalities, added with Markdown alone. What the variant
 * has besides the fixture comes from content/, which scripts/build-variant.ts
 * copies whatever CONTENT_DIR says.
 */
const content = loadContent(path.resolve("content"));
const earlierYears = cohortYears(content);
/** The fixture's lessons page, after those of content/ (the site orders them by cohort). */
const fixtureLessons = { id: "2019", titel: "Testlessen van 2019", cohort: 2019 };
const allLessons = [...content.lessons, fixtureLessons].sort((a, b) => a.cohort - b.cohort || a.id.localeCompare(b.id));
const newcomers = [
  { slug: "s-hertogenbosch", name: "'s-Hertogenbosch", code: "GM0796" },
  { slug: "sudwest-fryslan", name: "Súdwest-Fryslân", code: "GM1900" },
];

test("the new cohort appears in the listing filter and filters to its two municipalities", async ({ page }) => {
  await page.goto("/gemeenten/");
  await page.getByRole("checkbox", { name: "2019" }).check();
  await expect(page.getByRole("status")).toHaveText("2 gemeenten");
  await expect(page.getByRole("article").getByRole("heading", { level: 3 })).toHaveText(newcomers.map((n) => n.name));
});

test("a profile with a later check says so at the top and lists the check", async ({ page }) => {
  await page.goto("/gemeenten/s-hertogenbosch/");
  await expect(page.getByText("Stand van zaken: gekozen in 2019")).toBeVisible();
  await page.getByRole("link", { name: "1 juni 2026" }).click();
  const checks = page.getByRole("region", { name: "Latere controles" });
  await expect(checks).toBeInViewport();
  await expect(checks).toContainText("Een verzonnen controle om de weergave van latere controles te testen.");
  await expect(checks).toContainText("Testverslag");
  await expectNoAxeViolations(page);
});

test("the new cohort has its page with its members and map", async ({ page }) => {
  await page.goto("/cohorten/2019/");
  await expect(page.getByRole("heading", { level: 1, name: "Testcohort 2019" })).toBeVisible();
  const map = page.getByRole("group", { name: "Kaart van de gemeenten van 2019" });
  for (const { name } of newcomers) {
    await expect(map.getByRole("link", { name: `${name} (cohort 2019)` })).toBeVisible();
  }
  // A cohort's shape follows its place among the cohorts; the fixture's comes after those of content/.
  const shape = MARKER_SHAPES[earlierYears.length % MARKER_SHAPES.length];
  await expect(page.getByRole("list", { name: "Legenda" }).getByText(`Cohort 2019 (${shape})`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the new municipalities are on the home map and in the matrix", async ({ page }) => {
  await page.goto("/");
  await expect(
    page.getByRole("group", { name: "Kaart van Nederland met alle Gouden Gemeenten" }).getByRole("link", { name: /\(cohort 2019\)$/ }),
  ).toHaveCount(2);
  await page.goto("/gemeenten/?cohort=2019&weergave=matrix");
  const label = content.criteria.find((criterion) => criterion.id === "ontmoetingsplekken")?.kort;
  await expect(page.getByRole("link", { name: `'s-Hertogenbosch: ${label}, lees de toelichting` })).toHaveAttribute(
    "href",
    "/gemeenten/s-hertogenbosch/#criterium-ontmoetingsplekken",
  );
});

for (const { slug, name } of newcomers) {
  test(`the name ${name} gets the readable slug ${slug} and renders correctly`, async ({ page }) => {
    await page.goto(`/gemeenten/${slug}/`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(name);
    await expect(page).toHaveTitle(new RegExp(`^${name}: `));
  });
}

test("the sitemap, the feed and the data exports include the new cohort", async ({ request }) => {
  const sitemap = await (await request.get("/sitemap.xml")).text();
  expect(sitemap).toContain("/cohorten/2019/</loc>");
  const feed = await (await request.get("/feed.xml")).text();
  const json = await (await request.get("/data/gemeenten.json")).json();
  const csv = await (await request.get("/data/gemeenten.csv")).text();
  for (const { slug, name, code } of newcomers) {
    expect(sitemap).toContain(`/gemeenten/${slug}/</loc>`);
    expect(feed).toContain(`/gemeenten/${slug}/"`);
    expect(json.gemeenten.find((record: { slug: string }) => record.slug === slug)?.cohort).toBe(2019);
    expect(csv).toContain(`${slug},${name},${code},2019,`);
  }
  expect(feed).toContain('term="cohort-2019"');
});

test("no page, feed or download speaks of all the Gouden Gemeenten as only the old cohorts", async ({ request }) => {
  // "2015 en 2017" for the cohorts of content/ (a single year alone would say nothing), or "beide cohorten".
  const oldCohortsOnly = new RegExp(
    [...(earlierYears.length > 1 ? [escapeRegExp(inDutch(earlierYears))] : []), "beide cohorten"].join("|"),
    "i",
  );
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const paths = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "/").pathname);
  expect(paths).toContain("/lessen/2019/");
  for (const path of [...paths, "/feed.xml", "/data/gemeenten.json", "/data/gemeenten.csv"]) {
    const text = await (await request.get(path)).text();
    expect(text, path).not.toMatch(oldCohortsOnly);
  }
  const home = await (await request.get("/")).text();
  expect(home).toContain(inDutch([...earlierYears, 2019]));
});

test("the navigation and the lessons page show every lessons page, the fixture's too", async ({ page }) => {
  await page.goto("/");
  const footer = page.getByRole("navigation", { name: "Voettekst" });
  for (const lessons of allLessons) {
    await expect(footer.getByRole("link", { name: lessons.titel, exact: true })).toHaveAttribute("href", routes.lesson(lessons.id));
  }

  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Lessen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lessen" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText(allLessons.map((lessons) => lessons.titel));
  await main.getByRole("link", { name: "Testlessen van 2019" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Testlessen van 2019" })).toBeVisible();
  await expect(page.getByText("Cohort 2019", { exact: true })).toBeVisible();
});
