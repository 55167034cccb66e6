import { routes } from "../../lib/site";
import { escapeRegExp, someMunicipalities } from "./content-samples";
import { expect, test } from "./fixtures";

test("a visitor goes from home to the listing to a profile by clicking", async ({ page }) => {
  const [municipality] = someMunicipalities(1);
  await page.goto(routes.home);
  await expect(page).toHaveTitle("Gouden Gemeenten");
  await expect(page.locator("html")).toHaveAttribute("lang", "nl");

  await page.getByRole("navigation", { name: "Hoofdnavigatie" }).getByRole("link", { name: "Gemeenten" }).click();
  await expect(page).toHaveURL(/\/gemeenten\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Alle gemeenten" })).toBeVisible();

  await page.getByRole("link", { name: municipality.naam, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${escapeRegExp(routes.municipality(municipality.slug))}$`));
  await expect(page.getByRole("heading", { level: 1, name: municipality.naam, exact: true })).toBeVisible();
  await expect(page.getByText(municipality.titel).first()).toBeVisible();
});

test("the skip link moves focus to the main content", async ({ page }) => {
  await page.goto("/gemeenten/");
  await page.keyboard.press("Tab");
  const skipLink = page.getByRole("link", { name: "Naar de inhoud" });
  await expect(skipLink).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.locator("main")).toBeFocused();
});

test("an unknown profile answers with the Dutch 404 page", async ({ page, consoleErrors }) => {
  const response = await page.goto("/gemeenten/bestaat-niet/");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Pagina niet gevonden" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Bekijk alle Gouden Gemeenten" })).toBeVisible();
  // The browser logs the 404 of the document itself; that one is expected.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.includes("404")));
});
