import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type APIRequestContext, type Page } from "@playwright/test";

/** WCAG 2.2 AA and everything below it. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

type Fixtures = {
  /** Console errors and uncaught exceptions of the page; every test asserts there are none. */
  consoleErrors: string[];
};

export const test = base.extend<Fixtures>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await use(errors);
      expect(errors, "console errors on the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export async function expectNoAxeViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  const summary = results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(" ")).join(", ")})`,
  );
  expect(summary, `axe violations on ${page.url()}`).toEqual([]);
}

/** Every page path in the built sitemap, so new pages are tested without listing them here. */
export function sitemapPaths(): string[] {
  const sitemap = fs.readFileSync(path.resolve("out/sitemap.xml"), "utf8");
  return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? "/").pathname);
}

const idsByPath = new Map<string, Set<string> | null>();

/**
 * The ids in the served HTML of a page, or null if it does not load. Fetched
 * once per worker (a worker serves one project): many pages link to the same
 * pages, and the ids of a static page are in its HTML.
 */
export async function idsOnPage(request: APIRequestContext, path: string): Promise<Set<string> | null> {
  if (!idsByPath.has(path)) {
    const response = await request.get(path);
    idsByPath.set(
      path,
      response.ok() ? new Set([...(await response.text()).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? "")) : null,
    );
  }
  return idsByPath.get(path) ?? null;
}
