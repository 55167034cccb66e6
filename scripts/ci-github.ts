/**
 * npm run ci:github — tries the GitHub workflows as GitHub runs them, before
 * a pull request finds out: each scenario in its own copy of the project in
 * the system's temp folder (the files Git tracks plus the untracked ones it
 * does not ignore, so uncommitted work is tried too), with no ../shared
 * beside it, as on GitHub. The steps come from .github/workflows/check.yml
 * and deploy.yml themselves, in file order, each through `bash -e -c` with
 * the environment GitHub gives it.
 *
 *   npm run ci:github                                  every scenario
 *   npm run ci:github -- --scenario huidig             one (repeat --scenario for more)
 *   npm run ci:github -- --scenario deploy --verbose   every step's output as it runs
 *
 * Scenarios: huidig (today's content passes check.yml), redactiewijzigingen
 * (valid editors' changes pass check.yml, all at once, and each on its own
 * passes the content check and the unit tests), ongeldig (a profile naming a
 * cohort that does not exist fails check.yml at the content check, naming
 * the file in Dutch) and deploy (deploy.yml's build with an owner's
 * repository variables and what configure-pages reports writes out/).
 */
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { scriptOptions } from "./command-line";
import { evaluateEnv, evaluateTemplate, planJob, type ExpressionContext, type PlannedStep } from "./github-workflow";
import { readContentFile, writeContentFile, type HeaderFields } from "../lib/content/file-form";

const PROJECT = path.resolve(import.meta.dirname, "..");
/** The folder name of the copy: GitHub checks out into a folder named after the repository. */
const COPY_NAME = "gouden-gemeenten";
const REPOSITORY = "voorbeeld/gouden-gemeenten";
/** The number of the pull request the imitated pull_request events are about. */
const PULL_REQUEST_NUMBER = 7;

/** What an owner sets as repository variables (docs/hosting.md, "Owner settings"). */
const OWNER_VARIABLES = {
  SITE_URL: "https://www.example.nl",
  SITE_PUBLISHER: "Stichting Voorbeeld",
  CONTACT_EMAIL: "redactie@example.nl",
  DATA_LICENSE: "CC-BY-4.0",
};

/** What actions/configure-pages reports for a project site of REPOSITORY. */
const PAGES_OUTPUTS = {
  base_url: "https://voorbeeld.github.io/gouden-gemeenten",
  origin: "https://voorbeeld.github.io",
  host: "voorbeeld.github.io",
  base_path: "/gouden-gemeenten",
};

const SCENARIOS = ["huidig", "redactiewijzigingen", "ongeldig", "deploy"] as const;
type ScenarioName = (typeof SCENARIOS)[number];

const options = scriptOptions("ci-github", `[--scenario ${SCENARIOS.join("|")}]… [--verbose]`, {
  scenario: { type: "string", multiple: true },
  verbose: { type: "boolean" },
});
const unknownScenarios = (options.scenario ?? []).filter((name) => !(SCENARIOS as readonly string[]).includes(name));
if (unknownScenarios.length > 0) {
  throw new Error(`ci-github: onbekend scenario ${unknownScenarios.join(", ")}. Kies uit: ${SCENARIOS.join(", ")}`);
}
const chosen = SCENARIOS.filter((name) => !options.scenario || options.scenario.includes(name));

// ---------------------------------------------------------------------------
// Content changes, applied to whatever content the copy has: files are picked by what they contain, never by name.

type ContentChange = { label: string; apply: (copy: string) => string };

const relative = (copy: string, file: string) => path.relative(copy, file).split(path.sep).join("/");

function contentFiles(copy: string, folder: string): string[] {
  const directory = path.join(copy, "content", folder);
  return fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => path.join(directory, name));
}

/** A profile's header as data and its body, read as the editor reads them. */
function readProfile(file: string): { data: HeaderFields; body: string } {
  const read = readContentFile(fs.readFileSync(file, "utf8"));
  if ("problem" in read) throw new Error(`${file}: ${read.problem.message}`);
  return read;
}

/** Edits a profile as the browser editor saves one: its data changed, the file written in the one form. */
function editProfile(file: string, edit: (data: HeaderFields) => void): void {
  const { data, body } = readProfile(file);
  edit(data);
  fs.writeFileSync(file, writeContentFile("gemeenten", data, body));
}

/** The first profile (by file name) whose data passes the test. */
function profileWhere(copy: string, what: string, test: (data: HeaderFields) => boolean): string {
  const file = contentFiles(copy, "gemeenten").find((candidate) => test(readProfile(candidate).data));
  if (!file) throw new Error(`geen profiel in content/gemeenten ${what}`);
  return file;
}

/** Lays a fixture folder (tests/fixtures/<name>, in the copy) over content/, as scripts/build-variant.ts does. */
function overlay(copy: string, fixture: string): string[] {
  const from = path.join(copy, "tests/fixtures", fixture);
  fs.cpSync(from, path.join(copy, "content"), { recursive: true });
  return fs.readdirSync(from, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md"));
}

const cohort2019: ContentChange = {
  label: "cohort 2019",
  apply: (copy) => `tests/fixtures/cohort-2019 over content/ gelegd: ${overlay(copy, "cohort-2019").join(", ")}`,
};

const newTitle: ContentChange = {
  label: "nieuwe titel",
  apply: (copy) => {
    const file = profileWhere(copy, "met een titel", (data) => typeof data.titel === "string");
    let old = "";
    editProfile(file, (data) => {
      old = String(data.titel);
      data.titel = `${old}: bijgewerkt door de redactie`;
    });
    return `${relative(copy, file)}: titel '${old}' aangepast`;
  },
};

const removedExample: ContentChange = {
  label: "voorbeeld weg",
  apply: (copy) => {
    const file = profileWhere(
      copy,
      "met twee of meer voorbeelden",
      (data) => Array.isArray(data.voorbeelden) && data.voorbeelden.length >= 2,
    );
    let removed: unknown;
    let left = 0;
    editProfile(file, (data) => {
      const examples: unknown[] = Array.isArray(data.voorbeelden) ? data.voorbeelden : [];
      removed = examples.pop();
      left = examples.length;
    });
    const id = typeof removed === "object" && removed !== null && "id" in removed ? String(removed.id) : "?";
    return `${relative(copy, file)}: voorbeeld '${id}' verwijderd (${left} over)`;
  },
};

const newSource: ContentChange = {
  label: "nieuwe bron",
  apply: (copy) => {
    const [added] = overlay(copy, "nieuwe-bron");
    if (!added) throw new Error("tests/fixtures/nieuwe-bron/bronnen heeft geen bron");
    const id = path.basename(added, ".md");
    const file = profileWhere(copy, `met bronnen zonder ${id}`, (data) => Array.isArray(data.bronnen) && !data.bronnen.includes(id));
    editProfile(file, (data) => {
      if (Array.isArray(data.bronnen)) data.bronnen.push(id);
    });
    return `bron content/${added} toegevoegd en genoemd in de bronnen van ${relative(copy, file)}`;
  },
};

/** A profile's cohort set to a year that has no file in content/cohorten. Returns the file and the year, for the expectation. */
function unknownCohort(copy: string): { file: string; year: number; description: string } {
  const years = contentFiles(copy, "cohorten").map((file) => Number(path.basename(file, ".md")));
  let year = Math.max(...years) + 1;
  while (years.includes(year)) year++;
  const file = profileWhere(copy, "met een cohort", (data) => typeof data.cohort === "number");
  editProfile(file, (data) => {
    data.cohort = year;
  });
  return {
    file: relative(copy, file),
    year,
    description: `${relative(copy, file)}: cohort ${year}, dat geen bestand in content/cohorten heeft`,
  };
}

// ---------------------------------------------------------------------------
// Attempts: one workflow job in one fresh copy, with what should come of it.

type Expectation =
  | { pass: true }
  /** The step running `command` fails (the first to fail), and its output has none of the problems `check` finds. */
  | { pass: false; command: string; check: (output: string) => string[] };

type Attempt = {
  scenario: ScenarioName;
  label: string;
  workflow: "check.yml" | "deploy.yml";
  job: string;
  /** Only the run: steps with these commands, for a quick check; every step when absent. */
  only?: string[];
  prepare?: (copy: string) => string[];
  vars?: Record<string, string>;
  eventName: string;
  expect: Expectation;
  /** Problems with what the job left behind, checked when it passed. */
  afterwards?: (copy: string) => string[];
};

type StepResult = { title: string; status: "geslaagd" | "mislukt" | "nagedaan" | "niet gedraaid"; seconds: number; note?: string };
type AttemptResult = { attempt: Attempt; steps: StepResult[]; problems: string[]; seconds: number };

function attemptsOf(scenario: ScenarioName): Attempt[] {
  const check = { scenario, workflow: "check.yml", job: "check", eventName: "pull_request" } as const;
  switch (scenario) {
    case "huidig":
      return [{ ...check, label: "inhoud van nu", expect: { pass: true } }];
    case "redactiewijzigingen": {
      const changes = [newTitle, removedExample, newSource];
      return [
        {
          ...check,
          label: "alles tegelijk",
          prepare: (copy) => [cohort2019, ...changes].map((change) => change.apply(copy)),
          expect: { pass: true },
        },
        ...changes.map((change): Attempt => ({
          ...check,
          label: change.label,
          only: ["npm run content:check", "npm run test:unit"],
          prepare: (copy) => [change.apply(copy)],
          expect: { pass: true },
        })),
      ];
    }
    case "ongeldig": {
      let broken: ReturnType<typeof unknownCohort> | undefined;
      return [
        {
          ...check,
          label: "cohort bestaat niet",
          prepare: (copy) => {
            broken = unknownCohort(copy);
            return [broken.description];
          },
          expect: {
            pass: false,
            command: "npm run content:check",
            check: (output) => {
              if (!broken) return ["de wijziging is niet aangebracht"];
              const problems: string[] = [];
              const lines = output.split("\n").filter((line) => line.includes(broken?.file ?? ""));
              if (lines.length === 0) problems.push(`de uitvoer noemt ${broken.file} niet`);
              if (!lines.some((line) => line.includes(String(broken?.year))))
                problems.push(`de uitvoer noemt bij ${broken.file} het cohort ${broken.year} niet`);
              // zod's own messages are English; the schema gives every rule a Dutch one.
              const english = lines.filter((line) => /\b(Invalid|Expected|expected|Required)\b/.test(line));
              if (english.length > 0) problems.push(`Engelse melding: ${english[0]}`);
              if (!output.includes(`::error file=${broken.file}`)) problems.push(`geen GitHub-annotatie (::error file=${broken.file}…)`);
              return problems;
            },
          },
        },
      ];
    }
    case "deploy":
      return [
        {
          scenario,
          label: "build met instellingen van de eigenaar",
          workflow: "deploy.yml",
          job: "build",
          eventName: "push",
          vars: OWNER_VARIABLES,
          expect: { pass: true },
          afterwards: (copy) => {
            const out = path.join(copy, "out");
            const problems: string[] = [];
            if (!fs.existsSync(path.join(out, "index.html"))) problems.push("out/index.html ontbreekt");
            const securityTxt = path.join(out, ".well-known/security.txt");
            if (!fs.existsSync(securityTxt)) problems.push("out/.well-known/security.txt ontbreekt, terwijl CONTACT_EMAIL gezet is");
            else if (!fs.readFileSync(securityTxt, "utf8").includes(OWNER_VARIABLES.CONTACT_EMAIL)) {
              problems.push(`out/.well-known/security.txt noemt ${OWNER_VARIABLES.CONTACT_EMAIL} niet`);
            }
            const home = fs.existsSync(path.join(out, "index.html")) ? fs.readFileSync(path.join(out, "index.html"), "utf8") : "";
            if (!home.includes(`${PAGES_OUTPUTS.base_path}/`))
              problems.push(`out/index.html linkt niet onder het base path ${PAGES_OUTPUTS.base_path} van Pages`);
            if (!home.includes(OWNER_VARIABLES.SITE_URL)) problems.push(`out/index.html noemt SITE_URL ${OWNER_VARIABLES.SITE_URL} niet`);
            return problems;
          },
        },
      ];
  }
}

// ---------------------------------------------------------------------------
// The copy.

const temporaryFolders = new Set<string>();
let runningStep: ChildProcess | undefined;

function makeCopy(): { temp: string; copy: string } {
  const temp = fs.mkdtempSync(path.join(os.tmpdir(), "gouden-gemeenten-ci-"));
  temporaryFolders.add(temp);
  const copy = path.join(temp, COPY_NAME);
  const files = execFileSync("git", ["ls-files", "-co", "--exclude-standard", "-z"], { cwd: PROJECT, encoding: "utf8" })
    .split("\0")
    .filter((file) => file !== "" && !/^(node_modules|\.cache|out|\.next)\//.test(file));
  for (const file of new Set(files)) {
    const from = path.join(PROJECT, file);
    const stat = fs.lstatSync(from, { throwIfNoEntry: false });
    if (!stat || stat.isDirectory()) continue; // deleted in the working copy, or a submodule
    const to = path.join(copy, file);
    fs.mkdirSync(path.dirname(to), { recursive: true });
    if (stat.isSymbolicLink()) fs.symlinkSync(fs.readlinkSync(from), to);
    else fs.copyFileSync(from, to);
  }
  if (fs.existsSync(path.join(copy, "../shared"))) throw new Error(`${path.join(copy, "../shared")} bestaat: op GitHub is die er niet`);
  return { temp, copy };
}

/** Commits the copy as it is now, in a Git repository made the first time, as actions/checkout leaves it (the build reads the content's commit from Git). */
function commitCopy(copy: string, message: string): void {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: copy, stdio: ["ignore", "ignore", "inherit"] });
  if (!fs.existsSync(path.join(copy, ".git"))) git("init", "-q");
  git("add", "-A");
  git(
    "-c",
    "user.name=ci-github",
    "-c",
    "user.email=ci-github@example.invalid",
    "commit",
    "-q",
    "--no-gpg-sign",
    "--no-verify",
    "--allow-empty",
    "-m",
    message,
  );
}

/**
 * The project's node_modules as hard links: no download, and a real folder
 * inside the copy (Turbopack refuses a symbolic link to a folder outside the
 * project). The workflow's own npm install still runs on it.
 */
function linkNodeModules(copy: string): void {
  const from = path.join(PROJECT, "node_modules");
  if (!fs.existsSync(from)) throw new Error("node_modules ontbreekt: eerst npm install");
  try {
    execFileSync("cp", ["-al", from, path.join(copy, "node_modules")], { stdio: ["ignore", "ignore", "pipe"] });
  } catch (error) {
    throw new Error(
      `cp -al node_modules naar ${copy} lukte niet (staat de tijdelijke map op een andere schijf? Zet TMPDIR op een map op dezelfde schijf): ${error}`,
    );
  }
  // npm install rewrites its hidden lockfile in place, which through a hard link would write into the project's own node_modules.
  const hiddenLockfile = path.join(copy, "node_modules/.package-lock.json");
  if (fs.existsSync(hiddenLockfile)) {
    fs.rmSync(hiddenLockfile);
    fs.copyFileSync(path.join(from, ".package-lock.json"), hiddenLockfile);
  }
}

function removeTemporaryFolders(): void {
  for (const folder of temporaryFolders) {
    fs.rmSync(folder, { recursive: true, force: true });
    temporaryFolders.delete(folder);
  }
}

// ---------------------------------------------------------------------------
// Running a job.

/**
 * The environment of a GitHub runner: this machine's basics (PATH without
 * the node_modules/.bin that npm run adds, home, locale, proxy and
 * certificates), none of this shell's other variables (a CONTENT_DIR or
 * SITE_URL of the developer's must not leak in), and what GitHub sets.
 */
function runnerEnvironment(copy: string, files: RunnerFiles, eventName: string) {
  const kept =
    /^(PATH|HOME|USER|LOGNAME|SHELL|LANG|LANGUAGE|LC_[A-Z]+|TERM|TMPDIR|TZ|NODE_EXTRA_CA_CERTS|SSL_CERT_FILE|SSL_CERT_DIR|NPM_CONFIG_[A-Z_]+|(http|https|no|all)_proxy|(HTTP|HTTPS|NO|ALL)_PROXY)$/;
  const base = Object.fromEntries(Object.entries(process.env).filter(([name]) => kept.test(name))) as Record<string, string>;
  base.PATH = [
    files.bin,
    ...(process.env.PATH ?? "")
      .split(path.delimiter)
      .filter((entry) => !entry.includes(`${path.sep}node_modules${path.sep}`) && !entry.endsWith(`${path.sep}node_modules`)),
  ].join(path.delimiter);
  return {
    ...base,
    CI: "true",
    GITHUB_ACTIONS: "true",
    GITHUB_WORKSPACE: copy,
    GITHUB_REPOSITORY: REPOSITORY,
    GITHUB_EVENT_NAME: eventName,
    GITHUB_EVENT_PATH: files.event,
    // A pull request's base branch; GitHub leaves it empty for a push.
    GITHUB_BASE_REF: eventName === "pull_request" ? "main" : "",
    GITHUB_STEP_SUMMARY: files.summary,
    GITHUB_OUTPUT: files.output,
    GITHUB_ENV: files.env,
    RUNNER_OS: "Linux",
    RUNNER_TEMP: files.temp,
  };
}

/** The files a runner offers a job, in the attempt's temporary folder; `bin` holds the stand-in for gh. */
type RunnerFiles = { summary: string; output: string; env: string; temp: string; event: string; bin: string; ghCalls: string };

/** The event's payload as GitHub writes it to GITHUB_EVENT_PATH, as far as the workflows read it: a pull request from a branch of the repository itself. */
function eventPayload(eventName: string): object {
  const repository = { full_name: REPOSITORY };
  return eventName === "pull_request"
    ? { repository, pull_request: { number: PULL_REQUEST_NUMBER, head: { repo: repository }, base: { ref: "main" } } }
    : { repository, ref: "refs/heads/een-tak" };
}

/**
 * GitHub's CLI, which the runner has and this machine has not: a stand-in that
 * records each call, with the text of its --body-file, instead of calling GitHub.
 */
function writeGhStandIn(files: RunnerFiles): void {
  fs.mkdirSync(files.bin);
  const script = `#!/usr/bin/env node
// gh as scripts/ci-github.ts imitates it: records the call instead of calling GitHub.
const fs = require("node:fs");
const args = process.argv.slice(2);
const bodyFile = args[args.indexOf("--body-file") + 1];
const body = args.includes("--body-file") && bodyFile ? fs.readFileSync(bodyFile, "utf8") : undefined;
fs.appendFileSync(${JSON.stringify(files.ghCalls)}, JSON.stringify({ args, body, token: Boolean(process.env.GH_TOKEN), repo: process.env.GH_REPO }) + "\\n");
`;
  fs.writeFileSync(path.join(files.bin, "gh"), script, { mode: 0o755 });
}

type GhCall = { args: string[]; body?: string; token: boolean; repo?: string };

/** What a pull request's check must do with gh: put the run's summary on the pull request as one comment, edited on a later push. */
function commentProblems(files: RunnerFiles, eventName: string): string[] {
  const calls: GhCall[] = fs.existsSync(files.ghCalls)
    ? fs
        .readFileSync(files.ghCalls, "utf8")
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as GhCall)
    : [];
  if (eventName !== "pull_request") return calls.length ? [`gh aangeroepen zonder pull request: gh ${calls[0]?.args.join(" ")}`] : [];
  const comments = calls.filter((call) => call.args[0] === "pr" && call.args[1] === "comment");
  if (comments.length !== 1) return [`${comments.length} commentaren met gh pr comment op de pull request, verwacht 1`];
  const [comment] = comments;
  const problems: string[] = [];
  if (comment?.args[2] !== String(PULL_REQUEST_NUMBER))
    problems.push(`het commentaar gaat naar pull request ${comment?.args[2]}, niet ${PULL_REQUEST_NUMBER}`);
  if (!comment?.args.includes("--edit-last") || !comment.args.includes("--create-if-none"))
    problems.push("het commentaar komt bij elke push opnieuw: gebruik --edit-last --create-if-none");
  if (!comment?.token || comment.repo !== REPOSITORY) problems.push("gh krijgt geen GH_TOKEN of niet de juiste GH_REPO");
  const summary = fs.readFileSync(files.summary, "utf8");
  if (!comment?.body?.trim() || !summary.includes(comment.body)) problems.push("het commentaar is niet de samenvatting van de run");
  return problems;
}

type StepRun = { code: number; output: string; timedOut: boolean };

function runCommand(command: string, cwd: string, env: Record<string, string>, deadline: number): Promise<StepRun> {
  return new Promise((resolve, reject) => {
    // Its own process group, so that a timeout or Ctrl+C stops npm and everything it started.
    const child = spawn("bash", ["-e", "-c", command], {
      cwd,
      // Next declares NODE_ENV in ProcessEnv; GitHub does not set it and neither does this.
      env: env as NodeJS.ProcessEnv,
      detached: true,
      stdio: ["ignore", "pipe", "pipe"],
    });
    runningStep = child;
    const chunks: Buffer[] = [];
    const collect = (stream: NodeJS.WriteStream) => (chunk: Buffer) => {
      chunks.push(chunk);
      if (options.verbose) stream.write(chunk);
    };
    child.stdout.on("data", collect(process.stdout));
    child.stderr.on("data", collect(process.stderr));
    let timedOut = false;
    const timer = setTimeout(
      () => {
        timedOut = true;
        stopProcessGroup(child);
      },
      Math.max(0, deadline - Date.now()),
    );
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      runningStep = undefined;
      resolve({ code: code ?? 1, output: Buffer.concat(chunks).toString("utf8"), timedOut });
    });
  });
}

function stopProcessGroup(child: ChildProcess): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // Already gone.
  }
}

const seconds = (since: number) => (performance.now() - since) / 1000;
function duration(value: number): string {
  if (value < 60) return `${value.toFixed(1)} s`;
  return `${Math.floor(value / 60)} min ${String(Math.round(value % 60)).padStart(2, "0")} s`;
}

function printTail(output: string, lines = 100): void {
  const all = output.trimEnd().split("\n");
  if (all.length > lines) console.log(`    │ … (${all.length - lines} regels eerder; --verbose toont alles)`);
  for (const line of all.slice(-lines)) console.log(`    │ ${line}`);
}

/** What a `uses:` step does here: the copy stands in for checkout, this machine's Node for setup-node, and configure-pages reports PAGES_OUTPUTS. */
function imitateAction(step: PlannedStep, copy: string, context: ExpressionContext): { ok: boolean; note: string } {
  const action = (step.uses ?? "").split("@")[0];
  switch (action) {
    case "actions/checkout":
      return { ok: true, note: `de kopie in ${copy}` };
    case "actions/setup-node": {
      // npm run puts the project's pinned Node first on the path: the one this script runs on.
      const versionFile =
        step.with["node-version-file"] === "package.json" ? JSON.parse(fs.readFileSync(path.join(copy, "package.json"), "utf8")) : {};
      const wanted = String(step.with["node-version"] ?? versionFile.engines?.node ?? "").replace(/^>=\s*/, "");
      const have = process.versions.node;
      const same = wanted === "" || have.split(".")[0] === wanted.split(".")[0];
      return { ok: true, note: `Node ${have} van deze machine${same ? "" : `; LET OP: de workflow vraagt Node ${wanted}`}` };
    }
    case "actions/configure-pages":
      if (step.id) context.steps[step.id] = { outputs: PAGES_OUTPUTS };
      return {
        ok: true,
        note: `outputs ${Object.entries(PAGES_OUTPUTS)
          .map(([name, value]) => `${name}=${value}`)
          .join(", ")}`,
      };
    case "actions/upload-pages-artifact": {
      const folder = String(step.with.path ?? "_site");
      const full = path.resolve(copy, folder);
      if (!fs.existsSync(full) || fs.readdirSync(full).length === 0) return { ok: false, note: `${folder}/ ontbreekt of is leeg` };
      const files = fs.readdirSync(full, { recursive: true, encoding: "utf8" });
      // The action leaves out every path with a part that starts with a dot unless include-hidden-files is true.
      const hidden = files.filter((file) => file.split(path.sep).some((part) => part.startsWith(".")));
      if (hidden.length > 0 && String(step.with["include-hidden-files"]) !== "true") {
        return { ok: false, note: `${hidden.join(", ")} zou niet meegaan: zet include-hidden-files: true` };
      }
      return { ok: true, note: `${folder}/ is er, ${files.length} bestanden (niet geüpload)` };
    }
    default:
      throw new Error(`stap ${step.number} gebruikt ${step.uses}: die actie kan scripts/ci-github.ts nog niet nadoen`);
  }
}

async function runAttempt(attempt: Attempt): Promise<AttemptResult> {
  const started = performance.now();
  const steps: StepResult[] = [];
  const problems: string[] = [];
  console.log(`\n=== ${attempt.scenario}: ${attempt.label} (${attempt.workflow}, job ${attempt.job}) ===`);
  const { temp, copy } = makeCopy();
  try {
    // Two commits, as a pull request's checkout has them: main as it is (origin/main), then the scenario's change.
    commitCopy(copy, "main");
    execFileSync("git", ["update-ref", "refs/remotes/origin/main", "HEAD"], { cwd: copy });
    for (const change of attempt.prepare?.(copy) ?? []) console.log(`  wijziging: ${change}`);
    commitCopy(copy, "de wijziging van het scenario");
    linkNodeModules(copy);
    console.log(`  kopie klaar in ${duration(seconds(started))}: ${copy}`);

    const job = planJob(fs.readFileSync(path.join(copy, ".github/workflows", attempt.workflow), "utf8"), attempt.job);
    const commands = job.steps.map((step) => step.run?.trim());
    for (const command of attempt.only ?? []) {
      if (!commands.includes(command)) throw new Error(`${attempt.workflow} heeft geen stap '${command}' (meer)`);
    }
    const files: RunnerFiles = {
      summary: path.join(temp, "step-summary.md"),
      output: path.join(temp, "github-output"),
      env: path.join(temp, "github-env"),
      temp: path.join(temp, "runner-temp"),
      event: path.join(temp, "event.json"),
      bin: path.join(temp, "bin"),
      ghCalls: path.join(temp, "gh-calls.jsonl"),
    };
    fs.mkdirSync(files.temp);
    for (const file of [files.summary, files.output, files.env]) fs.writeFileSync(file, "");
    fs.writeFileSync(files.event, JSON.stringify(eventPayload(attempt.eventName)));
    writeGhStandIn(files);
    const environment = runnerEnvironment(copy, files, attempt.eventName);
    const context: ExpressionContext = {
      vars: attempt.vars ?? {},
      github: { repository: REPOSITORY, event_name: attempt.eventName, workspace: copy, token: "nagedaan-token" },
      steps: {},
    };
    const deadline = Date.now() + (job.timeoutMinutes ?? 360) * 60_000;

    let failed: { step: PlannedStep; output: string } | undefined;
    for (const step of job.steps) {
      if (attempt.only && !attempt.only.includes(step.run?.trim() ?? "")) continue;
      const label = `[${step.number}/${job.steps.length}] ${step.title}`;
      if (failed) {
        steps.push({ title: step.title, status: "niet gedraaid", seconds: 0 });
        continue;
      }
      const stepStarted = performance.now();
      if (step.uses !== undefined) {
        const imitated = imitateAction(step, copy, context);
        console.log(`  ${imitated.ok ? "–" : "✗"} ${label}: nagedaan, ${imitated.note}`);
        steps.push({ title: step.title, status: imitated.ok ? "nagedaan" : "mislukt", seconds: seconds(stepStarted), note: imitated.note });
        if (!imitated.ok) failed = { step, output: imitated.note };
        continue;
      }
      let command: string;
      let stepEnv: Record<string, string>;
      try {
        command = evaluateTemplate(step.run ?? "", context);
        stepEnv = evaluateEnv(step.env, context);
      } catch (error) {
        console.log(`  ✗ ${label}: ${error instanceof Error ? error.message : error}`);
        steps.push({ title: step.title, status: "mislukt", seconds: 0 });
        throw error;
      }
      console.log(`  ▶ ${label}`);
      if (command.trim() !== step.title.replace(/^Run /, "")) console.log(`    $ ${command.trim().replaceAll("\n", "\n    $ ")}`);
      for (const [name, value] of Object.entries(stepEnv)) console.log(`    env ${name}=${value}`);
      const cwd = step.workingDirectory ? path.resolve(copy, step.workingDirectory) : copy;
      const result = await runCommand(command, cwd, { ...environment, ...stepEnv }, deadline);
      // GITHUB_ENV and GITHUB_OUTPUT are offered so that a write does not fail oddly, but not passed on to later steps (yet).
      const unsupported = [files.env, files.output]
        .filter((file) => fs.readFileSync(file, "utf8") !== "")
        .map((file) => path.basename(file));
      const ok = result.code === 0 && !result.timedOut && unsupported.length === 0;
      const why = result.timedOut
        ? `job-tijdslimiet van ${job.timeoutMinutes} minuten overschreden`
        : unsupported.length > 0
          ? `schrijft naar ${unsupported.join(" en ")}, wat scripts/ci-github.ts nog niet nadoet`
          : `exitcode ${result.code}`;
      console.log(`    ${ok ? "✓" : "✗"} ${ok ? "geslaagd" : `mislukt (${why})`} in ${duration(seconds(stepStarted))}`);
      steps.push({ title: step.title, status: ok ? "geslaagd" : "mislukt", seconds: seconds(stepStarted) });
      if (!ok) {
        if (!options.verbose) printTail(result.output);
        failed = { step, output: result.output };
      }
    }

    const summary = fs.readFileSync(files.summary, "utf8");
    if (summary.trim() !== "") {
      console.log("  GITHUB_STEP_SUMMARY:");
      printTail(summary, 40);
    }
    const expect = attempt.expect;
    if (expect.pass) {
      if (failed) problems.push(`stap '${failed.step.title}' mislukte`);
      else problems.push(...(attempt.afterwards?.(copy) ?? []));
      // A whole check job ran: it must have put its summary on the pull request (and used gh for nothing else).
      if (!failed && attempt.workflow === "check.yml" && !attempt.only) problems.push(...commentProblems(files, attempt.eventName));
    } else if (!failed) {
      problems.push(`alle stappen slaagden, maar '${expect.command}' had moeten mislukken`);
    } else if (failed.step.run?.trim() !== expect.command) {
      problems.push(`mislukte bij '${failed.step.title}' in plaats van bij '${expect.command}'`);
    } else {
      problems.push(...expect.check(failed.output));
    }
  } catch (error) {
    problems.push(error instanceof Error ? error.message : String(error));
  } finally {
    fs.rmSync(temp, { recursive: true, force: true });
    temporaryFolders.delete(temp);
  }
  const result = { attempt, steps, problems, seconds: seconds(started) };
  console.log(
    `  ${problems.length === 0 ? "→ zoals verwacht" : `→ NIET zoals verwacht: ${problems.join("; ")}`} (${duration(result.seconds)})`,
  );
  return result;
}

function printSummary(results: AttemptResult[], total: number): void {
  const rows: string[][] = [["scenario", "onderdeel", "stap", "uitkomst", "tijd"]];
  for (const { attempt, steps, problems, seconds: time } of results) {
    const expected = attempt.expect.pass ? "slaagt" : `faalt bij ${attempt.expect.command}`;
    rows.push([
      attempt.scenario,
      attempt.label,
      `(verwacht: ${expected})`,
      problems.length === 0 ? "ZOALS VERWACHT" : "NIET ZOALS VERWACHT",
      duration(time),
    ]);
    for (const step of steps)
      rows.push(["", "", `  ${step.title}`, step.status, step.status === "niet gedraaid" ? "" : duration(step.seconds)]);
  }
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? "").length))) ?? [];
  const line = (row: string[]) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join("  ")
      .trimEnd();
  console.log(`\n${line(rows[0] ?? [])}`);
  console.log(widths.map((width) => "-".repeat(width)).join("  "));
  for (const [index, row] of rows.slice(1).entries()) {
    if (row[0] !== "" && index > 0) console.log("");
    console.log(line(row));
  }
  const wrong = results.filter((result) => result.problems.length > 0);
  console.log(
    wrong.length === 0
      ? `Alle ${results.length} onderdelen zoals verwacht, in ${duration(total)}.`
      : `${wrong.length} van ${results.length} onderdelen NIET zoals verwacht (${duration(total)}):\n${wrong
          .map((result) => `  ${result.attempt.scenario} / ${result.attempt.label}: ${result.problems.join("; ")}`)
          .join("\n")}`,
  );
}

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (runningStep) stopProcessGroup(runningStep);
    removeTemporaryFolders();
    console.error(`\nci-github: onderbroken (${signal}); de tijdelijke kopieën zijn verwijderd.`);
    process.exit(130);
  });
}

const started = performance.now();
const results: AttemptResult[] = [];
try {
  for (const scenario of chosen) {
    for (const attempt of attemptsOf(scenario)) results.push(await runAttempt(attempt));
  }
} finally {
  removeTemporaryFolders();
}
printSummary(results, seconds(started));
if (results.some((result) => result.problems.length > 0)) process.exitCode = 1;
