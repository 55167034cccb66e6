import { loadContent } from "../../lib/content/load";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const content = loadContent();
const names = (filter: (municipality: (typeof content.municipalities)[number]) => boolean) =>
  content.municipalities.filter(filter).map((municipality) => municipality.naam);
const cardNames = (page: import("@playwright/test").Page) => page.getByRole("article").getByRole("heading", { level: 3 }).allTextContents();

test("filtering by cohort and two criteria shows exactly the municipalities the content says", async ({ page }) => {
  const expected = names(
    (m) => m.cohort === 2017 && ["lerend-samenwerkend", "preventie-presentie"].every((id) => m.criteria.some((c) => c.id === id)),
  );
  expect(expected.length).toBeGreaterThan(0);

  await page.goto("/gemeenten/");
  await page.getByRole("checkbox", { name: "2017" }).check();
  await page.getByRole("checkbox", { name: "Lerend en samenwerkend" }).check();
  await page.getByRole("checkbox", { name: "Preventie en presentie" }).check();

  await expect(page.getByRole("status")).toHaveText(`${expected.length} gemeenten`);
  expect(await cardNames(page)).toEqual(expected);
  await expect(page).toHaveURL(/\/gemeenten\/\?cohort=2017&criterium=lerend-samenwerkend&criterium=preventie-presentie$/);

  // The copied link shows the same view to a colleague.
  const link = page.url();
  const colleague = await page.context().newPage();
  await colleague.goto(link);
  await expect(colleague.getByRole("status")).toHaveText(`${expected.length} gemeenten`);
  expect(await cardNames(colleague)).toEqual(expected);
  await expect(colleague.getByRole("checkbox", { name: "Preventie en presentie" })).toBeChecked();
  await colleague.close();
});

test("a deep link with 'at least one' of two criteria, ordered by number of criteria, shows that list", async ({ page }) => {
  const chosen = ["lerend-samenwerkend", "ontmoetingsplekken"];
  const byName = new Intl.Collator("nl").compare;
  const expected = content.municipalities
    .filter((m) => chosen.some((id) => m.criteria.some((c) => c.id === id)))
    .sort((a, b) => b.criteria.length - a.criteria.length || byName(a.naam, b.naam))
    .map((m) => m.naam);
  const all = names((m) => chosen.every((id) => m.criteria.some((c) => c.id === id)));
  expect(expected.length).toBeGreaterThan(all.length);

  await page.goto(`/gemeenten/?criterium=${chosen[0]}&criterium=${chosen[1]}&voldoet=minstens-een&volgorde=aantal-criteria`);
  await expect(page.getByRole("radio", { name: "aan minstens één" })).toBeChecked();
  await expect(page.getByRole("status")).toContainText(
    `${expected.length} gemeenten die aan minstens één van de 2 gekozen criteria voldoen`,
  );
  expect(await cardNames(page)).toEqual(expected);

  await page.getByRole("radio", { name: "aan alle gekozen criteria" }).check();
  await expect(page.getByRole("status")).toContainText(`${all.length} ${all.length === 1 ? "gemeente" : "gemeenten"}`);
  await expect(page).toHaveURL(/\?criterium=lerend-samenwerkend&criterium=ontmoetingsplekken&volgorde=aantal-criteria$/);
});

test("the back button restores the previous filter", async ({ page }) => {
  await page.goto("/gemeenten/");
  await page.getByRole("checkbox", { name: "2015" }).check();
  await expect(page.getByRole("status")).toHaveText(`${names((m) => m.cohort === 2015).length} gemeenten`);
  await page.getByRole("checkbox", { name: "Plekken om te ontmoeten" }).check();
  const both = names((m) => m.cohort === 2015 && m.criteria.some((c) => c.id === "ontmoetingsplekken"));
  expect(await cardNames(page)).toEqual(both);

  await page.goBack();
  await expect(page).toHaveURL(/\?cohort=2015$/);
  await expect(page.getByRole("checkbox", { name: "Plekken om te ontmoeten" })).not.toBeChecked();
  expect(await cardNames(page)).toEqual(names((m) => m.cohort === 2015));

  await page.goForward();
  expect(await cardNames(page)).toEqual(both);
});

test("a pasted deep link shows the filtered result without the full list first", async ({ page }) => {
  // Hold the scripts back: until they run, the unfiltered list must stay hidden.
  let releaseScripts = () => {};
  const scriptsHeld = new Promise<void>((resolve) => (releaseScripts = resolve));
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    await scriptsHeld;
    await route.continue();
  });
  await page.goto("/gemeenten/?provincie=Gelderland&weergave=kaarten", { waitUntil: "domcontentloaded" });
  await expect(page.locator("[data-results]")).toHaveCSS("visibility", "hidden");
  releaseScripts();
  await expect(page.locator("[data-results]")).toHaveCSS("visibility", "visible");
  await expect(page.getByRole("combobox", { name: "Provincie" })).toHaveValue("Gelderland");
  expect(await cardNames(page)).toEqual(names((m) => m.provincie === "Gelderland"));
  // The static HTML itself lists all municipalities, for crawlers and without JavaScript.
  const html = await (await page.request.get("/gemeenten/")).text();
  for (const municipality of content.municipalities) expect(html).toContain(`href="/gemeenten/${municipality.slug}/"`);
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
  await page.goto("/gemeenten/?weergave=matrix");
  const table = page.getByRole("table");
  const claims = content.municipalities.reduce((sum, municipality) => sum + municipality.criteria.length, 0);
  await expect(table.getByRole("link", { name: /lees de toelichting$/ })).toHaveCount(claims);

  const municipality = content.municipalities[3]!;
  const claim = municipality.criteria[0]!;
  const label = content.criteria.find((criterion) => criterion.id === claim.id)!.kort;
  await table.getByRole("link", { name: `${municipality.naam}: ${label}, lees de toelichting` }).click();
  await expect(page).toHaveURL(new RegExp(`/gemeenten/${municipality.slug}/#criterium-${claim.id}$`));
  const target = page.locator(`#criterium-${claim.id}`);
  await expect(target).toContainText(claim.toelichting);
  await expect(target).toBeInViewport();
});

test("map markers link to the profiles, on the home page and as a listing view", async ({ page }) => {
  await page.goto("/");
  const map = page.getByRole("group", { name: "Kaart van Nederland met alle Gouden Gemeenten" });
  const markers = map.getByRole("link");
  await expect(markers).toHaveCount(content.municipalities.length);
  const hrefs = await markers.evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  expect(hrefs.sort()).toEqual(content.municipalities.map((m) => `/gemeenten/${m.slug}/`).sort());
  // Cohorts differ in shape and in colour (the marker on each area), and the colours come from the theme.
  const look = (name: string) =>
    map
      .getByRole("link", { name, exact: true })
      .locator(".map-symbol > :last-child")
      .evaluate((shape) => `${shape.tagName} ${getComputedStyle(shape).fill}`);
  const [ede, zeist] = [await look("Ede (cohort 2015)"), await look("Zeist (cohort 2017)")];
  expect(ede.split(" ")[0]).not.toBe(zeist.split(" ")[0]);
  expect(ede.slice(ede.indexOf(" "))).not.toBe(zeist.slice(zeist.indexOf(" ")));
  for (const fill of [ede, zeist]) expect(fill).not.toMatch(/rgb\(0, 0, 0\)|none/);
  await map.getByRole("link", { name: "Zeist (cohort 2017)" }).click();
  await expect(page).toHaveURL(/\/gemeenten\/zeist\/$/);

  await page.goto("/gemeenten/?cohort=2015&weergave=kaart");
  await expect(page.getByRole("group", { name: /^Kaart met \d+ gemeenten$/ }).getByRole("link")).toHaveCount(
    names((m) => m.cohort === 2015).length,
  );
});

test("search finds a municipality by a word that appears only in its body", async ({ page }) => {
  const word = "smoelenboek";
  const owners = content.municipalities.filter((m) => m.html.toLowerCase().includes(word));
  expect(owners.map((m) => m.slug)).toEqual(["wijk-bij-duurstede"]);
  const owner = owners[0]!;
  expect(`${owner.naam} ${owner.titel} ${owner.samenvatting}`.toLowerCase()).not.toContain(word);

  await page.goto("/");
  await page.getByRole("searchbox", { name: "Zoek op de site" }).fill(word);
  await page.getByRole("button", { name: "Zoek" }).click();
  await expect(page).toHaveURL(/\/zoeken\/\?q=smoelenboek$/);
  const result = page.locator(".pagefind-ui__result-link").first();
  await expect(result).toHaveAttribute("href", /\/gemeenten\/wijk-bij-duurstede\//);
  await expectNoAxeViolations(page);
});

/** Text of the site's controls, which the search index must leave out (data-pagefind-ignore, headings without their anchor link). */
const INTERFACE_TEXT = ["Link kopiëren", "Link naar dit onderdeel", "Thema's:", "Gekopieerd"];

for (const query of ["dementie", "schulden", "wijkteam"]) {
  test(`search results for "${query}" show content only, in Dutch`, async ({ page }) => {
    await page.goto(`/zoeken/?q=${query}`);
    const results = page.locator(".pagefind-ui__result");
    await expect(results.first()).toBeVisible();
    // Titles, sub-result headings and excerpts, as a reader sees them.
    const texts = await page.locator(".pagefind-ui__result-link, .pagefind-ui__result-excerpt").allInnerTexts();
    expect(texts.length).toBeGreaterThan(1);
    for (const text of texts) for (const label of INTERFACE_TEXT) expect(text, `a result for "${query}"`).not.toContain(label);
    await expect(page.getByRole("button", { name: "Wissen" })).toBeVisible();
  });
}

test("the examples index filters by theme and links to the anchors", async ({ page }) => {
  const examples = content.municipalities.flatMap((m) => m.voorbeelden.map((example) => ({ municipality: m, example })));
  await page.goto("/voorbeelden/");
  await expect(page.getByRole("status")).toHaveText(`${examples.length} voorbeelden`);
  await page.getByRole("checkbox", { name: /^Ouderen en dementie/ }).check();
  const dementia = examples.filter(({ example }) => example.themas.includes("ouderen-en-dementie"));
  await expect(page.getByRole("status")).toHaveText(`${dementia.length} ${dementia.length === 1 ? "voorbeeld" : "voorbeelden"}`);
  await expect(page).toHaveURL(/\?thema=ouderen-en-dementie$/);

  const first = dementia[0]!;
  await page.getByRole("link", { name: first.example.naam }).first().click();
  await expect(page).toHaveURL(new RegExp(`/gemeenten/${first.municipality.slug}/#${first.example.id}$`));
  await expect(page.locator(`#${first.example.id}`)).toBeInViewport();
});

for (const view of [
  "?weergave=matrix",
  "?weergave=kaart",
  "?cohort=2015&criterium=preventie-presentie&criterium=ontmoetingsplekken&criterium=toegankelijke-samenleving",
  "?criterium=lerend-samenwerkend&criterium=ontmoetingsplekken&voldoet=minstens-een&volgorde=cohort",
  "?thema=jeugd",
]) {
  test(`no WCAG 2.2 AA violations in the view ${view}`, async ({ page }) => {
    await page.goto(view.startsWith("?thema") ? `/voorbeelden/${view}` : `/gemeenten/${view}`);
    await expect(page.locator("html")).not.toHaveAttribute("data-filtering");
    await expectNoAxeViolations(page);
  });
}
