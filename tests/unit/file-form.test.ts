import fs from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { describe, expect, it } from "vitest";
import { decapFileFormat } from "@/lib/cms/file-format";
import { checkContentForm } from "@/lib/content/file-form";
import { checkContentFiles, formatContentFiles, formProblems } from "@/lib/content/format-files";
import { loadContent } from "@/lib/content/load";
import { CONTENT_FOLDERS } from "@/lib/content/schema";
import { fixtureContentPerTest } from "./fixture-content";

const contentWith = fixtureContentPerTest();

/** Every content file of the site and of the test fixtures, with its folder. */
function allContentFiles(): { file: string; folder: (typeof CONTENT_FOLDERS)[number] }[] {
  const sets = [path.resolve("content"), ...fs.readdirSync("tests/fixtures").map((name) => path.resolve("tests/fixtures", name))];
  return sets.flatMap((set) =>
    CONTENT_FOLDERS.flatMap((folder) => {
      const directory = path.join(set, folder);
      if (!fs.existsSync(directory)) return [];
      return fs.readdirSync(directory).map((name) => ({ file: path.relative(process.cwd(), path.join(directory, name)), folder }));
    }),
  );
}

describe("every content file, the site's and the fixtures'", () => {
  const files = allContentFiles();

  it("is found", () => {
    expect(files.map(({ folder }) => folder)).toEqual(expect.arrayContaining([...CONTENT_FOLDERS]));
  });

  it.each(files)("$file comes back byte for byte when the editor opens and saves it", ({ file, folder }) => {
    const text = fs.readFileSync(file, "utf8");
    const format = decapFileFormat(folder);
    expect(format.toFile(format.fromFile(text))).toBe(text);
    expect(checkContentForm(folder, text)).toEqual({ canonical: true });
  });
});

const DELFT = "gemeenten/delft.md";

/** Real mistakes of a text editor, each applied to the base fixture's profile. */
const MISTAKES: [name: string, edit: (text: string) => string, reason: string][] = [
  ["Windows line ends", (text) => text.replaceAll("\n", "\r\n"), "Windows-regeleinden (CRLF)"],
  ["a byte-order mark", (text) => `\uFEFF${text}`, "byte-order mark"],
  [
    "tabs, in the header and before a list item's text",
    (text) =>
      text
        .replace("provincie: Zuid-Holland", "provincie:\tZuid-Holland")
        .replace("Een alinea.", "Een alinea.\n\n-\tpunt één\n-\tpunt twee"),
    "er staan tabs op regels 4, 48, 49",
  ],
  [
    "spaces at the end of lines, one of them a line break",
    (text) =>
      text
        .replace("titel: Alles draait om co-creatie", "titel: Alles draait om co-creatie  ")
        .replace("Een alinea.", "Een regel  \nen de volgende. "),
    "er staan spaties aan het eind van regels 9, 46, 47",
  ],
  [
    "fields in another order, at the top and inside an object",
    (text) =>
      text
        .replace("naam: Delft\ncohort: 2017\n", "cohort: 2017\nnaam: Delft\n")
        .replace("  lat: 52.0116\n  lon: 4.3571\n", "  lon: 4.3571\n  lat: 52.0116\n"),
    "het veld naam hoort vóór cohort te staan",
  ],
  [
    "a field inside a list item in another order",
    (text) => text.replace("  - naam: Elke Louwers\n    rol: programmamanager\n", "  - rol: programmamanager\n    naam: Elke Louwers\n"),
    "het veld personen[0].naam hoort vóór personen[0].rol te staan",
  ],
  [
    "a comment",
    (text) => text.replace("cohort: 2017\n", "cohort: 2017 # het eerste jaar\n# nog nakijken\n"),
    "er staat uitleg na # op regels 3, 4",
  ],
  [
    "a quoted title and a list between brackets",
    (text) =>
      text
        .replace("titel: Alles draait om co-creatie", 'titel: "Alles draait om co-creatie"')
        .replace("bronnen:\n  - 2017-publicatie\n", "bronnen: [2017-publicatie]\n"),
    "de opmaak van de YAML-kop",
  ],
];

describe("a file with a mistake of form", () => {
  it.each(MISTAKES)("(%s) is named by the check with the fix, and content:format fixes it without changing its data", (_, edit, reason) => {
    const directory = contentWith();
    const file = path.join(directory, DELFT);
    const base = fs.readFileSync(file, "utf8");
    const baseData = loadContent(directory);
    fs.writeFileSync(file, edit(base));
    const before = loadContent(directory);

    const [problem, ...others] = formProblems(checkContentFiles(directory));
    expect(others).toEqual([]);
    expect(problem?.file).toBe(path.relative(process.cwd(), file));
    expect(problem?.message).toContain(reason);
    expect(problem?.message).toMatch(
      /^het bestand staat niet in de vaste vorm die ook de editor schrijft: .*\. Herstel het met: npm run content:format \(de gegevens blijven gelijk\)\.$/,
    );

    const result = formatContentFiles(directory);
    expect(result.rewritten.map(({ file: rewritten }) => rewritten)).toEqual([path.relative(process.cwd(), file)]);
    expect(result.unreadable).toEqual([]);
    expect(formProblems(checkContentFiles(directory))).toEqual([]);
    expect(loadContent(directory)).toEqual(before);
    // A mistake of form alone, with the same data as the base file, gives back the base file itself.
    if (isDeepStrictEqual(before, baseData)) expect(fs.readFileSync(file, "utf8")).toBe(base);
  });

  it("that is a line break of two spaces keeps its line break", () => {
    const directory = contentWith();
    const file = path.join(directory, DELFT);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("Een alinea.", "Een regel  \nen de volgende."));
    const html = () => loadContent(directory).municipalities[0]?.html;
    const before = html();
    expect(before).toContain("<br>");
    formatContentFiles(directory);
    expect(fs.readFileSync(file, "utf8")).toContain("Een regel\\\nen de volgende.\n");
    expect(html()).toBe(before);
  });
});

describe("a file content:format cannot read", () => {
  it.each([
    [
      "a quote that does not close",
      (text: string) => text.replace("titel: Alles draait om co-creatie", 'titel: "Alles draait om co-creatie'),
      9,
      "de YAML-kop is onleesbaar: er ontbreekt een teken",
    ],
    [
      "a header that does not close",
      (text: string) => text.replace("\n---\n\n## Wat", "\n\n## Wat"),
      1,
      "de YAML-kop ontbreekt of sluit niet af",
    ],
  ])("(%s) is left untouched and named with the line and what is wrong, in Dutch", (_, edit, line, message) => {
    const directory = contentWith();
    const file = path.join(directory, DELFT);
    fs.writeFileSync(file, edit(fs.readFileSync(file, "utf8")).replaceAll("\n", "\r\n"));
    const bytes = fs.readFileSync(file);
    const result = formatContentFiles(directory);
    expect(result.rewritten).toEqual([]);
    expect(result.unreadable).toEqual([{ file: path.relative(process.cwd(), file), line, message: expect.stringContaining(message) }]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });

  it("(not UTF-8) is left untouched, so that its letters are not lost", () => {
    const directory = contentWith("geen-utf8");
    const file = path.join(directory, DELFT);
    const bytes = fs.readFileSync(file);
    const result = formatContentFiles(directory);
    expect(result.unreadable.map((problem) => problem.message)).toEqual([expect.stringContaining("niet als UTF-8 opgeslagen")]);
    expect(fs.readFileSync(file).equals(bytes)).toBe(true);
  });
});
