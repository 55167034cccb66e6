import { routes } from "../../lib/site";
import {
  profileWithExample,
  profileWithNeighbours,
  profileWithPartnerLink,
  siteContent as content,
  someMunicipalities,
} from "./content-samples";
import { expect, test } from "./fixtures";

/** Where the matrix cells and the examples index must link: the justification of each claim and each example, by its anchor. */
const claimTargets = content.municipalities.flatMap((m) =>
  m.criteria.map((claim) => `${routes.municipality(m.slug)}#criterium-${claim.id}`),
);
const exampleTargets = content.municipalities.flatMap((m) => m.voorbeelden.map((example) => routes.example(m.slug, example.id)));

test("every matrix cell links to the justification of its claim in the profile", async ({ page }) => {
  // The matrix of a deep link appears once scripts have run: wait for all its links.
  await page.goto(`${routes.municipalities}?weergave=matrix`);
  const links = page.getByRole("table").locator("td a");
  await expect(links).toHaveCount(claimTargets.length);
  const hrefs = await links.evaluateAll((elements) => elements.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.sort()).toEqual([...claimTargets].sort());
});

test("every examples-index link points to its example's page", async ({ page }) => {
  await page.goto(routes.examples);
  const links = page.locator("[data-results] h2 a");
  await expect(links).toHaveCount(exampleTargets.length);
  const hrefs = await links.evaluateAll((elements) => elements.map((link) => link.getAttribute("href") ?? ""));
  expect(hrefs.sort()).toEqual([...exampleTargets].sort());
});

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
