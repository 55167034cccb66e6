import { expect, expectNoAxeViolations, sitemapPaths, test } from "./fixtures";

const paths = sitemapPaths();

test("the sitemap lists the home page, the listing and every profile", () => {
  expect(paths).toContain("/");
  expect(paths).toContain("/gemeenten/");
  expect(paths.filter((path) => /^\/gemeenten\/[a-z0-9-]+\/$/.test(path)).length).toBeGreaterThanOrEqual(2);
});

for (const path of paths) {
  test(`no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    const response = await page.goto(path);
    expect(response?.status()).toBe(200);
    await expectNoAxeViolations(page);
  });
}

test("no WCAG 2.2 AA violations on the 404 page", async ({ page, consoleErrors }) => {
  await page.goto("/bestaat-niet/");
  await expectNoAxeViolations(page);
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((error) => !error.includes("404")));
});
