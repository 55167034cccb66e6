import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem, type ContentProblem } from "@/lib/content/problems";

const fixtures = path.resolve(import.meta.dirname, "../fixtures");

/**
 * A temporary content set: the valid base fixture with the files of one or
 * more mistake fixtures (tests/fixtures/fouten/<name>/) laid over it.
 */
export function fixtureContent(...mistakes: string[]): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "gg-inhoud-"));
  fs.cpSync(path.join(fixtures, "content-basis"), directory, { recursive: true });
  for (const mistake of mistakes) {
    fs.cpSync(path.join(fixtures, "fouten", mistake), directory, { recursive: true });
  }
  return directory;
}

/** The problems loading a content set reports, with paths relative to that set. */
export function problemsOf(contentDir: string): string[] {
  try {
    loadContent(contentDir);
  } catch (error) {
    if (error instanceof ContentError) return error.problems.map((problem) => relative(problem, contentDir));
    throw error;
  }
  return [];
}

/** Paths relative to the temporary content set, so that messages can be compared exactly. */
function relative(problem: ContentProblem, contentDir: string): string {
  const prefix = `${path.relative(process.cwd(), contentDir)}/`;
  return formatProblem(problem).replaceAll(prefix, "");
}

export function removeFixtureContent(contentDir: string): void {
  fs.rmSync(contentDir, { recursive: true, force: true });
}
