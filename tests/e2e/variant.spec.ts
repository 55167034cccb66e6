import { loadContent } from "../../lib/content/load";
import { cohortYears } from "../../lib/content/queries";
import { MARKER_SHAPES } from "../../lib/site/cohort-style";
import { islandPages } from "../../lib/pages/registry";
import { routes } from "../../lib/site";
import { TEST_VARIANT } from "../../scripts/build-variant";
import { FIXTURE_LESSONS, FIXTURE_THEME, FIXTURE_YEAR, NEWCOMERS } from "./cohort-fixture";
import { escapeRegExp, wordOnlyInOneBody } from "./content-samples";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/**
 * The variant site in a browser (npm run build:variant): content/ plus the
 * cohort 2019 fixture, served from /gouden-gemeenten. A cohort added with
 * Markdown alone works everywhere, and so does the site in a subfolder. What
 * its files show is tested in tests/site/variant.test.ts.
 */
const BASE = TEST_VARIANT.basePath;
/** The content the variant was built from. */
const content = loadContent(TEST_VARIANT.contentDir);
const earlierYears = cohortYears(content).filter((year) => year !== FIXTURE_YEAR);
/** Every lessons page, the fixture's among those of content/ (the site orders them by cohort). */
const allLessons = content.lessons.toSorted((a, b) => a.cohort - b.cohort || a.id.localeCompare(b.id));
const at = (path: string) => `${BASE}${path}`;

/**
 * Every address a page of the variant loads while a test runs, scripts and islands included, stays
 * under the subfolder and loads: tests/site/variant.test.ts reads the HTML, this what the scripts add.
 */
const wrongLoads = new WeakMap<object, string[]>();
test.beforeEach(({ page }) => {
  const wrong: string[] = [];
  wrongLoads.set(page, wrong);
  page.on("response", (response) => {
    const url = new URL(response.url());
    if (url.origin !== new URL(page.url()).origin) return;
    if (!url.pathname.startsWith(`${BASE}/`) || response.status() >= 400) wrong.push(`${response.status()} ${url.pathname}`);
  });
});
test.afterEach(({ page }) => {
  expect(wrongLoads.get(page), "addresses outside the subfolder or that did not load").toEqual([]);
});

for (const { path } of islandPages()) {
  test(`${path} and its islands load only addresses under the subfolder`, async ({ page }) => {
    await page.goto(at(path));
    await page.waitForLoadState("networkidle");
    // The island has run: the list flag is gone once it has shown its list (or the page has none).
    await expect(page.locator("html")).not.toHaveAttribute("data-filtering");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
}

test("the new cohort filters the listing to its two municipalities, and a result opens its profile under the subfolder", async ({
  page,
}) => {
  await page.goto(at(routes.municipalities));
  await page.getByRole("checkbox", { name: String(FIXTURE_YEAR), exact: true }).check();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(at(`${routes.municipalities}?cohort=${FIXTURE_YEAR}`))}$`));
  await expect(page.getByRole("status")).toHaveText("2 gemeenten");
  await expect(page.getByRole("article").getByRole("heading", { level: 3 })).toHaveText(NEWCOMERS.map((n) => n.name));
  await page.getByRole("article").first().getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(at(routes.municipality(NEWCOMERS[0]?.slug ?? "")))}$`));
  await expectNoAxeViolations(page);
});

test("a profile with a later check says so at the top and lists the check", async ({ page }) => {
  await page.goto(at(routes.municipality("s-hertogenbosch")));
  await expect(page.getByText(`Stand van zaken: gekozen in ${FIXTURE_YEAR}`)).toBeVisible();
  await page.getByRole("link", { name: "1 juni 2026" }).click();
  const checks = page.getByRole("region", { name: "Latere controles" });
  await expect(checks).toBeInViewport();
  await expect(checks).toContainText("Een verzonnen controle om de weergave van latere controles te testen.");
  await expect(checks).toContainText("Testverslag");
  await expectNoAxeViolations(page);
});

test("the new cohort has its page with its members and map", async ({ page }) => {
  await page.goto(at(routes.cohort(FIXTURE_YEAR)));
  await expect(page.getByRole("heading", { level: 1, name: `Testcohort ${FIXTURE_YEAR}` })).toBeVisible();
  const map = page.getByRole("group", { name: `Kaart van de gemeenten van ${FIXTURE_YEAR}` });
  for (const { name } of NEWCOMERS) {
    await expect(map.getByRole("link", { name: `${name} (cohort ${FIXTURE_YEAR})` })).toBeVisible();
  }
  // A cohort's shape follows its place among the cohorts; the fixture's comes after those of content/.
  const shape = MARKER_SHAPES[earlierYears.length % MARKER_SHAPES.length];
  await expect(page.getByRole("list", { name: "Legenda" }).getByText(`Cohort ${FIXTURE_YEAR} (${shape})`)).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the new municipalities are on the home map and in the matrix", async ({ page }) => {
  await page.goto(at(routes.home));
  await expect(
    page
      .getByRole("group", { name: "Kaart van Nederland met alle Gouden Gemeenten" })
      .getByRole("link", { name: new RegExp(`\\(cohort ${FIXTURE_YEAR}\\)$`) }),
  ).toHaveCount(NEWCOMERS.length);
  await page.goto(at(`${routes.municipalities}?cohort=${FIXTURE_YEAR}&weergave=matrix`));
  const label = content.criteria.find((criterion) => criterion.id === "ontmoetingsplekken")?.kort;
  await expect(page.getByRole("link", { name: `'s-Hertogenbosch: ${label}, lees de toelichting` })).toHaveAttribute(
    "href",
    at(`${routes.municipality("s-hertogenbosch")}#criterium-ontmoetingsplekken`),
  );
});

test("the navigation and the lessons page show every lessons page, the fixture's too", async ({ page }) => {
  await page.goto(at(routes.home));
  const footer = page.getByRole("navigation", { name: "Voettekst" });
  for (const lessons of allLessons) {
    await expect(footer.getByRole("link", { name: lessons.titel, exact: true })).toHaveAttribute("href", at(routes.lesson(lessons.id)));
  }

  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Lessen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Lessen" })).toBeVisible();
  const main = page.getByRole("main");
  await expect(main.getByRole("heading", { level: 2 })).toHaveText(allLessons.map((lessons) => lessons.titel));
  await main.getByRole("link", { name: FIXTURE_LESSONS.titel }).click();
  await expect(page.getByRole("heading", { level: 1, name: FIXTURE_LESSONS.titel })).toBeVisible();
  await expect(page.getByText(`Cohort ${FIXTURE_YEAR}`, { exact: true })).toBeVisible();
});

test("a new theme, added as a file, has its page, is in the list of themes and filters the examples index", async ({ page }) => {
  const { example } = FIXTURE_THEME;
  await page.goto(at(routes.themes));
  await page.getByRole("link", { name: FIXTURE_THEME.naam, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: FIXTURE_THEME.naam })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "1 voorbeeld uit 1 gemeente" })).toBeVisible();
  await expect(page.getByRole("link", { name: example.naam })).toHaveAttribute(
    "href",
    at(routes.example(example.municipality, example.id)),
  );

  await page.goto(at(routes.examples));
  await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(FIXTURE_THEME.naam)}`) }).check();
  await expect(page.getByRole("status")).toHaveText("1 voorbeeld");
  await expect(page.getByRole("link", { name: example.naam })).toHaveAttribute(
    "href",
    at(routes.example(example.municipality, example.id)),
  );
});

test("search works under the subfolder", async ({ page }) => {
  const { word, municipality } = wordOnlyInOneBody(content);
  await page.goto(at(routes.home));
  await page.getByRole("searchbox", { name: "Zoek op de site" }).fill(word);
  await page.getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(at(`${routes.search}?q=${word}`))}$`));
  await expect(page.locator(".pagefind-ui__result-link").first()).toHaveAttribute(
    "href",
    new RegExp(`^${escapeRegExp(at(routes.municipality(municipality.slug)))}`),
  );
});

test("the finder answers under the subfolder, with a Gouden Gemeente of the new cohort, found by the name people use", async ({ page }) => {
  const bosch = NEWCOMERS.find((newcomer) => newcomer.code === "GM0796");
  if (!bosch)
    throw new Error("De fixture van cohort 2019 heeft 's-Hertogenbosch (GM0796) niet meer: kies een andere gemeente met een bijnaam.");
  await page.goto(at(routes.nearby));
  await page.getByRole("combobox", { name: "Uw gemeente" }).fill("Den Bosch");
  await page.getByRole("combobox", { name: "Uw gemeente" }).press("Enter");
  await expect(page.getByText(`${bosch.name} is een Gouden Gemeente uit het cohort ${FIXTURE_YEAR}.`)).toBeVisible();
  await page.getByRole("region", { name: "Het profiel" }).getByRole("link", { name: bosch.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(at(routes.municipality(bosch.slug)))}$`));
});
