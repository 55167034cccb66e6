import { spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError, githubAnnotation, type ContentProblem } from "@/lib/content/problems";
import { fixtureContentPerTest } from "./fixture-content";

const contentWith = fixtureContentPerTest();

/** The problems of a content set, with paths relative to that set, so that annotations can be compared exactly. */
function problemsIn(contentDir: string): ContentProblem[] {
  try {
    loadContent(contentDir);
  } catch (error) {
    if (!(error instanceof ContentError)) throw error;
    return error.problems.map((problem) => ({ ...problem, file: path.relative(contentDir, problem.file) }));
  }
  return [];
}

function checkContent(contentDir: string, githubActions: boolean) {
  const env: NodeJS.ProcessEnv = { ...process.env, CONTENT_DIR: contentDir, GITHUB_ACTIONS: "true" };
  // Removed rather than left as inherited: these tests may themselves run on GitHub Actions.
  if (!githubActions) delete env.GITHUB_ACTIONS;
  return spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/check-content.ts"], {
    env,
    encoding: "utf8",
  });
}

describe("GitHub annotations of content problems", () => {
  it("gives a real mistake its file, line and field, with the same Dutch line as the normal output", () => {
    expect(problemsIn(contentWith("onbekend-criterium")).map(githubAnnotation)).toEqual([
      "::error file=gemeenten/delft.md,line=12,title=Inhoud%3A criteria[0].id::gemeenten/delft.md:12 criteria[0].id: 'preventie' is geen bekend criterium. Kies uit: lerend-samenwerkend, preventie-presentie.",
    ]);
  });

  it("leaves out the line when it is unknown, and a field that is not there", () => {
    expect(problemsIn(contentWith("lege-tekst")).map(githubAnnotation)).toEqual([
      "::error file=gemeenten/delft.md,title=Inhoud::gemeenten/delft.md: de tekst onder de YAML-kop is leeg. Schrijf na de afsluitende --- minstens één alinea.",
    ]);
  });

  it("escapes % and line breaks in the message, and also : and , in the properties", () => {
    const problem = { file: "content/a,b:c%.md", line: 3, field: "x:y,z", message: "50% klaar,\r\nregel twee: nu" };
    expect(githubAnnotation(problem)).toBe(
      "::error file=content/a%2Cb%3Ac%25.md,line=3,title=Inhoud%3A x%3Ay%2Cz::content/a,b:c%25.md:3 x:y,z: 50%25 klaar,%0D%0Aregel twee: nu",
    );
  });

  it("npm run content:check prints the annotations only with GITHUB_ACTIONS=true", () => {
    const directory = contentWith("onbekend-criterium", "bestandsnaam");
    const [delft, denHaag] = ["gemeenten/delft.md", "gemeenten/Den Haag.md"].map((file) =>
      path.relative(process.cwd(), path.join(directory, file)),
    );

    const onGitHub = checkContent(directory, true);
    expect(onGitHub.status).toBe(1);
    expect(onGitHub.stdout.split("\n").filter((line) => line.startsWith("::"))).toEqual([
      `::error file=${denHaag},title=Inhoud::${denHaag}: de bestandsnaam 'Den Haag.md' volgt de regels niet. Gebruik alleen kleine letters, cijfers en koppeltekens, zonder spaties of accenten, zoals 'wijk-bij-duurstede.md'.`,
      `::error file=${delft},line=12,title=Inhoud%3A criteria[0].id::${delft}:12 criteria[0].id: 'preventie' is geen bekend criterium. Kies uit: lerend-samenwerkend, preventie-presentie.`,
    ]);
    // The normal output stays as it is, for the log and for editors running the check themselves.
    expect(onGitHub.stderr).toMatch(/De inhoud is niet in orde: 2 problemen in 2 bestanden\.\n$/);

    const elsewhere = checkContent(directory, false);
    expect(elsewhere.status).toBe(1);
    expect(elsewhere.stdout).toBe("");
    expect(elsewhere.stderr).toBe(onGitHub.stderr);
  }, 30_000);
});
