import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import { describeContentChanges, type ContentData, type ContentFiles } from "@/lib/cms/content-diff";

// What an editor's pull request changed, as a reviewer reads it (npm run content:diff), on made-up entries.

const PROFILE = "content/gemeenten/aaldijk.md";
const profile = (changes: Record<string, unknown> = {}, body = "Over Aaldijk.\n"): ContentData => ({
  data: {
    naam: "Aaldijk",
    cohort: 2017,
    provincie: "Gelderland",
    locatie: { lat: 52.1, lon: 5.9 },
    titel: "Samen sterk",
    samenvatting: "Een gemeente om mee te testen.",
    criteria: [{ id: "lerend-samenwerkend", toelichting: "Een toelichting." }],
    voorbeelden: [
      { id: "de-kom", naam: "De Kom", beschrijving: "Een buurthuis.", themas: ["jeugd"] },
      { id: "de-brug", naam: "De Brug", beschrijving: "Een loket.", themas: ["wonen"] },
    ],
    bronnen: ["2017-publicatie"],
    ...changes,
  },
  body,
});
const files = (...entries: [string, ContentData][]): ContentFiles => new Map(entries);
const changesOf = (before: ContentData, after: ContentData) => describeContentChanges(files([PROFILE, before]), files([PROFILE, after]));

describe("describeContentChanges", () => {
  it("says nothing when nothing changed", () => {
    expect(changesOf(profile(), profile())).toEqual([]);
  });

  it("gives a changed title with its old and new value, a line for the one change", () => {
    expect(changesOf(profile(), profile({ titel: "Samen nog sterker" }))).toEqual([
      "Aaldijk: titel gewijzigd van “Samen sterk” in “Samen nog sterker”",
    ]);
  });

  it("names a new entry as the editor's list shows it, and a removed one", () => {
    const newcomer = profile({ naam: "Súdwest-Fryslân", cohort: 2019 });
    expect(
      describeContentChanges(files([PROFILE, profile()]), files([PROFILE, profile()], ["content/gemeenten/sudwest-fryslan.md", newcomer])),
    ).toEqual(["Nieuw: gemeente Súdwest-Fryslân (cohort 2019)"]);
    expect(describeContentChanges(files([PROFILE, profile()]), files())).toEqual(["Verwijderd: gemeente Aaldijk (cohort 2017)"]);
  });

  it("tells the items of a list by their name: removed, added, and a field of one changed", () => {
    const [, brug] = profile().data.voorbeelden as Record<string, unknown>[];
    const after = profile({
      voorbeelden: [
        { ...brug, beschrijving: "Een loket voor iedereen." },
        { id: "het-plein", naam: "Het Plein", beschrijving: "Een plein.", themas: [] },
      ],
    });
    expect(changesOf(profile(), after)).toEqual([
      "Aaldijk: voorbeelden uit de praktijk: 'De Kom' verwijderd",
      "Aaldijk: voorbeelden uit de praktijk: 'De Brug', beschrijving gewijzigd van “Een loket.” in “Een loket voor iedereen.”",
      "Aaldijk: voorbeelden uit de praktijk: 'Het Plein' toegevoegd",
    ]);
  });

  it("says when only the order of a list changed", () => {
    const [kom, brug] = profile().data.voorbeelden as unknown[];
    expect(changesOf(profile(), profile({ voorbeelden: [brug, kom] }))).toEqual([
      "Aaldijk: voorbeelden uit de praktijk: volgorde gewijzigd",
    ]);
  });

  it("gives a field inside a group, an added field, a long text and the body without quoting them", () => {
    const long = "Een lange samenvatting. ".repeat(5);
    const after = profile({ locatie: { lat: 52.2, lon: 5.9 }, cbs_code: "GM0001", samenvatting: long }, "Over Aaldijk, herschreven.\n");
    expect(changesOf(profile(), after)).toEqual([
      "Aaldijk: cbs-gemeentecode (2017) toegevoegd: “GM0001”",
      "Aaldijk: locatie van de marker, breedtegraad gewijzigd van 52.1 in 52.2",
      "Aaldijk: samenvatting gewijzigd",
      "Aaldijk: tekst gewijzigd",
    ]);
  });
});

describe("npm run content:diff", () => {
  const repo = fs.mkdtempSync(path.join(os.tmpdir(), "gg-content-diff-"));
  afterAll(() => fs.rmSync(repo, { recursive: true, force: true }));
  const git = (...args: string[]) => execFileSync("git", args, { cwd: repo, stdio: "ignore" });
  const contentDiff = (...args: string[]) =>
    spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/content-diff.ts"), ...args], {
      cwd: repo,
      encoding: "utf8",
    });

  fs.cpSync("tests/fixtures/content-basis", path.join(repo, "content"), { recursive: true });
  git("init", "--initial-branch=main");
  git("-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "add", "--all");
  git("-c", "user.name=Test", "-c", "user.email=test@example.org", "-c", "commit.gpgsign=false", "commit", "--message", "Inhoud");

  it("summarises an edit of the working tree against a revision, in Dutch", () => {
    const file = path.join(repo, "content", "gemeenten", "delft.md");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("titel: Alles draait om co-creatie", "titel: Samen maken"));
    const result = contentDiff("main");
    expect(result.stdout).toBe(
      "## Wijzigingen in de inhoud (main → werkmap)\n\n- Delft: titel gewijzigd van “Alles draait om co-creatie” in “Samen maken”\n",
    );
    expect(result.status).toBe(0);
  });

  it("refuses an unknown revision or none with its usage, in Dutch, without a stack trace", () => {
    for (const args of [["bestaat-niet"], []]) {
      const result = contentDiff(...args);
      expect(result.status).toBe(1);
      expect(result.stderr).toMatch(/^content:diff: .*Gebruik: npm run content:diff -- <basis> \[<nieuw>\]/);
      expect(result.stderr).not.toContain("    at ");
    }
  });
});
