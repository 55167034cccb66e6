import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError, formatProblem, type ContentProblem } from "@/lib/content/problems";

const basis = path.resolve(import.meta.dirname, "../fixtures/content-basis");

/**
 * One file of a mistake: the valid base file `from` (by default `file` itself)
 * with each [search, replacement] applied once, written to `file`. `latin1`
 * writes the bytes an editor without UTF-8 would save.
 */
type FileEdit = { file: string; from?: string; replace?: [search: string, replacement: string][]; encoding?: "latin1" };

const DELFT = "gemeenten/delft.md";
const VIJFHEERENLANDEN = "gemeenten/vijfheerenlanden.md";
/** The base fixture's override: Delft's town hall, inside its area. */
const OVERRIDE = "locatie:\n  lat: 52.0116\n  lon: 4.3571\n";

/** Delft's profile as a municipality formed after 2017, Vijfheerenlanden, with `code` (a line, or nothing) instead of its code and its override. */
function formedLater(code: string): [string, string][] {
  return [
    ["naam: Delft\n", "naam: Vijfheerenlanden\n"],
    ["cbs_code: GM0503\n", code],
    [OVERRIDE, ""],
    ["titel: Alles draait om co-creatie", "titel: Een gemeente van 2019"],
    ["id: delft-voor-elkaar", "id: vijfheerenlanden-voor-elkaar"],
    ["naam: Delft voor Elkaar", "naam: Vijfheerenlanden voor Elkaar"],
  ];
}

/**
 * Editing mistakes as small edits of the one valid profile in
 * tests/fixtures/content-basis, so each case shows only what is wrong and a
 * change to the base profile reaches every case.
 */
export const MISTAKES = {
  "ontbrekend-veld": [{ file: DELFT, replace: [["provincie: Zuid-Holland\n", ""]] }],
  "onbekend-veld": [{ file: DELFT, replace: [["criteria:\n", "critera:\n"]] }],
  "onbekend-criterium": [{ file: DELFT, replace: [["- id: lerend-samenwerkend", "- id: preventie"]] }],
  "onbekend-cohort": [{ file: DELFT, replace: [["cohort: 2017", "cohort: 2071"]] }],
  "cohort-zonder-bestand": [{ file: DELFT, replace: [["cohort: 2017", "cohort: 2019"]] }],
  "verkeerd-type": [{ file: DELFT, replace: [["lat: 52.0116", 'lat: "52,0116"']] }],
  bestandsnaam: [
    {
      file: "gemeenten/Den Haag.md",
      from: DELFT,
      replace: [
        ["naam: Delft\n", "naam: Den Haag\n"],
        // CBS calls Den Haag 's-Gravenhage: the code is still accepted.
        ["cbs_code: GM0503", "cbs_code: GM0518"],
        ["titel: Alles draait om co-creatie", "titel: Een tweede gemeente"],
        ["naam: Delft voor Elkaar", "naam: Den Haag voor Elkaar"],
      ],
    },
  ],
  "lege-tekst": [{ file: DELFT, replace: [["## Wat maakt Delft goud\n\nEen alinea.\n", ""]] }],
  "criterium-zonder-toelichting": [{ file: DELFT, replace: [["    toelichting: Een toelichting.\n", ""]] }],
  "citaat-zonder-spreker": [{ file: DELFT, replace: [["    spreker: Elke Louwers\n", ""]] }],
  "spreker-onbekend": [{ file: DELFT, replace: [["spreker: Elke Louwers", "spreker: Elke Louwer"]] }],
  "ongeldig-webadres": [{ file: DELFT, replace: [["url: https://www.kwadraad.nl/", "url: www.kwadraad.nl"]] }],
  "onbekende-bron": [{ file: DELFT, replace: [["bronnen:\n  - 2017-publicatie\n", "bronnen:\n  - 2017-publicatie\n  - 2017-verslag\n"]] }],
  "dubbel-anker": [
    {
      file: DELFT,
      replace: [
        [
          "      - burgerinitiatief\n",
          "      - burgerinitiatief\n  - id: delft-voor-elkaar\n    naam: De Toegang\n    beschrijving: Een netwerkorganisatie.\n    themas:\n      - burgerinitiatief\n",
        ],
      ],
    },
  ],
  "gereserveerd-anker": [{ file: DELFT, replace: [["- id: delft-voor-elkaar", "- id: bronnen"]] }],
  "controle-in-de-toekomst": [{ file: DELFT, replace: [["datum: 2025-03-14", "datum: 2999-03-14"]] }],
  "controle-verkeerde-datum": [{ file: DELFT, replace: [["datum: 2025-03-14", "datum: 14-03-2025"]] }],
  "controle-zonder-wijziging": [{ file: DELFT, replace: [["wijziging: Een testwijziging.", 'wijziging: ""']] }],
  "geen-datum": [{ file: "cohorten/2017.md", replace: [["datum: 2017-06-01", "datum: juni 2017"]] }],
  "geen-utf8": [
    {
      file: DELFT,
      replace: [["samenvatting: Een gemeente om mee te testen.", "samenvatting: Een gemeente met een café om mee te testen."]],
      encoding: "latin1",
    },
  ],
  "dubbele-naam": [{ file: "gemeenten/delft-kopie.md", from: DELFT }],
  "yaml-tab": [{ file: DELFT, replace: [["  lat: 52.0116", "\tlat: 52.0116"]] }],
  "yaml-aanhalingsteken": [{ file: DELFT, replace: [["titel: Alles draait om co-creatie", 'titel: "Alles draait om co-creatie']] }],
  "buiten-nederland": [
    {
      file: DELFT,
      replace: [
        ["lat: 52.0116", "lat: 48.8566"],
        ["lon: 4.3571", "lon: 2.3522"],
      ],
    },
  ],
  "dubbel-criterium": [
    {
      file: DELFT,
      replace: [
        [
          "    toelichting: Een toelichting.\n",
          "    toelichting: Een toelichting.\n  - id: lerend-samenwerkend\n    toelichting: Nog eens.\n",
        ],
      ],
    },
  ],
  "anker-van-een-criterium": [{ file: DELFT, replace: [["- id: delft-voor-elkaar", "- id: criterium-lerend-samenwerkend"]] }],
  "anker-van-de-kop": [{ file: DELFT, replace: [["- id: delft-voor-elkaar", "- id: site-zoekterm"]] }],
  "voorbeeld-zonder-naam": [{ file: DELFT, replace: [["    naam: Delft voor Elkaar\n", ""]] }],
  "cbs-code-ontbreekt": [{ file: DELFT, replace: [["cbs_code: GM0503\n", ""]] }],
  "cbs-code-van-een-andere-gemeente": [{ file: DELFT, replace: [["cbs_code: GM0503", "cbs_code: GM0228"]] }],
  "cbs-code-verkeerde-vorm": [{ file: DELFT, replace: [["cbs_code: GM0503", "cbs_code: GM503"]] }],
  "gemeente-van-na-2017": [{ file: VIJFHEERENLANDEN, from: DELFT, replace: formedLater("cbs_code_2025: GM1961\n") }],
  "cbs-code-2025-bestaat-niet": [{ file: VIJFHEERENLANDEN, from: DELFT, replace: formedLater("cbs_code_2025: GM9999\n") }],
  "cbs-code-2025-van-een-gemeente-van-2017": [{ file: DELFT, replace: [["cbs_code: GM0503", "cbs_code_2025: GM0503"]] }],
  "cbs-code-2025-naast-cbs-code": [{ file: DELFT, replace: [["cbs_code: GM0503\n", "cbs_code: GM0503\ncbs_code_2025: GM0503\n"]] }],
  "zonder-code-en-locatie": [{ file: VIJFHEERENLANDEN, from: DELFT, replace: formedLater("") }],
  "cbs-code-bestaat-niet": [{ file: DELFT, replace: [["cbs_code: GM0503", "cbs_code: GM9999"]] }],
  "criterium-zonder-gemeente": [
    { file: DELFT, replace: [["  - id: preventie-presentie\n    toelichting: Een tweede toelichting.\n", ""]] },
  ],
  "zonder-bron": [{ file: DELFT, replace: [["bronnen:\n  - 2017-publicatie\n", "bronnen: []\n"]] }],
  "jaar-past-niet-bij-bestand": [{ file: "cohorten/2017.md", replace: [["jaar: 2017", "jaar: 2018"]] }],
  "dubbele-volgorde": [{ file: "criteria/preventie-presentie.md", replace: [["volgorde: 2", "volgorde: 1"]] }],
  "thema-zonder-naam": [{ file: "themas/wonen.md", replace: [["naam: Wonen\n", ""]] }],
  "onbekend-thema": [{ file: DELFT, replace: [["      - burgerinitiatief\n", "      - woningbouw\n"]] }],
  "dubbele-themanaam": [{ file: "themas/samenleven.md", from: "themas/wonen.md" }],
  "thema-met-tekst": [
    { file: "themas/wonen.md", replace: [["volgorde: 1\n---\n", "volgorde: 1\n---\n\nEen tekst die hier niet hoort.\n"]] },
  ],
  "voorbeeld-id-met-spaties": [{ file: DELFT, replace: [["- id: delft-voor-elkaar", "- id: Delft voor Elkaar"]] }],
  // Not mistakes: a profile placed by its code alone, and an override in Utrecht, which the content check only warns about.
  "zonder-locatie": [{ file: DELFT, replace: [[OVERRIDE, ""]] }],
  "locatie-buiten-gebied": [{ file: DELFT, replace: [["lat: 52.0116\n  lon: 4.3571", "lat: 52.0907\n  lon: 5.1214"]] }],
  // Not validation mistakes: prose the copy check and the Markdown renderer must catch.
  "geplakte-zin": [
    {
      file: DELFT,
      replace: [
        [
          "Een alinea.\n",
          "Een alinea.\n\nDelft wil een beweging in gang zetten die zorg en ondersteuning beter, sneller, eerder en lichter maakt.\n",
        ],
      ],
    },
  ],
  "onveilige-tekst": [
    {
      file: DELFT,
      replace: [
        [
          "Een alinea.\n",
          `Een alinea.\n\n<script>alert("script")</script>\n\n<img src="x.png" alt="plaatje" onerror="alert('onerror')">\n\n[Klik hier](javascript:alert('link'))\n`,
        ],
      ],
    },
  ],
} satisfies Record<string, FileEdit[]>;

export type Mistake = keyof typeof MISTAKES;

/**
 * A temporary content set: the valid base fixture with the edits of one or
 * more mistakes applied.
 */
export function fixtureContent(...mistakes: Mistake[]): string {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), "gg-inhoud-"));
  fs.cpSync(basis, directory, { recursive: true });
  for (const mistake of mistakes) {
    for (const edit of MISTAKES[mistake] as FileEdit[]) applyEdit(directory, mistake, edit);
  }
  return directory;
}

function applyEdit(directory: string, mistake: string, { file, from = file, replace = [], encoding }: FileEdit): void {
  let text = fs.readFileSync(path.join(basis, from), "utf8");
  for (const [search, replacement] of replace) {
    // Exactly once: a search that no longer matches the base file would otherwise leave a valid file and a misleading case.
    const count = text.split(search).length - 1;
    if (count !== 1) throw new Error(`fixture '${mistake}': '${search}' staat ${count} keer in ${from}, verwacht precies 1 keer`);
    text = text.replace(search, () => replacement);
  }
  fs.writeFileSync(path.join(directory, file), encoding === "latin1" ? Buffer.from(text, "latin1") : text);
}

/** The warnings loading a content set reports, with paths relative to that set. */
export function warningsOf(contentDir: string): string[] {
  const warnings: ContentProblem[] = [];
  loadContent(contentDir, warnings);
  return warnings.map((warning) => relative(warning, contentDir));
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

/**
 * For a test file: a function that makes a fixture content set with the given
 * mistakes, each removed again after the test that made it.
 */
export function fixtureContentPerTest(): (...mistakes: Mistake[]) => string {
  const created: string[] = [];
  afterEach(() => {
    created.splice(0).forEach(removeFixtureContent);
  });
  return (...mistakes) => {
    const directory = fixtureContent(...mistakes);
    created.push(directory);
    return directory;
  };
}
