import { routes } from "../../lib/site";
import { escapeRegExp, someMunicipalities } from "./content-samples";
import { expect, test } from "./fixtures";

/**
 * What a visitor looks for to trust the site: the statements and a way to
 * report a mistake. `npm test` builds the site with
 * CONTACT_EMAIL=redactie@example.nl (package.json), so the address and the
 * correction link are on these pages; without an address they are left out,
 * which the component tests cover.
 */
const CONTACT = "redactie@example.nl";

test("the privacy statement is linked from the footer of the home page", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("navigation", { name: "Voettekst" }).getByRole("link", { name: "Privacy" }).click();
  await expect(page).toHaveURL(/\/privacy\/$/);
  await expect(page.getByRole("heading", { level: 1, name: "Privacyverklaring" })).toBeVisible();
  await expect(page.getByRole("link", { name: CONTACT })).toHaveAttribute("href", `mailto:${CONTACT}`);
});

test("the accessibility statement gives its date and where to report a problem", async ({ page }) => {
  await page.goto("/toegankelijkheid/");
  await expect(page.locator('time[datetime="2026-12-02"]')).toHaveText("2 december 2026");
  const report = page.getByRole("region", { name: "Een probleem melden" });
  await expect(report.getByRole("link", { name: CONTACT })).toHaveAttribute("href", `mailto:${CONTACT}`);
});

test("a profile's 'Klopt er iets niet?' starts a mail that names the profile and its address", async ({ page }) => {
  const [municipality] = someMunicipalities(1);
  const path = routes.municipality(municipality.slug);
  await page.goto(path);
  const link = page.getByRole("link", { name: /^Klopt er iets niet\?/ });
  await expect(link).toBeVisible();
  const href = new URL((await link.getAttribute("href")) ?? "");
  expect(href.protocol).toBe("mailto:");
  expect(href.pathname).toBe(CONTACT);
  expect(href.searchParams.get("subject")).toBe(`Fout in het profiel van ${municipality.naam}`);
  expect(href.searchParams.get("body")).toMatch(
    new RegExp(`^Profiel: ${escapeRegExp(municipality.naam)}\r\nAdres: https?://[^/]+${escapeRegExp(path)}\r\n`),
  );
});
