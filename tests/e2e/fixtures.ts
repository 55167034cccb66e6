import AxeBuilder from "@axe-core/playwright";
import { test as base, devices, expect, type ConsoleMessage, type Page } from "@playwright/test";

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Fixtures = {
  /** Console errors and uncaught exceptions of the page; every test asserts there are none. */
  consoleErrors: string[];
};

// Each fixture hands its value to the test with Playwright's `use`, here named `provide`: React's lint rules take `use` for the hook.
export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === "error") errors.push(message.text());
      };
      const onPageError = (error: Error) => errors.push(error.message);
      page.on("console", onConsole);
      page.on("pageerror", onPageError);
      await provide(errors);
      // The page may live on (testWithOnePage): the next test's errors are its own.
      page.off("console", onConsole);
      page.off("pageerror", onPageError);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

const DESKTOP = devices["Desktop Chrome"];

/**
 * For tests that each load a page and only look at it (the site-wide checks):
 * one browser page per worker, which goes from address to address as a
 * reader would. A new page per test costs a new context, a new renderer and
 * an empty cache, half the time such a test takes. Each test starts at the
 * desktop viewport in light mode, whatever the one before it set.
 */
export const testWithOnePage = test.extend<object, { workerPage: Page }>({
  workerPage: [
    async ({ browser }, provide, workerInfo) => {
      const context = await browser.newContext({ ...DESKTOP, baseURL: workerInfo.project.use.baseURL });
      await provide(await context.newPage());
      await context.close();
    },
    { scope: "worker" },
  ],
  page: async ({ workerPage }, provide) => {
    await workerPage.setViewportSize(DESKTOP.viewport);
    await workerPage.emulateMedia({ media: null, colorScheme: "light", reducedMotion: null, forcedColors: null, contrast: null });
    await provide(workerPage);
  },
});

export { expect };

/**
 * No WCAG 2.2 AA violation on the page as it is now. In axe's legacy mode:
 * axe.run in the page itself, not a partial run per frame finished in a blank
 * page, which costs a new page and a second copy of axe for every check
 * (almost half its time here). The difference is only cross-origin frames,
 * and the site has no frames at all (tests/site/pages.test.ts checks it).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}
