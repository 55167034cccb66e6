import { routes } from "../../lib/site";
import { fullestProfile } from "./content-samples";
import { expect, expectNoAxeViolations, test, testWithOnePage } from "./fixtures";

const pages = [
  { name: "home", path: routes.home },
  { name: "lijst", path: routes.municipalities },
  // The longest profile: the most practice examples, each with its controls.
  { name: "profiel", path: routes.municipality(fullestProfile().slug) },
];
const widths = [360, 768, 1280];
const schemes = ["light", "dark"] as const;

/**
 * Controls smaller than 24×24 px (WCAG 2.2, 2.5.8), apart from links inside a
 * sentence, which the criterion exempts.
 */
function smallTapTargets(): string[] {
  const small: string[] = [];
  for (const element of document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary")) {
    const box = element.getBoundingClientRect();
    // Not rendered, or visually hidden until focused (the skip link, tested on its own).
    if (box.width <= 1 || box.height <= 1) continue;
    if (box.width >= 24 && box.height >= 24) continue;
    // A control inside its label is hit by a click anywhere on the label.
    const label = element.closest("label")?.getBoundingClientRect();
    if (label && label.width >= 24 && label.height >= 24) continue;
    // Map markers may sit close together; the list under the map offers the same links full size (the "equivalent" exception).
    if (element.closest("svg")) continue;
    const block = element.closest("p, dd, figcaption, td");
    const inSentence = block !== null && (block.textContent ?? "").trim().length > (element.textContent ?? "").trim().length;
    if (!inSentence)
      small.push(
        `${element.tagName.toLowerCase()} "${(element.textContent ?? "").trim()}" ${Math.round(box.width)}×${Math.round(box.height)}`,
      );
  }
  return small;
}

for (const scheme of schemes) {
  for (const { name, path } of pages) {
    for (const width of widths) {
      testWithOnePage(
        `${name} at ${width}px in ${scheme} mode: no horizontal scroll, tap targets of 24px, no axe violations`,
        async ({ page }) => {
          await page.emulateMedia({ colorScheme: scheme });
          await page.setViewportSize({ width, height: 900 });
          await page.goto(path);

          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
          expect(overflow, "horizontal overflow in px").toBeLessThanOrEqual(0);
          expect(await page.evaluate(smallTapTargets)).toEqual([]);
          await expectNoAxeViolations(page);
        },
      );
    }
  }
}

test("the skip link is a full-size target once focused", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const box = await page.getByRole("link", { name: "Naar de inhoud" }).boundingBox();
  expect(box?.width).toBeGreaterThanOrEqual(24);
  expect(box?.height).toBeGreaterThanOrEqual(24);
});

test("the colour scheme follows the system setting", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "light" });
  await page.goto("/");
  const light = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  await page.emulateMedia({ colorScheme: "dark" });
  const dark = await page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
  expect(light).not.toBe(dark);
});

test("smooth scrolling is off when the visitor prefers reduced motion", async ({ page }) => {
  await page.emulateMedia({ reducedMotion: "reduce" });
  await page.goto("/");
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("auto");
  await page.emulateMedia({ reducedMotion: "no-preference" });
  expect(await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior)).toBe("smooth");
});
