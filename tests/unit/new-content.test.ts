import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/problems";
import { contentTemplate, createContent, NewContentError } from "@/lib/content/create-content";
import { schemaOf } from "@/lib/content/field-guide";
import { checkContentForm, readContentFile } from "@/lib/content/file-form";
import { CONTENT_FOLDERS } from "@/lib/content/schema";
import { fieldsOf } from "@/lib/content/schema-fields";
import { fixtureContent, problemsOf, removeFixtureContent } from "./fixture-content";

const created: string[] = [];
afterEach(() => {
  created.splice(0).forEach(removeFixtureContent);
});

function contentDir(): string {
  const directory = fixtureContent();
  created.push(directory);
  return directory;
}

describe("content:new", () => {
  it("creates a municipality file named after the name, from the template", () => {
    const directory = contentDir();
    const result = createContent(["gemeente", "Súdwest-Fryslân", "--cohort", "2019"], directory);
    expect(result.file).toBe(path.join(directory, "gemeenten", "sudwest-fryslan.md"));
    expect(result.messages).toContain("Let op: het cohort 2019 bestaat nog niet. Maak het aan met: npm run content:new -- cohort 2019");
    const file = fs.readFileSync(result.file, "utf8");
    expect(file).toMatch(/^---\nnaam: Súdwest-Fryslân\ncohort: 2019\n/);
    expect(file).toContain("## Wat maakt Súdwest-Fryslân goud");
  });

  it("creates a cohort file, and the new files fail the check with Dutch hints until they are filled in", () => {
    const directory = contentDir();
    createContent(["cohort", "2019"], directory);
    const municipality = createContent(["gemeente", "'s-Hertogenbosch", "--cohort", "2019"], directory);
    expect(municipality.messages.join("\n")).not.toContain("bestaat nog niet");
    expect(fs.existsSync(path.join(directory, "cohorten", "2019.md"))).toBe(true);
    expect(fs.existsSync(path.join(directory, "gemeenten", "s-hertogenbosch.md"))).toBe(true);
    try {
      loadContent(directory);
      expect.unreachable("a new, empty template must not pass the check");
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      const messages = error instanceof ContentError ? error.problems.map((problem) => `${problem.field}: ${problem.message}`) : [];
      expect(messages).toContain(`titel: dit veld is nog leeg. Vul het in, bijvoorbeeld 'titel: "Partnerschap is leidend"'.`);
      expect(messages).toContain("criteria[0].id: dit veld is nog leeg. Vul het in, bijvoorbeeld 'id: preventie-presentie'.");
      expect(messages).toContain("provincie: dit veld is nog leeg. Vul het in, bijvoorbeeld 'provincie: Gelderland'.");
    }
  });

  it("creates a theme named after its name, with no text under the header, that the check asks to describe", () => {
    const directory = contentDir();
    const result = createContent(["thema", "Wonen", "en", "zorg"], directory);
    expect(result.file).toBe(path.join(directory, "themas", "wonen-en-zorg.md"));
    expect(fs.readFileSync(result.file, "utf8")).toBe("---\nnaam: Wonen en zorg\nomschrijving:\n---\n");
    expect(problemsOf(directory)).toEqual([
      "themas/wonen-en-zorg.md:3 omschrijving: dit veld is nog leeg. Vul het in, bijvoorbeeld 'omschrijving:' met één of twee zinnen over het thema.",
    ]);
  });

  it("refuses to overwrite a file", () => {
    const directory = contentDir();
    const before = fs.readFileSync(path.join(directory, "gemeenten", "delft.md"), "utf8");
    expect(() => createContent(["gemeente", "Delft", "--cohort", "2017"], directory)).toThrow(
      /delft\.md bestaat al\. Er is niets overschreven\.$/,
    );
    expect(fs.readFileSync(path.join(directory, "gemeenten", "delft.md"), "utf8")).toBe(before);
  });

  it.each([
    [["gemeente", "--cohort", "2019"], "Geef de naam van de gemeente tussen aanhalingstekens."],
    [["gemeente", "Ede: Noord", "--cohort", "2019"], "bevat een teken dat niet in een naam hoort"],
    [["gemeente", "Ede"], "Geef het cohort met --cohort gevolgd door het jaar"],
    [["gemeente", "Ede", "--cohort"], "Geef het cohort met --cohort gevolgd door het jaar"],
    [["gemeente", "Ede", "--cohrt", "2019"], "Onbekende optie in 'gemeente Ede --cohrt 2019'. Alleen --cohort is mogelijk."],
    [["cohort", "volgend-jaar"], "'volgend-jaar' is geen jaartal."],
    [["stad", "Ede"], "Onbekende soort 'stad'. Kies 'gemeente', 'cohort' of 'thema'."],
    [["thema"], "Geef de naam van het thema tussen aanhalingstekens."],
    [[], "Zeg wat u wilt aanmaken."],
  ])("checks the arguments: %j", (args, message) => {
    const directory = contentDir();
    expect(() => createContent(args, directory)).toThrow(NewContentError);
    expect(() => createContent(args, directory)).toThrow(message);
    expect(fs.readdirSync(path.join(directory, "gemeenten"))).toEqual(["delft.md"]);
  });

  it("npm run content:new prints what it made, then refuses a second time with the usage and exit code 1, without a stack trace", () => {
    const directory = contentDir();
    const run = () =>
      spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/new-content.ts", "cohort", "2019"], {
        env: { ...process.env, CONTENT_DIR: directory },
        encoding: "utf8",
      });
    const first = run();
    expect([first.status, first.stderr]).toEqual([0, ""]);
    expect(first.stdout).toMatch(
      /^Aangemaakt: .*cohorten\/2019\.md\nVul de velden in \(uitleg per veld: docs\/redactie\.md\) en controleer met: npm run content:check\n$/,
    );
    const second = run();
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/cohorten\/2019\.md bestaat al\. Er is niets overschreven\.\n\nGebruik:\n/);
    expect(second.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);

  describe("its templates", () => {
    it.each(CONTENT_FOLDERS)("for %s are in the one form, with every required field of the schema and no other", (folder) => {
      const template = contentTemplate(folder, {});
      expect(checkContentForm(folder, template)).toEqual({ canonical: true });
      const read = readContentFile(template);
      const keys = "data" in read ? Object.keys(read.data) : [];
      expect(keys).toEqual(fieldsOf(schemaOf(folder)).flatMap((field) => (field.required ? [field.key] : [])));
    });

    it("leave every required field empty, inside objects and lists too, and fill in what they were given", () => {
      const template = contentTemplate("gemeenten", { naam: "'s-Hertogenbosch", cohort: 2019 });
      const read = readContentFile(template);
      expect("data" in read && read.data).toMatchObject({
        naam: "'s-Hertogenbosch",
        cohort: 2019,
        provincie: null,
        criteria: [{ id: null, toelichting: null }],
        bronnen: [],
      });
      // The position follows from the code: the override is not asked for.
      expect("data" in read && read.data).not.toHaveProperty("locatie");
      expect(template).toContain("## Wat maakt 's-Hertogenbosch goud");
      const criterion = readContentFile(contentTemplate("criteria", {}));
      expect("data" in criterion && criterion.data).toMatchObject({ citaat: { tekst: null, bron: null } });
    });
  });
});
