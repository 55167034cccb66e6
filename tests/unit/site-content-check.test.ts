import { expect, it } from "vitest";
import { checkOwnWords } from "@/lib/content/copy-check";
import { contentDirectory, loadContent } from "@/lib/content/load";

// The content the site is built from (CONTENT_DIR, or content/), whatever editors put in it: every rule
// lives in the schema and the loader, so passing them is all a test can ask of the content itself.

it("the site's content passes every content rule", () => {
  expect(() => loadContent()).not.toThrow();
});

it("the site's content is in our own words, where the source texts are present", (context) => {
  const result = checkOwnWords(loadContent(), contentDirectory());
  if (!result.checked) context.skip(result.note);
  expect(result.checked && result.problems).toEqual([]);
});
