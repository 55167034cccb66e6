/**
 * npm test: every check, each an npm script of its own, and a table of how
 * long each took. Steps in one stage run side by side: the two parts of lint
 * and typecheck each keep one core busy, so on two cores they take little more
 * than the time of the longest.
 * The first stage that fails ends the run (as `&&` would), after its table.
 *
 *   npm test                         everything, as CI runs it
 *   npm test -- --from build         from a step on, when the earlier ones passed already
 */
import { spawn } from "node:child_process";
import { missingChromium } from "./chromium";
import { scriptOptions } from "./command-line";

type Step = {
  /** The npm script. */
  script: string;
  env?: Record<string, string>;
  /**
   * A build, told (TYPES_CHECKED=1, next.config.ts) not to check the types again when typecheck ran before it in this
   * run: each build's own check cost 7 to 15 s. With --from a later step, the build checks them itself.
   */
  typesCheckedBefore?: true;
};

const STAGES: Step[][] = [
  // npm run lint in its two parts (ESLint; Prettier and actionlint), beside the type check: each keeps one core busy.
  [{ script: "lint:code" }, { script: "lint:form" }, { script: "typecheck" }],
  [{ script: "test:unit" }],
  // The statements and every profile's "Klopt er iets niet?" use the contact address; the browser tests check that.
  // The builds run one after the other: both write public/ and next-env.d.ts, and each keeps more than a core busy
  // (beside the unit tests, the variant took 63 s instead of about 31).
  [{ script: "build", env: { CONTACT_EMAIL: "redactie@example.nl" }, typesCheckedBefore: true }],
  [{ script: "build:variant", typesCheckedBefore: true }],
  [{ script: "test:site" }],
  [{ script: "test:e2e" }],
];
const SCRIPTS = STAGES.flat().map((step) => step.script);

const { from } = scriptOptions("run-tests", `[--from ${SCRIPTS.join("|")}]`, { from: { type: "string" } });
if (from !== undefined && !SCRIPTS.includes(from)) throw new Error(`run-tests: onbekende stap ${from}. Kies uit: ${SCRIPTS.join(", ")}`);
const firstStage = from === undefined ? 0 : STAGES.findIndex((stage) => stage.some((step) => step.script === from));
// The browser tests come last: a missing browser is said before minutes of other steps, not after.
const chromiumProblem = missingChromium();
if (chromiumProblem) {
  console.error(chromiumProblem);
  process.exit(1);
}

const typecheckRuns = STAGES.slice(firstStage).some((stage) => stage.some((step) => step.script === "typecheck"));

type Outcome = { script: string; seconds: number; passed: boolean; alongside: string[] };

/** Runs one npm script; beside another, its output is held back and printed whole when it ends, so the two never interleave. */
function run(step: Step, alone: boolean): Promise<Omit<Outcome, "alongside">> {
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn("npm", ["run", "--silent", step.script], {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        ...step.env,
        ...(step.typesCheckedBefore && typecheckRuns ? { TYPES_CHECKED: "1" } : {}),
      },
      stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"],
    });
    const output: Buffer[] = [];
    child.stdout?.on("data", (chunk: Buffer) => output.push(chunk));
    child.stderr?.on("data", (chunk: Buffer) => output.push(chunk));
    child.on("close", (code) => {
      if (!alone) process.stdout.write(Buffer.concat(output));
      resolve({ script: step.script, seconds: (performance.now() - started) / 1000, passed: code === 0 });
    });
  });
}

function table(outcomes: Outcome[], totalSeconds: number): string {
  const width = Math.max(...SCRIPTS.map((script) => script.length), "totaal".length);
  const row = (name: string, seconds: number, note = "") => `${name.padEnd(width)}  ${`${Math.round(seconds)} s`.padStart(6)}${note}`;
  return [
    `${"stap".padEnd(width)}  ${"duur".padStart(6)}`,
    ...outcomes.map(({ script, seconds, passed, alongside }) =>
      row(script, seconds, `${passed ? "" : "  MISLUKT"}${alongside.length > 0 ? `  (naast ${alongside.join(", ")})` : ""}`),
    ),
    row("totaal", totalSeconds),
  ].join("\n");
}

const started = performance.now();
const outcomes: Outcome[] = [];
for (const stage of STAGES.slice(firstStage)) {
  const results = await Promise.all(stage.map((step) => run(step, stage.length === 1)));
  const scripts = results.map((result) => result.script);
  outcomes.push(...results.map((result) => ({ ...result, alongside: scripts.filter((script) => script !== result.script) })));
  if (results.some((result) => !result.passed)) break;
}
console.log(`\n${table(outcomes, (performance.now() - started) / 1000)}`);
const failed = outcomes.filter((outcome) => !outcome.passed).map((outcome) => outcome.script);
if (failed.length > 0) {
  console.error(`\nnpm test mislukt bij ${failed.join(" en ")}; de uitvoer van die stap staat hierboven.`);
  process.exitCode = 1;
}
