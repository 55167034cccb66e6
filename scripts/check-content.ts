/**
 * npm run content:check — validates all content without building and prints
 * every problem in plain Dutch. The build runs it first, so a broken file is
 * never published.
 */
import { contentDirectory, loadContent } from "../lib/content/load";
import { ContentError } from "../lib/content/problems";

try {
  const content = loadContent();
  console.log(
    `Inhoud in orde (${contentDirectory()}): ${content.municipalities.length} gemeenten, ${content.cohorts.length} cohorten, ${content.criteria.length} criteria, ${content.sources.length} bronnen.`,
  );
} catch (error) {
  if (error instanceof ContentError) {
    console.error(error.message);
    process.exit(1);
  }
  throw error;
}
