/**
 * The parts of a GitHub Actions workflow that scripts/ci-github.ts runs, read
 * from the file rather than restated: a job's steps in file order with the
 * environment GitHub gives each, and the few `${{ … }}` expressions the
 * workflows use. Pure (no files, no processes), so that the unit tests can
 * try it on small workflows of their own.
 */
import { parse } from "yaml";

/** A step as the runner plans it: what to run, and the environment before its expressions are evaluated. */
export type PlannedStep = {
  /** 1-based position in the job, as GitHub numbers the steps. */
  number: number;
  /** The step's `name:`, else what GitHub shows: "Run <first line>" or the action. */
  title: string;
  id: string | undefined;
  run: string | undefined;
  uses: string | undefined;
  with: Record<string, unknown>;
  /** The workflow's, the job's and the step's `env:`, in that order, the later winning. */
  env: Record<string, string>;
  workingDirectory: string | undefined;
};

export type PlannedJob = { name: string; timeoutMinutes: number | undefined; steps: PlannedStep[] };

/** What `${{ … }}` can read: repository variables, `github.*` and the outputs of earlier steps, by step id. */
export type ExpressionContext = {
  vars: Record<string, string>;
  github: Record<string, string>;
  steps: Record<string, { outputs: Record<string, string> }>;
};

/** The step keys the runner understands; any other (`if:`, `shell:`, …) stops it rather than being ignored. */
const STEP_KEYS = new Set(["name", "id", "run", "uses", "with", "env", "working-directory", "timeout-minutes"]);
const JOB_KEYS = new Set(["runs-on", "timeout-minutes", "env", "steps", "needs", "environment", "permissions"]);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** An `env:` mapping as strings, as GitHub passes it (numbers and booleans too). */
function envMapping(value: unknown, where: string): Record<string, string> {
  if (value === undefined || value === null) return {};
  if (!isRecord(value)) throw new Error(`${where}: env: is geen lijst van NAAM: waarde`);
  return Object.fromEntries(
    Object.entries(value).map(([name, entry]) => {
      if (typeof entry === "object" && entry !== null) throw new Error(`${where}: env.${name} is geen enkele waarde`);
      return [name, entry === null || entry === undefined ? "" : String(entry)];
    }),
  );
}

/** The steps of one job of a workflow file's text, in file order. */
export function planJob(workflowText: string, jobName: string): PlannedJob {
  const workflow: unknown = parse(workflowText);
  if (!isRecord(workflow) || !isRecord(workflow.jobs)) throw new Error("de workflow heeft geen jobs:");
  const job = workflow.jobs[jobName];
  if (!isRecord(job)) throw new Error(`de workflow heeft geen job '${jobName}' (wel: ${Object.keys(workflow.jobs).join(", ")})`);
  for (const key of Object.keys(job)) {
    if (!JOB_KEYS.has(key)) throw new Error(`job '${jobName}': '${key}:' kan deze runner niet nadoen`);
  }
  if (!Array.isArray(job.steps)) throw new Error(`job '${jobName}' heeft geen steps:`);
  const workflowEnv = envMapping(workflow.env, "workflow");
  const jobEnv = envMapping(job.env, `job '${jobName}'`);
  const steps = job.steps.map((step: unknown, index): PlannedStep => {
    const where = `job '${jobName}', stap ${index + 1}`;
    if (!isRecord(step)) throw new Error(`${where} is geen mapping`);
    for (const key of Object.keys(step)) {
      if (!STEP_KEYS.has(key)) throw new Error(`${where}: '${key}:' kan deze runner niet nadoen`);
    }
    const run = typeof step.run === "string" ? step.run : undefined;
    const uses = typeof step.uses === "string" ? step.uses : undefined;
    if ((run === undefined) === (uses === undefined)) throw new Error(`${where} heeft niet precies één van run: en uses:`);
    const firstLine = run?.split("\n").find((line) => line.trim() !== "");
    return {
      number: index + 1,
      title: typeof step.name === "string" ? step.name : run !== undefined ? `Run ${firstLine ?? ""}` : `Run ${uses}`,
      id: typeof step.id === "string" ? step.id : undefined,
      run,
      uses,
      with: isRecord(step.with) ? step.with : {},
      env: { ...workflowEnv, ...jobEnv, ...envMapping(step.env, where) },
      workingDirectory: typeof step["working-directory"] === "string" ? step["working-directory"] : undefined,
    };
  });
  const timeout = job["timeout-minutes"];
  return { name: jobName, timeoutMinutes: typeof timeout === "number" ? timeout : undefined, steps };
}

/**
 * One `${{ … }}` expression: operands joined by `||`, each a 'literal',
 * vars.NAME, github.NAME or steps.ID.outputs.NAME; the first non-empty one
 * wins, as in GitHub. An unset repository variable is empty, as on GitHub;
 * anything else unknown (another context, a function, an operator, a step
 * without those outputs) is an error, never an empty string by accident.
 */
export function evaluateExpression(expression: string, context: ExpressionContext): string {
  const operands = splitOr(expression);
  let value = "";
  for (const operand of operands) {
    value = operandValue(operand.trim(), expression, context);
    if (value !== "") return value;
  }
  return value;
}

/** Splits on `||` outside quotes. */
function splitOr(expression: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let index = 0; index < expression.length; index++) {
    const character = expression[index];
    if (character === "'") quoted = !quoted;
    if (!quoted && character === "|" && expression[index + 1] === "|") {
      parts.push(current);
      current = "";
      index++;
      continue;
    }
    current += character;
  }
  if (quoted) throw new Error(`onbekende expressie \${{ ${expression} }}: een aanhalingsteken sluit niet`);
  parts.push(current);
  return parts;
}

function operandValue(operand: string, expression: string, context: ExpressionContext): string {
  const unknown = (why: string) => new Error(`onbekende expressie \${{ ${expression.trim()} }}: ${why}`);
  const literal = /^'((?:[^']|'')*)'$/.exec(operand);
  if (literal) return (literal[1] ?? "").replaceAll("''", "'");
  const variable = /^vars\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(operand);
  if (variable) return context.vars[variable[1] ?? ""] ?? "";
  const github = /^github\.([A-Za-z_][A-Za-z0-9_]*)$/.exec(operand);
  if (github) {
    const value = context.github[github[1] ?? ""];
    if (value === undefined) throw unknown(`github.${github[1]} is niet nagedaan`);
    return value;
  }
  const output = /^steps\.([A-Za-z_][A-Za-z0-9_-]*)\.outputs\.([A-Za-z_][A-Za-z0-9_-]*)$/.exec(operand);
  if (output) {
    const [, id = "", name = ""] = output;
    const step = context.steps[id];
    if (!step) throw unknown(`er is (nog) geen stap met id '${id}' met outputs`);
    const value = step.outputs[name];
    if (value === undefined) throw unknown(`stap '${id}' heeft geen output '${name}' (wel: ${Object.keys(step.outputs).join(", ")})`);
    return value;
  }
  throw unknown(`'${operand}' kan deze runner niet uitrekenen`);
}

/** A value with `${{ … }}` in it, each replaced by what it evaluates to. */
export function evaluateTemplate(template: string, context: ExpressionContext): string {
  const result = template.replace(/\$\{\{([\s\S]*?)\}\}/g, (_match, expression: string) => evaluateExpression(expression, context));
  if (result.includes("${{")) throw new Error(`onbekende expressie in '${template}': \${{ sluit niet`);
  return result;
}

/** Every value of an env: mapping evaluated. */
export function evaluateEnv(env: Record<string, string>, context: ExpressionContext): Record<string, string> {
  return Object.fromEntries(Object.entries(env).map(([name, value]) => [name, evaluateTemplate(value, context)]));
}

/** The `npm run X` scripts a step's commands run, in order. */
export function npmScripts(run: string): string[] {
  // npm's own options (--silent, -s) may come before the script's name.
  return [...run.matchAll(/(?:^|[\s;&|(])npm\s+run(?:-script)?\s+(?:-{1,2}[\w-]+\s+)*([^\s;&|)]+)/g)].map((match) => match[1] ?? "");
}
