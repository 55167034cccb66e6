import { routes } from "../../lib/site";
import { escapeRegExp, inDutch, siteContent, someMunicipalities } from "./content-samples";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/** One row per criterion of the content, between the two rows above and the three below. */
const CRITERIA_ROWS = siteContent.criteria.length;

/** The name of the comparison's table (and of its scrolling box): "A, B en C naast elkaar". */
const tableName = (municipalities: readonly { naam: string }[]) => `${inDutch(municipalities.map((m) => m.naam))} naast elkaar`;
/** The comparison's address with this query string at its end. */
const compareUrl = (search: string) => new RegExp(`${escapeRegExp(`${routes.compare}?${search}`)}$`);

test("a shared link compares the first three known municipalities and says what it left out", async ({ page }) => {
  const [first, second, third, fourth] = someMunicipalities(4);
  await page.goto(`${routes.compare}?gemeenten=${first.slug},${second.slug},bestaat-niet,${first.slug},${third.slug},${fourth.slug}`);
  const table = page.getByRole("table", { name: tableName([first, second, third]), exact: true });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Onderdeel", first.naam, second.naam, third.naam]);
  await expect(table.getByRole("columnheader", { name: second.naam, exact: true }).getByRole("link")).toHaveAttribute(
    "href",
    routes.municipality(second.slug),
  );
  const rowLabels = table.getByRole("rowheader");
  await expect(rowLabels).toHaveCount(2 + CRITERIA_ROWS + 3);
  await expect(rowLabels.first()).toHaveText("Cohort");
  await expect(rowLabels.nth(1)).toHaveText("Provincie");
  await expect(rowLabels.last()).toHaveText("Bronnen");
  await expect(table.getByRole("row", { name: /^Cohort/ })).toContainText(`Cohort ${first.cohort}`);

  const status = page.getByRole("status");
  await expect(status).toContainText("‘bestaat-niet’");
  await expect(status).toContainText(`${first.naam} stond meer dan eens in de link`);
  await expect(status).toContainText(`Niet getoond: ${fourth.naam}.`);
  await expect(page.getByRole("combobox", { name: "Gemeente 3" })).toHaveValue(third.slug);

  await expectNoAxeViolations(page);
});

test("a profile's form leads to the comparison, without the page's own scripts", async ({ page }) => {
  const [profile, other] = someMunicipalities(2);
  await page.goto(routes.municipality(profile.slug));
  await page.getByRole("combobox", { name: `Vergelijk ${profile.naam} met`, exact: true }).selectOption({ label: other.naam });
  await page.getByRole("button", { name: "Vergelijk" }).click();
  await expect(page).toHaveURL(compareUrl(`gemeenten=${profile.slug}&gemeenten=${other.slug}`));
  await expect(page.getByRole("table", { name: tableName([profile, other]), exact: true })).toBeVisible();
});

test("the picker changes the comparison and the URL", async ({ page }) => {
  const [first, second] = someMunicipalities(2);
  await page.goto(routes.compare);
  await expect(page.getByText("Kies hierboven de gemeenten")).toBeVisible();
  await page.getByRole("combobox", { name: "Gemeente 1" }).selectOption({ label: first.naam });
  await page.getByRole("combobox", { name: "Gemeente 2" }).selectOption({ label: second.naam });
  await page.getByRole("button", { name: "Vergelijk" }).click();
  await expect(page).toHaveURL(compareUrl(`gemeenten=${first.slug},${second.slug}`));
  await expect(page.getByRole("table", { name: tableName([first, second]), exact: true })).toBeVisible();
});

test("the listing's checkboxes, on the cards and in the matrix, lead to the comparison", async ({ page }) => {
  const [onCard, inMatrix] = someMunicipalities(2);
  await page.goto(routes.municipalities);
  await page.getByRole("checkbox", { name: `Vergelijk ${onCard.naam}`, exact: true }).check();
  // The radio buttons look like a switch: the reader clicks the visible label.
  await page.getByText("Matrix", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "Matrix" })).toBeChecked();
  await page
    .getByRole("table", { name: /Criteria per gemeente/ })
    .getByRole("checkbox", { name: `Vergelijk ${inMatrix.naam}`, exact: true })
    .check();
  await page.getByRole("link", { name: "Vergelijk 2 gemeenten" }).click();
  await expect(page).toHaveURL(compareUrl(`gemeenten=${onCard.slug},${inMatrix.slug}`));
  await expect(page.getByRole("table", { name: tableName([onCard, inMatrix]), exact: true })).toBeVisible();
});

test("at 320 px the table scrolls in its own box and the page does not", async ({ page }) => {
  const three = someMunicipalities(3);
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto(`${routes.compare}?gemeenten=${three.map((m) => m.slug).join(",")}`);
  const region = page.getByRole("region", { name: tableName(three), exact: true });
  await expect(region).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  expect(await region.evaluate((element) => element.scrollWidth > element.clientWidth)).toBe(true);
  // The row labels stay in view while the columns scroll.
  const label = region.getByRole("rowheader", { name: "Provincie" });
  const before = await label.boundingBox();
  await region.evaluate((element) => element.scrollBy({ left: 200 }));
  await expect.poll(async () => (await label.boundingBox())?.x).toBe(before?.x);
});

test("without JavaScript the page explains itself and links to the profiles", async ({ browser }) => {
  const [first, second] = someMunicipalities(2);
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${routes.compare}?gemeenten=${first.slug},${second.slug}`);
  // Playwright's text and role engines skip <noscript>, so read what the browser renders.
  expect(await page.locator("body").innerText()).toContain("Het vergelijken werkt alleen met JavaScript");
  await expect(page.locator(`noscript a[href="${routes.municipality(first.slug)}"]`)).toHaveCount(1);
  await expect(page.locator(`noscript a[href="${routes.municipality(second.slug)}"]`)).toHaveCount(1);
  await expect(page.locator(`noscript a[href="${routes.municipalities}"]`)).toHaveCount(1);
  await context.close();
});
