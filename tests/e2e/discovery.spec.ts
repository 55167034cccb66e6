import { routes } from "../../lib/site";
import {
  cohortWithCriterionOfSome,
  cohortWithTwoCriteria,
  count,
  criteriaClaimedUnevenly,
  escapeRegExp,
  provinceOfSome,
  searchWords,
  siteContent as content,
  themeOfSome,
  twoCohortsWithMembers,
  wordOnlyInOneBody,
  years,
} from "./content-samples";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const names = (filter: (municipality: (typeof content.municipalities)[number]) => boolean) =>
  content.municipalities.filter(filter).map((municipality) => municipality.naam);
const cardNames = (page: import("@playwright/test").Page) => page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();
const claims = (municipality: (typeof content.municipalities)[number], criterionId: string) =>
  municipality.criteria.some((claim) => claim.id === criterionId);
/** The listing's count line: "1 gemeente", "3 gemeenten". */
const municipalityCount = (n: number) => count(n, "gemeente", "gemeenten");
/** The listing's address with this query string at its end. */
const listingUrl = (search: string) => new RegExp(`${escapeRegExp(`${routes.municipalities}?${search}`)}$`);

test("filtering by cohort and two criteria shows exactly the municipalities the content says", async ({ page }) => {
  const { year, criteria } = cohortWithTwoCriteria();
  const expected = names((m) => m.cohort === year && criteria.every((criterion) => claims(m, criterion.id)));
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(names((m) => m.cohort === year).length);

  await page.goto(routes.municipalities);
  await page.getByRole("checkbox", { name: String(year), exact: true }).check();
  for (const criterion of criteria) await page.getByRole("checkbox", { name: criterion.kort, exact: true }).check();

  await expect(page.getByRole("status")).toHaveText(municipalityCount(expected.length));
  expect(await cardNames(page)).toEqual(expected);
  await expect(page).toHaveURL(listingUrl(`cohort=${year}&criterium=${criteria[0].id}&criterium=${criteria[1].id}`));

  // The copied link shows the same view to a colleague.
  const link = page.url();
  const colleague = await page.context().newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("status")).toHaveText(municipalityCount(expected.length));
  expect(await cardNames(colleague)).toEqual(expected);
  await expect(colleague.getByRole("checkbox", { name: criteria[1].kort, exact: true })).toBeChecked();
  await colleague.close();
});

test("a deep link with 'at least one' of two criteria, ordered by number of criteria, shows that list", async ({ page }) => {
  const chosen = criteriaClaimedUnevenly().map((criterion) => criterion.id);
  const byName = new Intl.Collator("nl").compare;
  const expected = content.municipalities
    .filter((m) => chosen.some((id) => m.criteria.some((c) => c.id === id)))
    .sort((a, b) => b.criteria.length - a.criteria.length || byName(a.naam, b.naam))
    .map((m) => m.naam);
  const all = names((m) => chosen.every((id) => m.criteria.some((c) => c.id === id)));
  expect(expected.length).toBeGreaterThan(all.length);

  await page.goto(`${routes.municipalities}?criterium=${chosen[0]}&criterium=${chosen[1]}&voldoet=minstens-een&volgorde=aantal-criteria`);
  await expect(page.getByRole("radio", { name: "aan minstens één" })).toBeChecked();
  await expect(page.getByRole("status")).toContainText(
    `${municipalityCount(expected.length)} die aan minstens één van de 2 gekozen criteria ${expected.length === 1 ? "voldoet" : "voldoen"}`,
  );
  expect(await cardNames(page)).toEqual(expected);

  await page.getByRole("radio", { name: "aan alle gekozen criteria" }).check();
  await expect(page.getByRole("status")).toContainText(municipalityCount(all.length));
  await expect(page).toHaveURL(listingUrl(`criterium=${chosen[0]}&criterium=${chosen[1]}&volgorde=aantal-criteria`));
});

test("the back button restores the previous filter", async ({ page }) => {
  const { year, criterion } = cohortWithCriterionOfSome();
  const cohort = names((m) => m.cohort === year);
  const both = names((m) => m.cohort === year && claims(m, criterion.id));
  expect(both.length).toBeLessThan(cohort.length);

  await page.goto(routes.municipalities);
  await page.getByRole("checkbox", { name: String(year), exact: true }).check();
  await expect(page.getByRole("status")).toHaveText(municipalityCount(cohort.length));
  await page.getByRole("checkbox", { name: criterion.kort, exact: true }).check();
  expect(await cardNames(page)).toEqual(both);

  await page.goBack();
  await expect(page).toHaveURL(listingUrl(`cohort=${year}`));
  await expect(page.getByRole("checkbox", { name: criterion.kort, exact: true })).not.toBeChecked();
  expect(await cardNames(page)).toEqual(cohort);

  await page.goForward();
  expect(await cardNames(page)).toEqual(both);
});

test("a pasted deep link shows the filtered result without the full list first", async ({ page }) => {
  // Hold the listing's island back: until it runs, the unfiltered list must stay hidden.
  let releaseScripts = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/islands/gemeenten.js*", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  const province = provinceOfSome();
  await page.goto(`${routes.municipalities}?provincie=${encodeURIComponent(province)}&weergave=kaarten`, {
    // A deferred script holds back DOMContentLoaded, so wait only for the page to start arriving.
    waitUntil: "commit",
  });
  await expect(page.locator("[data-results]")).toHaveCSS("visibility", "hidden");
  releaseScripts();
  await expect(page.locator("[data-results]")).toHaveCSS("visibility", "visible");
  await expect(page.getByRole("combobox", { name: "Provincie" })).toHaveValue(province);
  const inProvince = names((m) => m.provincie === province);
  expect(inProvince.length).toBeLessThan(content.municipalities.length);
  expect(await cardNames(page)).toEqual(inProvince);
  // The static HTML itself lists all municipalities, for crawlers and without JavaScript.
  const html = await (await page.request.get(routes.municipalities)).text();
  for (const municipality of content.municipalities) expect(html).toContain(`href="${routes.municipality(municipality.slug)}"`);
});

test("hostile query strings are ignored without errors", async ({ page }) => {
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await page.goto(
    "/gemeenten/?cohort=%3Cscript%3Ealert(1)%3C/script%3E&criterium=%22%3E%3Cimg%20src=x%20onerror=alert(1)%3E&q=%3Csvg%20onload=alert(1)%3E&weergave=x",
  );
  await expect(page.getByRole("searchbox", { name: "Zoek op naam of onderwerp" })).toHaveValue("<svg onload=alert(1)>");
  await expect(page.getByRole("status")).toHaveText("0 gemeenten");
  expect(dialogs).toBe(0);
});

test("each ticked cell of the matrix lands on that justification in the profile", async ({ page }) => {
  await page.goto(`${routes.municipalities}?weergave=matrix`);
  const table = page.getByRole("table");
  const claims = content.municipalities.reduce((sum, municipality) => sum + municipality.criteria.length, 0);
  await expect(table.getByRole("link", { name: /lees de toelichting$/ })).toHaveCount(claims);

  const municipality = content.municipalities[3]!;
  const claim = municipality.criteria[0]!;
  const label = content.criteria.find((criterion) => criterion.id === claim.id)!.kort;
  await table.getByRole("link", { name: `${municipality.naam}: ${label}, lees de toelichting` }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.municipality(municipality.slug))}#criterium-${claim.id}$`));
  const target = page.locator(`#criterium-${claim.id}`);
  await expect(target).toContainText(claim.toelichting);
  await expect(target).toBeInViewport();
});

test("map markers link to the profiles, on the home page and as a listing view", async ({ page }) => {
  await page.goto(routes.home);
  const map = page.getByRole("group", { name: "Kaart van Nederland met alle Gouden Gemeenten" });
  const markers = map.getByRole("link");
  await expect(markers).toHaveCount(content.municipalities.length);
  const hrefs = await markers.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs.sort()).toEqual(content.municipalities.map((m) => routes.municipality(m.slug)).sort());
  // Cohorts differ in shape and in colour (the marker on each area), and the colours come from the theme.
  const look = (name: string) =>
    map
      .getByRole("link", { name, exact: true })
      .locator(".map-symbol > :last-child")
      .evaluate((shape) => `${shape.tagName} ${getComputedStyle(shape).fill}`);
  const [older, newer] = twoCohortsWithMembers();
  const markerName = (m: typeof older) => `${m.naam} (cohort ${m.cohort})`;
  const [oldLook, newLook] = [await look(markerName(older)), await look(markerName(newer))];
  expect(oldLook.split(" ")[0]).not.toBe(newLook.split(" ")[0]);
  expect(oldLook.slice(oldLook.indexOf(" "))).not.toBe(newLook.slice(newLook.indexOf(" ")));
  for (const fill of [oldLook, newLook]) expect(fill).not.toMatch(/rgb\(0, 0, 0\)|none/);
  await map.getByRole("link", { name: markerName(newer), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.municipality(newer.slug))}$`));

  await page.goto(`${routes.municipalities}?cohort=${older.cohort}&weergave=kaart`);
  await expect(page.getByRole("group", { name: /^Kaart met \d+ gemeenten?$/ }).getByRole("link")).toHaveCount(
    names((m) => m.cohort === older.cohort).length,
  );
});

test("search finds a municipality by a word that appears only in its body", async ({ page }) => {
  const { word, municipality } = wordOnlyInOneBody();
  const owners = content.municipalities.filter((m) => m.html.toLowerCase().includes(word));
  expect(owners.map((m) => m.slug)).toEqual([municipality.slug]);
  expect(`${municipality.naam} ${municipality.titel} ${municipality.samenvatting}`.toLowerCase()).not.toContain(word);

  await page.goto(routes.home);
  await page.getByRole("searchbox", { name: "Zoek op de site" }).fill(word);
  await page.getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.search)}\\?q=${word}$`));
  const result = page.locator(".pagefind-ui__result-link").first();
  await expect(result).toHaveAttribute("href", new RegExp(escapeRegExp(routes.municipality(municipality.slug))));
  await expectNoAxeViolations(page);
});

/** Text of the site's controls, which the search index must leave out (data-pagefind-ignore, headings without their anchor link). */
const INTERFACE_TEXT = ["Link kopiëren", "Link naar dit onderdeel", "Thema's:", "Gekopieerd"];

for (const query of searchWords()) {
  test(`search results for "${query}" show content only, in Dutch`, async ({ page }) => {
    await page.goto(`${routes.search}?q=${query}`);
    const results = page.locator(".pagefind-ui__result");
    await expect(results.first()).toBeVisible();
    // Titles, sub-result headings and excerpts, as a reader sees them.
    const texts = await page.locator(".pagefind-ui__result-link, .pagefind-ui__result-excerpt").allInnerTexts();
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) for (const label of INTERFACE_TEXT) expect(text, `a result for "${query}"`).not.toContain(label);
    await expect(page.getByRole("button", { name: "Wissen" })).toBeVisible();
  });
}

test("the examples index filters by theme and links to the examples' pages, which link to their place in the profile", async ({ page }) => {
  const examples = content.municipalities.flatMap((m) => m.voorbeelden.map((example) => ({ municipality: m, example })));
  const theme = themeOfSome();
  await page.goto(routes.examples);
  await expect(page.getByRole("status")).toHaveText(count(examples.length, "voorbeeld", "voorbeelden"));
  await page.getByRole("checkbox", { name: new RegExp(`^${escapeRegExp(theme.label)}`) }).check();
  const themed = examples.filter(({ example }) => example.themas.includes(theme.id));
  expect(themed.length).toBeLessThan(examples.length);
  await expect(page.getByRole("status")).toHaveText(count(themed.length, "voorbeeld", "voorbeelden"));
  await expect(page).toHaveURL(new RegExp(`\\?thema=${theme.id}$`));

  const first = themed[0]!;
  await page.getByRole("link", { name: first.example.naam }).first().click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.example(first.municipality.slug, first.example.id))}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.example.naam);
  await expect(page.getByRole("link", { name: theme.label, exact: true })).toHaveAttribute("href", routes.theme(theme.id));
  await page.getByRole("link", { name: `Dit voorbeeld in het profiel van ${first.municipality.naam}` }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.municipality(first.municipality.slug))}#${first.example.id}$`));
  await expect(page.locator(`#${first.example.id}`)).toBeInViewport();
  // And back: the profile links the example to its page.
  await page.getByRole("link", { name: `Eigen pagina van ${first.example.naam}` }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.example(first.municipality.slug, first.example.id))}$`));
});

test("a theme's page, reached from the list of themes, counts and lists its examples as the content has them, linked to their pages", async ({
  page,
}) => {
  const theme = themeOfSome();
  const themed = content.municipalities.flatMap((m) =>
    m.voorbeelden.filter((example) => example.themas.includes(theme.id)).map((example) => ({ municipality: m, example })),
  );
  const involved = new Set(themed.map(({ municipality }) => municipality.slug));
  await page.goto(routes.themes);
  await page.getByRole("link", { name: theme.label, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.theme(theme.id))}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(theme.label);
  const heading = `${count(themed.length, "voorbeeld", "voorbeelden")} uit ${municipalityCount(involved.size)}`;
  await expect(page.getByRole("heading", { level: 2, name: heading })).toBeVisible();
  const examples = page.getByRole("list", { name: heading });
  await expect(examples.getByRole("heading", { level: 3 })).toHaveText(themed.map(({ example }) => example.naam));

  const first = themed[0]!;
  await examples.getByRole("link", { name: first.example.naam }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.example(first.municipality.slug, first.example.id))}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(first.example.naam);
});

/** Views with filters of each kind: a cohort with three criteria, two criteria with "at least one", a theme. */
const criterionParams = (criteria: readonly { id: string }[]) => criteria.map((criterion) => `criterium=${criterion.id}`).join("&");
for (const view of [
  "?weergave=matrix",
  "?weergave=kaart",
  `?cohort=${years()[0]}&${criterionParams(content.criteria.slice(-3))}`,
  `?${criterionParams(criteriaClaimedUnevenly())}&voldoet=minstens-een&volgorde=cohort`,
  `?thema=${themeOfSome().id}`,
]) {
  test(`no WCAG 2.2 AA violations in the view ${view}`, async ({ page }) => {
    await page.goto(view.startsWith("?thema") ? `${routes.examples}${view}` : `${routes.municipalities}${view}`);
    await expect(page.locator("html")).not.toHaveAttribute("data-filtering");
    await expectNoAxeViolations(page);
  });
}
