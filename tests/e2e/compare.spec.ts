import { loadContent } from "../../lib/content/load";
import { expect, expectNoAxeViolations, test } from "./fixtures";

/** One row per criterion of the content, between the two rows above and the three below. */
const CRITERIA_ROWS = loadContent().criteria.length;

test("a shared link compares the first three known municipalities and says what it left out", async ({ page }) => {
  await page.goto("/vergelijk/?gemeenten=ede,zaanstad,bestaat-niet,ede,oss,delft");
  const table = page.getByRole("table", { name: "Ede, Zaanstad en Oss naast elkaar" });
  await expect(table).toBeVisible();
  await expect(table.getByRole("columnheader")).toHaveText(["Onderdeel", "Ede", "Zaanstad", "Oss"]);
  await expect(table.getByRole("columnheader", { name: "Zaanstad" }).getByRole("link")).toHaveAttribute("href", "/gemeenten/zaanstad/");
  const rowLabels = table.getByRole("rowheader");
  await expect(rowLabels).toHaveCount(2 + CRITERIA_ROWS + 3);
  await expect(rowLabels.first()).toHaveText("Cohort");
  await expect(rowLabels.nth(1)).toHaveText("Provincie");
  await expect(rowLabels.last()).toHaveText("Bronnen");
  await expect(table.getByRole("row", { name: /^Cohort/ })).toContainText("Cohort 2015");

  const status = page.getByRole("status");
  await expect(status).toContainText("‘bestaat-niet’");
  await expect(status).toContainText("Ede stond meer dan eens in de link");
  await expect(status).toContainText("Niet getoond: Delft.");
  await expect(page.getByRole("combobox", { name: "Gemeente 3" })).toHaveValue("oss");

  await expectNoAxeViolations(page);
});

test("a profile's form leads to the comparison, without the page's own scripts", async ({ page }) => {
  await page.goto("/gemeenten/ede/");
  await page.getByRole("combobox", { name: "Vergelijk Ede met" }).selectOption({ label: "Oss" });
  await page.getByRole("button", { name: "Vergelijk" }).click();
  await expect(page).toHaveURL(/\/vergelijk\/\?gemeenten=ede&gemeenten=oss$/);
  await expect(page.getByRole("table", { name: "Ede en Oss naast elkaar" })).toBeVisible();
});

test("the picker changes the comparison and the URL", async ({ page }) => {
  await page.goto("/vergelijk/");
  await expect(page.getByText("Kies hierboven de gemeenten")).toBeVisible();
  await page.getByRole("combobox", { name: "Gemeente 1" }).selectOption({ label: "Delft" });
  await page.getByRole("combobox", { name: "Gemeente 2" }).selectOption({ label: "Zeist" });
  await page.getByRole("button", { name: "Vergelijk" }).click();
  await expect(page).toHaveURL(/\/vergelijk\/\?gemeenten=delft,zeist$/);
  await expect(page.getByRole("table", { name: "Delft en Zeist naast elkaar" })).toBeVisible();
});

test("the listing's checkboxes, on the cards and in the matrix, lead to the comparison", async ({ page }) => {
  await page.goto("/gemeenten/");
  await page.getByRole("checkbox", { name: "Vergelijk Ede" }).check();
  // The radio buttons look like a switch: the reader clicks the visible label.
  await page.getByText("Matrix", { exact: true }).click();
  await expect(page.getByRole("radio", { name: "Matrix" })).toBeChecked();
  await page
    .getByRole("table", { name: /Criteria per gemeente/ })
    .getByRole("checkbox", { name: "Vergelijk Oss" })
    .check();
  await page.getByRole("link", { name: "Vergelijk 2 gemeenten" }).click();
  await expect(page).toHaveURL(/\/vergelijk\/\?gemeenten=ede,oss$/);
  await expect(page.getByRole("table", { name: "Ede en Oss naast elkaar" })).toBeVisible();
});

test("at 320 px the table scrolls in its own box and the page does not", async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await page.goto("/vergelijk/?gemeenten=ede,zaanstad,oss");
  const region = page.getByRole("region", { name: "Ede, Zaanstad en Oss naast elkaar" });
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
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto("/vergelijk/?gemeenten=ede,oss");
  // Playwright's text and role engines skip <noscript>, so read what the browser renders.
  expect(await page.locator("body").innerText()).toContain("Het vergelijken werkt alleen met JavaScript");
  await expect(page.locator('noscript a[href="/gemeenten/ede/"]')).toHaveCount(1);
  await expect(page.locator('noscript a[href="/gemeenten/"]')).toHaveCount(1);
  await context.close();
});
