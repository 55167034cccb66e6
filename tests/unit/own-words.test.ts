import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { checkOwnWords, findCopiedRuns, proseOf } from "@/lib/content/copy-check";
import { loadContent } from "@/lib/content/load";
import { fixtureContentPerTest } from "./fixture-content";

const contentWith = fixtureContentPerTest();
/** A folder with one source text: a fragment of the 2017 publication that the fixture 'geplakte-zin' copies from. */
const sourcesFixture = path.resolve(import.meta.dirname, "../fixtures/bronteksten");
const PASTED = "delft wil een beweging in gang zetten die zorg en";

/** Runs npm run content:check's script as the build does; returns its exit status and all it printed. */
function contentCheck(env: Record<string, string>): { status: number; output: string } {
  try {
    const stdout = execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/check-content.ts"], {
      env: { ...process.env, ...env },
      encoding: "utf8",
      stdio: "pipe",
    });
    return { status: 0, output: stdout };
  } catch (error) {
    if (!(error instanceof Error && "status" in error && "stdout" in error && "stderr" in error)) throw error;
    return { status: Number(error.status), output: `${String(error.stdout)}${String(error.stderr)}` };
  }
}

describe("prose in our own words", () => {
  it("finds a sentence pasted from a source into a profile, and nothing in the same set without it", () => {
    const fragment = fs.readFileSync(path.join(sourcesFixture, "2017-publicatie-fragment.txt"), "utf8");
    expect(findCopiedRuns(proseOf(loadContent(contentWith("geplakte-zin"))), [fragment])).toEqual([
      { file: "gemeenten/delft.md", field: "tekst", words: PASTED },
    ]);
    expect(findCopiedRuns(proseOf(loadContent(contentWith())), [fragment])).toEqual([]);
  });

  it("does not count quotations, which are marked and attributed", () => {
    const content = loadContent(contentWith());
    const quotation = content.municipalities[0]?.citaten[0]?.tekst ?? "";
    expect(quotation.length).toBeGreaterThan(0);
    expect(
      proseOf(content)
        .map((prose) => prose.text)
        .join(" "),
    ).not.toContain(quotation);
  });

  it("names the file, the field and the copied words in Dutch, with the fix", () => {
    const directory = contentWith("geplakte-zin");
    const result = checkOwnWords(loadContent(directory), directory, sourcesFixture);
    expect(result).toEqual({
      checked: true,
      sourceCount: 1,
      problems: [
        {
          file: path.relative(process.cwd(), path.join(directory, "gemeenten/delft.md")),
          field: "tekst",
          message: `deze tekst deelt 10 woorden op een rij met een brontekst ('${PASTED}'). Schrijf het in eigen woorden, of neem het op als citaat met spreker en bron.`,
        },
      ],
    });
  });

  it("says in one line that it could not compare when the folder of source texts is absent, and passes", () => {
    const absent = path.join(os.tmpdir(), "gg-geen-bronteksten");
    const result = checkOwnWords(loadContent(contentWith("geplakte-zin")), "inhoud", absent);
    expect(result).toEqual({ checked: false, note: expect.stringContaining(absent) });
  });

  it("calls a folder without source texts a mistake rather than a pass", () => {
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), "gg-bronteksten-"));
    try {
      const result = checkOwnWords(loadContent(contentWith()), "inhoud", empty);
      expect(result.checked && result.problems.map((problem) => problem.message)).toEqual([
        expect.stringContaining("bevat geen .txt-bestanden"),
      ]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("npm run content:check fails on a copied sentence, naming the file, and passes with one line where the sources are absent", () => {
    const directory = contentWith("geplakte-zin");
    const copied = contentCheck({ CONTENT_DIR: directory, SOURCES_DIR: sourcesFixture });
    expect(copied.status).toBe(1);
    expect(copied.output).toContain(`${path.relative(process.cwd(), directory)}/gemeenten/delft.md tekst: deze tekst deelt 10 woorden`);
    expect(copied.output).toMatch(/De inhoud is niet in orde: 1 probleem in 1 bestand\.\n$/);

    const absent = contentCheck({ CONTENT_DIR: directory, SOURCES_DIR: path.join(os.tmpdir(), "gg-geen-bronteksten") });
    expect(absent.status).toBe(0);
    expect(absent.output.trim().split("\n")).toEqual([
      expect.stringMatching(/^Eigen woorden niet gecontroleerd: de map met bronteksten .* ontbreekt/),
      expect.stringMatching(/^Inhoud in orde/),
    ]);
  }, 30_000);
});
