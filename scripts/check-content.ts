/**
 * npm run content:check — validates all content without building and prints
 * every problem in plain Dutch. The build runs it first, so a broken file is
 * never published. It names every file that is not in the one form the
 * editor writes (lib/content/file-form.ts), with the command that fixes it.
 * It also compares our prose with the source texts
 * (SOURCES_DIR, by default ../shared/sources), so that a copied sentence is
 * found before it is pushed; where that folder is absent, as on GitHub, it
 * says so in one line and goes on. On GitHub Actions (GITHUB_ACTIONS=true)
 * each problem is also printed as a workflow command, so that the pull
 * request shows it on the file and line it is about. Warnings (an override
 * `locatie` outside the municipality's own area) are listed too, but leave
 * the check, and so the build, passing.
 */
import path from "node:path";
import { checkOwnWords } from "../lib/content/copy-check";
import { checkContentFiles, formProblems } from "../lib/content/format-files";
import { contentDirectory, loadContent } from "../lib/content/load";
import { ContentError, formatWarnings, githubAnnotation, githubWarningAnnotation, type ContentProblem } from "../lib/content/problems";
import { nearbyAnswers } from "../lib/nearby/answers";

function fail(error: ContentError): void {
  console.error(error.message);
  // The runner reads workflow commands from standard output.
  if (process.env.GITHUB_ACTIONS === "true") error.problems.forEach((problem) => console.log(githubAnnotation(problem)));
  // exitCode instead of exit(): on macOS a pipe is written asynchronously and exit() could cut the output short.
  process.exitCode = 1;
}

function warn(warnings: readonly ContentProblem[]): void {
  if (!warnings.length) return;
  console.warn(`${formatWarnings(warnings)}\n`);
  if (process.env.GITHUB_ACTIONS === "true") warnings.forEach((warning) => console.log(githubWarningAnnotation(warning)));
}

// Every problem at once: the form of the files first, then their content, then their words.
const formOfFiles = formProblems(checkContentFiles(contentDirectory()));
const warnings: ContentProblem[] = [];
try {
  const content = loadContent(contentDirectory(), warnings);
  warn(warnings);
  const ownWords = checkOwnWords(content, contentDirectory());
  if (!ownWords.checked) console.log(ownWords.note);
  // A 2017 code that lies in no municipality of today would leave a profile out of "Bij u in de buurt".
  const unplaced = nearbyAnswers(content).problems.map((problem) => ({
    ...problem,
    file: path.relative(process.cwd(), path.join(contentDirectory(), problem.file)),
  }));
  const problems = [...formOfFiles, ...unplaced, ...(ownWords.checked ? ownWords.problems : [])];
  if (problems.length) {
    fail(new ContentError(problems));
  } else {
    const compared = ownWords.checked ? `, in eigen woorden naast ${ownWords.sourceCount} bronteksten` : "";
    console.log(
      `Inhoud in orde (${contentDirectory()}): ${content.municipalities.length} gemeenten, ${content.cohorts.length} cohorten, ${content.criteria.length} criteria, ${content.sources.length} bronnen, ${content.themes.length} thema's${compared}.`,
    );
  }
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  warn(warnings);
  fail(new ContentError([...formOfFiles, ...error.problems]));
}
