import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/problems";
import { fixtureContent, removeFixtureContent } from "./fixture-content";

const created: string[] = [];
afterEach(() => {
  created.splice(0).forEach(removeFixtureContent);
});

function run(contentDir: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/new-content.ts", ...args], {
    env: { ...process.env, CONTENT_DIR: contentDir },
    encoding: "utf8",
  });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("npm run content:new", () => {
  it("creates a municipality file named after the name, from the commented template", () => {
    const directory = fixtureContent();
    created.push(directory);
    const result = run(directory, "gemeente", "Súdwest-Fryslân", "--cohort", "2019");
    expect(result.status).toBe(0);
    expect(result.output).toContain("Let op: het cohort 2019 bestaat nog niet.");
    const file = fs.readFileSync(path.join(directory, "gemeenten", "sudwest-fryslan.md"), "utf8");
    expect(file).toContain('naam: "Súdwest-Fryslân"');
    expect(file).toContain("cohort: 2019");
    expect(file).toMatch(/^# De titel die de bron het profiel geeft, letterlijk\.$/m);
  }, 20_000);

  it("creates a cohort file, and the new files fail the check with Dutch hints until they are filled in", () => {
    const directory = fixtureContent();
    created.push(directory);
    expect(run(directory, "cohort", "2019").status).toBe(0);
    expect(run(directory, "gemeente", "'s-Hertogenbosch", "--cohort", "2019").status).toBe(0);
    expect(fs.existsSync(path.join(directory, "cohorten", "2019.md"))).toBe(true);
    expect(fs.existsSync(path.join(directory, "gemeenten", "s-hertogenbosch.md"))).toBe(true);
    try {
      loadContent(directory);
      expect.unreachable("a new, empty template must not pass the check");
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const messages = error instanceof ContentError ? error.problems.map((problem) => `${problem.field}: ${problem.message}`) : [];
      expect(messages).toContain("titel: dit veld is leeg. Vul een tekst in.");
      expect(messages).toContain("provincie: dit veld is nog leeg. Vul het in, bijvoorbeeld 'provincie: Gelderland'.");
    }
  }, 20_000);

  it("refuses to overwrite a file", () => {
    const directory = fixtureContent();
    created.push(directory);
    const before = fs.readFileSync(path.join(directory, "gemeenten", "delft.md"), "utf8");
    const result = run(directory, "gemeente", "Delft", "--cohort", "2017");
    expect(result.status).toBe(1);
    expect(result.output).toContain("delft.md bestaat al. Er is niets overschreven.");
    expect(fs.readFileSync(path.join(directory, "gemeenten", "delft.md"), "utf8")).toBe(before);
  }, 20_000);

  it.each([
    [["gemeente", "--cohort", "2019"], "Geef de naam van de gemeente tussen aanhalingstekens."],
    [["gemeente", "Ede: Noord", "--cohort", "2019"], "bevat een teken dat niet in een naam hoort"],
    [["gemeente", "Ede"], "Geef het cohort met --cohort gevolgd door het jaar"],
    [["cohort", "volgend-jaar"], "'volgend-jaar' is geen jaartal."],
    [["stad", "Ede"], "Onbekende soort 'stad'. Kies 'gemeente' of 'cohort'."],
  ])("checks the arguments: %j", (args, message) => {
    const directory = fixtureContent();
    created.push(directory);
    const result = run(directory, ...args);
    expect(result.status).toBe(1);
    expect(result.output).toContain(message);
    expect(result.output).toContain("Gebruik:");
  }, 20_000);
});
