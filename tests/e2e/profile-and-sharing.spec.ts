import { parse } from "csv-parse/sync";
import { routes } from "../../lib/site";
import {
  profileWithExample,
  profileWithNeighbours,
  profileWithPartnerLink,
  siteContent as content,
  someMunicipalities,
} from "./content-samples";
import { expect, idsOnPage, test } from "./fixtures";

/** Where the matrix cells and the examples index must link: the justification of each claim and each example, by its anchor. */
const claimTargets = content.municipalities.flatMap((m) =>
  m.criteria.map((claim) => `${routes.municipality(m.slug)}#criterium-${claim.id}`),
);
const exampleTargets = content.municipalities.flatMap((m) =>
  m.voorbeelden.map((example) => `${routes.municipality(m.slug)}#${example.id}`),
);

test("every matrix cell links to the justification of its claim in the profile", async ({ page }) => {
  // The matrix of a deep link appears once scripts have run: wait for all its links.
  await page.goto(`${routes.municipalities}?weergave=matrix`);
  const links = page.getByRole("table").locator("td a");
  await expect(links).toHaveCount(claimTargets.length);
  const hrefs = await links.evaluateAll((elements) => elements.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.sort()).toEqual([...claimTargets].sort());
});

test("every examples-index link points to its example in the profile", async ({ page }) => {
  await page.goto(routes.examples);
  const links = page.locator("[data-results] h2 a");
  await expect(links).toHaveCount(exampleTargets.length);
  const hrefs = await links.evaluateAll((elements) => elements.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.sort()).toEqual([...exampleTargets].sort());
});

// One test per profile, so the work per test does not grow with the number of profiles.
for (const municipality of content.municipalities) {
  const path = routes.municipality(municipality.slug);
  test(`${municipality.naam}: every anchor the matrix and the examples index link to exists`, async ({ request }) => {
    const ids = await idsOnPage(request, path);
    expect(ids, path).not.toBeNull();
    for (const target of [...claimTargets, ...exampleTargets].filter((target) => target.startsWith(`${path}#`))) {
      expect(ids?.has(target.slice(path.length + 1)), target).toBe(true);
    }
  });
}

test("the copy-link control puts the address of the example on the clipboard", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  const { municipality, example } = profileWithExample();
  await page.goto(routes.municipality(municipality.slug));
  await page.getByRole("button", { name: `Link kopiëren: ${example.naam}`, exact: true }).click();
  await expect(page.getByRole("region", { name: example.naam, exact: true }).getByRole("status")).toHaveText("Gekopieerd");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(new URL(`${routes.municipality(municipality.slug)}#${example.id}`, page.url()).toString());
});

test("the share control copies the page address where the browser cannot share", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.addInitScript(() => Object.defineProperty(navigator, "share", { value: undefined }));
  const [municipality] = someMunicipalities(1);
  await page.goto(`${routes.municipality(municipality.slug)}#criteria`);
  await page.getByRole("button", { name: "Delen" }).click();
  await expect(page.getByText("Link gekopieerd")).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
    new URL(routes.municipality(municipality.slug), page.url()).toString(),
  );
});

for (const municipality of content.municipalities) {
  test(`${municipality.naam}: preview image, social metadata and JSON-LD`, async ({ page }) => {
    await page.goto(routes.municipality(municipality.slug));
    const image = await page.locator('meta[property="og:image"]').getAttribute("content");
    expect(image).toMatch(/^https?:\/\/[^/]+\/gemeenten\/[a-z0-9-]+\/social\.png$/);
    await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/gemeenten\/[a-z0-9-]+\/$/);

    const png = await (await page.request.get(new URL(image ?? "").pathname)).body();
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "");
    expect(jsonLd["@type"]).toBe("WebPage");
    expect(jsonLd.about.name).toBe(municipality.naam);
    expect(jsonLd.about.award).toBe(`Gouden Gemeente ${municipality.cohort}`);
  });
}

test("the JSON and CSV downloads have one record per profile, matching the content", async ({ page }) => {
  const json = await (await page.request.get(routes.dataJson)).json();
  expect(json.gemeenten.map((record: { slug: string }) => record.slug)).toEqual(content.municipalities.map((m) => m.slug));
  for (const record of json.gemeenten) {
    const municipality = content.municipalities.find((m) => m.slug === record.slug)!;
    expect(record.naam).toBe(municipality.naam);
    for (const criterion of content.criteria) {
      expect(record.criteria[criterion.id].voldoet).toBe(municipality.criteria.some((claim) => claim.id === criterion.id));
    }
  }

  const response = await page.request.get(routes.dataCsv);
  expect(response.headers()["content-type"]).toContain("text/csv");
  const rows: string[][] = parse(await response.text(), { bom: true });
  const [header = [], ...records] = rows;
  expect(header.slice(0, 5)).toEqual(["slug", "naam", "cbs_code", "cohort", "provincie"]);
  expect(records).toHaveLength(content.municipalities.length);
  for (const row of records) {
    const municipality = content.municipalities.find((m) => m.slug === row[0])!;
    expect(row[1]).toBe(municipality.naam);
    expect(row[2]).toBe(municipality.cbs_code ?? "");
    for (const criterion of content.criteria) {
      const expected = municipality.criteria.some((claim) => claim.id === criterion.id) ? "ja" : "nee";
      expect(row[header.indexOf(criterion.id)]).toBe(expected);
    }
  }
});

test("the Atom feed is well-formed XML with one entry per profile", async ({ page }) => {
  await page.goto("/");
  const result = await page.evaluate(async () => {
    const text = await (await fetch("/feed.xml")).text();
    const xml = new DOMParser().parseFromString(text, "application/xml");
    return {
      error: xml.querySelector("parsererror")?.textContent ?? null,
      root: xml.documentElement.namespaceURI,
      entries: [...xml.querySelectorAll("entry > link")].map((link) => new URL(link.getAttribute("href") ?? "").pathname),
    };
  });
  expect(result.error).toBeNull();
  expect(result.root).toBe("http://www.w3.org/2005/Atom");
  expect(result.entries.sort()).toEqual(content.municipalities.map((m) => routes.municipality(m.slug)).sort());
  await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute("href", /\/feed\.xml$/);
});

test("printing a profile hides the navigation and shows the addresses of links", async ({ page }) => {
  const municipality = profileWithPartnerLink();
  await page.goto(routes.municipality(municipality.slug));
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("navigation", { name: "Hoofdnavigatie" })).toBeHidden();
  await expect(page.getByRole("contentinfo")).toBeHidden();
  await expect(page.getByRole("navigation", { name: "Kruimelpad" })).toBeHidden();
  await expect(page.getByRole("button", { name: "Delen" })).toBeHidden();
  await expect(page.getByRole("heading", { level: 1, name: municipality.naam, exact: true })).toBeVisible();
  const partner = page.locator("a.external-link").first();
  const href = await partner.getAttribute("href");
  expect(await partner.evaluate((link) => getComputedStyle(link, "::after").content)).toBe(`" (${href})"`);
});

test("a profile links to related municipalities and its neighbours in the cohort", async ({ page }) => {
  const { municipality, previous, next, related } = profileWithNeighbours();
  await page.goto(routes.municipality(municipality.slug));
  const neighbours = page.getByRole("navigation", { name: `Andere gemeenten van cohort ${municipality.cohort}`, exact: true });
  await expect(neighbours.getByRole("link", { name: `← ${previous.naam}`, exact: true })).toHaveAttribute(
    "href",
    routes.municipality(previous.slug),
  );
  await expect(neighbours.getByRole("link", { name: `${next.naam} →`, exact: true })).toHaveAttribute(
    "href",
    routes.municipality(next.slug),
  );
  const relatedLinks = page.getByRole("region", { name: "Gemeenten met dezelfde sterke punten" }).getByRole("listitem").getByRole("link");
  await expect(relatedLinks).toHaveCount(related.length);
  expect(await relatedLinks.evaluateAll((links) => links.map((link) => link.getAttribute("href")))).toEqual(
    related.map((m) => routes.municipality(m.slug)),
  );
  await expect(page.getByText("Zo citeert u dit profiel:")).toBeVisible();
  await page
    .getByRole("region", { name: /Waarom deze gemeente goud is/ })
    .getByRole("link", { name: "Link naar dit onderdeel" })
    .click();
  await expect(page).toHaveURL(/#criteria$/);
});
