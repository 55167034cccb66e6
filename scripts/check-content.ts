/**
 * npm run content:check — validates all content without building and prints
 * every problem in plain Dutch. The build runs it first, so a broken file is
 * never published. On GitHub Actions (GITHUB_ACTIONS=true) each problem is
 * also printed as a workflow command, so that the pull request shows it on
 * the file and line it is about.
 */
import { contentDirectory, loadContent } from "../lib/content/load";
import { ContentError, githubAnnotation } from "../lib/content/problems";

try {
  const content = loadContent();
  console.log(
    `Inhoud in orde (${contentDirectory()}): ${content.municipalities.length} gemeenten, ${content.cohorts.length} cohorten, ${content.criteria.length} criteria, ${content.sources.length} bronnen.`,
  );
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(error.message);
  // The runner reads workflow commands from standard output.
  if (process.env.GITHUB_ACTIONS === "true") error.problems.forEach((problem) => console.log(githubAnnotation(problem)));
  // exitCode instead of exit(): on macOS a pipe is written asynchronously and exit() could cut the output short.
  process.exitCode = 1;
}
