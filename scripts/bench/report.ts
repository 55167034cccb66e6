/** The benchmark's report: tables in Dutch on the console, and everything in results.json. */
import fs from "node:fs";
import { count, kb, withSpread } from "./figures";
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS } from "./lighthouse";
import type { BenchResults } from "./results";
import { TARGETS, type Outcome } from "./targets";

type Cell = string | number;

/** A plain table with aligned columns; numbers align to the right. */
function table(headers: readonly string[], rows: readonly (readonly Cell[])[]): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => String(row[column] ?? "").length)));
  const line = (cells: readonly Cell[]) =>
    cells
      .map((cell, column) => (typeof cell === "number" ? String(cell).padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0)))
      .join("  ")
      .trimEnd();
  return [line(headers), widths.map((width) => "-".repeat(width)).join("  "), ...rows.map(line)].join("\n");
}

const yesNo = (value: boolean) => (value ? "ja" : "nee");
const fileName = (file: string) => file.replace(/^\/js\//, "");

export type JudgedTarget = { target: string; outcomes: Outcome[] };

export function judgeTargets(results: BenchResults): JudgedTarget[] {
  return TARGETS.map((target) => ({ target: target.text, outcomes: target.judge(results) }));
}

export function printReport(results: BenchResults, judged: readonly JudgedTarget[]): void {
  const { weights, html, build, filterClick, lighthouse } = results;

  console.log("\nPaginagewicht in Chromium (KB van 1.024 bytes; gz = gzip; script = de eigen scripts, Pagefind apart)");
  console.log(
    table(
      ["pagina", "soort", "HTML", "HTML gz", "script gz", "Pagefind gz", "/_next/", "__next_f", "CSS", "fonts"],
      weights.map((weight) => [
        `${weight.name} ${weight.path}`,
        weight.kind,
        kb(weight.html),
        kb(weight.htmlGzip),
        kb(weight.scriptGzip),
        weight.pagefind.files.length ? kb(weight.pagefind.gzip) : "-",
        yesNo(weight.nextScripts.length > 0),
        yesNo(weight.nextFlight),
        kb(weight.css),
        kb(weight.fonts),
      ]),
    ),
  );
  console.log("\nScripts per pagina (KB gz)");
  for (const weight of weights) {
    const own = weight.scripts.map((file) => `${fileName(file.path)} ${kb(file.gzip)}`).join(", ") || "geen";
    const pagefind = weight.pagefind.files.length
      ? `; Pagefind apart: ${weight.pagefind.files.length} bestanden, ${kb(weight.pagefind.gzip)} gz, waarvan script ${kb(weight.pagefind.scriptGzip)}`
      : "";
    console.log(`  ${weight.path}: ${own}${pagefind}`);
  }

  console.log(`\nHTML van elke pagina (${html.length}, gebouwd met de echte inhoud), grootste eerst; * = lijst van alles, zonder grens`);
  console.log(
    table(
      ["pagina", "HTML", "HTML gz"],
      html
        .toSorted((a, b) => b.gzip - a.gzip)
        .map((page) => [`${page.path}${page.listsEverything ? " *" : ""}`, kb(page.bytes), kb(page.gzip)]),
    ),
  );

  console.log(
    `\nBouwtijd: echte inhoud ${build.realSeconds.toFixed(1)} s; met ${count(build.generated)} extra profielen ${build.generatedSeconds.toFixed(1)} s; ${build.perProfileMs.toFixed(1)} ms per extra profiel; met een tweede voorbeeld in elk ${build.moreExamplesSeconds.toFixed(1)} s, ${build.perExampleMs.toFixed(1)} ms per extra voorbeeld`,
  );
  console.log(
    `Filterklik (cohort ${filterClick.cohort}) tot het beeld met de bijgewerkte lijst (${count(filterClick.profiles)} profielen): mediaan ${Math.round(filterClick.medianMs)} ms (klikken: ${filterClick.runs.map((ms) => Math.round(ms)).join(", ")})`,
  );

  if (lighthouse) {
    console.log(`\nLighthouse (mobiel), mediaan van ${LIGHTHOUSE_RUNS} runs (laagste–hoogste); TBT = total blocking time`);
    console.log(
      table(
        ["pagina", ...LIGHTHOUSE_CATEGORIES, "TBT"],
        weights.map((weight) => {
          const runs = lighthouse[weight.path] ?? [];
          return [
            `${weight.name} ${weight.path}`,
            ...LIGHTHOUSE_CATEGORIES.map((category) => withSpread(runs.map((run) => run.scores[category]))),
            withSpread(
              runs.map((run) => run.totalBlockingTimeMs),
              " ms",
            ),
          ];
        }),
      ),
    );
  } else {
    console.log("\nLighthouse: overgeslagen (--skip-lighthouse)");
  }

  console.log("\nDoelen (docs/benchmark.md)");
  console.log(
    table(
      ["doel", "waarvan", "meting", "gehaald"],
      judged.flatMap(({ target, outcomes }) =>
        outcomes.map((outcome, index) => [
          index === 0 ? target : "",
          outcome.subject,
          outcome.figure,
          outcome.met === undefined ? "-" : yesNo(outcome.met),
        ]),
      ),
    ),
  );
  const all = judged.flatMap(({ outcomes }) => outcomes).filter((outcome) => outcome.met !== undefined);
  console.log(`\n${all.filter((outcome) => outcome.met).length} van ${all.length} gehaald.`);
}

export function writeResults(file: string, results: BenchResults, judged: readonly JudgedTarget[]): void {
  fs.writeFileSync(file, `${JSON.stringify({ ...results, targets: judged }, null, 2)}\n`);
  console.log(`Geschreven: ${file}`);
}
