import fs from "node:fs";
import { createRequire } from "node:module";
import { test as base, devices, expect, type ConsoleMessage, type Page } from "@playwright/test";
import type { AxeResults, RunOptions } from "axe-core";

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Fixtures = {
  /** Console errors and uncaught exceptions of the page; every test asserts there are none. */
  consoleErrors: string[];
  /** Takes back the permissions a test granted (the clipboard's), which the reused context would keep. */
  grantedPermissions: void;
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
  // The site's projects reuse one browser context per worker (reuseContext in playwright.config.ts). Playwright resets
  // its cookies, storage, cache, pages, routes and emulation between tests, but not the permissions granted in a test.
  grantedPermissions: [
    async ({ page }, provide) => {
      await provide();
      await page.context().clearPermissions();
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

/** axe-core as the browser runs it, read once per worker. */
const AXE_SOURCE = fs.readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/**
 * No WCAG 2.2 AA violation on the page as it is now: axe-core injected once
 * and run once in the page itself, returning its violations only. Half the
 * time of @axe-core/playwright's AxeBuilder, which injects axe twice (once
 * for the page, once for each frame) and brings back every passed check too:
 * over a second per page on these two cores, the largest share of the
 * site-wide check. Frames are the one thing it would handle that this does
 * not, and the site has none (tests/site/pages.test.ts checks it).
 */
export async function expectNoAxeViolations(page: Page): Promise<void> {
  await page.evaluate(AXE_SOURCE);
  const options: RunOptions = { runOnly: { type: "tag", values: WCAG_TAGS }, resultTypes: ["violations"] };
  const violations = await page.evaluate(async (runOptions) => {
    const { axe } = window as unknown as { axe: { run: (context: Document, options: RunOptions) => Promise<AxeResults> } };
    const results = await axe.run(document, runOptions);
    return results.violations.map(
      (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
    );
  }, options);
  expect(violations, `axe violations on ${page.url()}`).toEqual([]);
}
