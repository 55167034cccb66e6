import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cmsSettingsFromEnv } from "@/lib/cms/config";
import { ownerSettingsProblems, ownerSettingsWarnings, siteOwner } from "@/lib/hosting/site-owner";
import { evaluateEnv, evaluateExpression, evaluateTemplate, npmScripts, planJob, type ExpressionContext } from "@/scripts/github-workflow";

// What npm run ci:github runs the workflows with (scripts/github-workflow.ts), on small workflows of the tests' own.

const workflow = `
env:
  SHARED: workflow
  LEVEL: workflow
jobs:
  other:
    steps:
      - run: echo other
  main:
    timeout-minutes: 7
    env:
      LEVEL: job
      NUMBER: 1
    steps:
      - uses: actions/checkout@v4
      - id: pages
        uses: actions/configure-pages@v5
        with:
          enablement: true
      - name: First
        run: npm run first
        env:
          LEVEL: step
      - run: |
          echo two
          npm run second
      - run: npm run third
`;

describe("planJob", () => {
  const job = planJob(workflow, "main");

  it("gives the job's steps in file order, titled as GitHub shows them", () => {
    expect(job.steps.map((step) => [step.number, step.title])).toEqual([
      [1, "Run actions/checkout@v4"],
      [2, "Run actions/configure-pages@v5"],
      [3, "First"],
      [4, "Run echo two"],
      [5, "Run npm run third"],
    ]);
    expect(job.steps[1]).toMatchObject({ id: "pages", uses: "actions/configure-pages@v5", run: undefined, with: { enablement: true } });
    expect(job.steps[3]?.run).toBe("echo two\nnpm run second\n");
    expect(job.timeoutMinutes).toBe(7);
  });

  it("merges the workflow's, the job's and the step's env, the later winning, as strings", () => {
    expect(job.steps[2]?.env).toEqual({ SHARED: "workflow", LEVEL: "step", NUMBER: "1" });
    expect(job.steps[4]?.env).toEqual({ SHARED: "workflow", LEVEL: "job", NUMBER: "1" });
  });

  it("stops at what it cannot run as GitHub would, instead of ignoring it", () => {
    expect(() => planJob(workflow, "missing")).toThrow("geen job 'missing' (wel: other, main)");
    expect(() => planJob("jobs:\n  main:\n    steps:\n      - run: npm test\n        if: failure()\n", "main")).toThrow("stap 1: 'if:'");
    expect(() => planJob("jobs:\n  main:\n    services: {}\n    steps: []\n", "main")).toThrow("'services:'");
    expect(() => planJob("jobs:\n  main:\n    steps:\n      - name: nothing\n", "main")).toThrow("niet precies één van run: en uses:");
  });
});

describe("evaluateExpression", () => {
  const context: ExpressionContext = {
    vars: { SITE_URL: "https://www.example.nl", EMPTY: "" },
    github: { repository: "voorbeeld/gouden-gemeenten" },
    steps: { pages: { outputs: { origin: "https://voorbeeld.github.io", base_path: "/gouden-gemeenten" } } },
  };

  it("takes the first non-empty operand of ||: a variable, else a step's output, github.*, or a literal", () => {
    expect(evaluateExpression(" vars.SITE_URL || steps.pages.outputs.origin ", context)).toBe("https://www.example.nl");
    expect(evaluateExpression("vars.BASE_PATH || steps.pages.outputs.base_path", context)).toBe("/gouden-gemeenten");
    expect(evaluateExpression("vars.EMPTY || github.repository", context)).toBe("voorbeeld/gouden-gemeenten");
    expect(evaluateExpression("vars.CMS_BRANCH || 'main'", context)).toBe("main");
    expect(evaluateExpression("'it''s || not an operator'", context)).toBe("it's || not an operator");
  });

  it("makes an unset repository variable empty, as GitHub does", () => {
    expect(evaluateExpression("vars.CONTACT_EMAIL", context)).toBe("");
    expect(evaluateExpression("vars.A || vars.B", context)).toBe("");
  });

  it("fails on an expression it does not know, rather than making it empty", () => {
    expect(() => evaluateExpression("secrets.TOKEN", context)).toThrow("onbekende expressie ${{ secrets.TOKEN }}");
    expect(() => evaluateExpression("github.sha", context)).toThrow("github.sha is niet nagedaan");
    expect(() => evaluateExpression("steps.deploy.outputs.page_url", context)).toThrow("geen stap met id 'deploy'");
    expect(() => evaluateExpression("steps.pages.outputs.host", context)).toThrow("geen output 'host' (wel: origin, base_path)");
    expect(() => evaluateExpression("format('{0}', vars.SITE_URL)", context)).toThrow("kan deze runner niet uitrekenen");
    expect(() => evaluateExpression("vars.A && 'x'", context)).toThrow("kan deze runner niet uitrekenen");
    expect(() => evaluateExpression("'open", context)).toThrow("aanhalingsteken sluit niet");
  });

  it("fills in every ${{ }} of a value, and of each value of an env: mapping", () => {
    expect(evaluateTemplate("echo ${{ github.repository }} at ${{vars.SITE_URL}}", context)).toBe(
      "echo voorbeeld/gouden-gemeenten at https://www.example.nl",
    );
    expect(evaluateEnv({ PLAIN: "1", BRANCH: "${{ vars.CMS_BRANCH || 'main' }}" }, context)).toEqual({ PLAIN: "1", BRANCH: "main" });
    expect(() => evaluateTemplate("${{ vars.SITE_URL", context)).toThrow("sluit niet");
  });
});

describe("npmScripts", () => {
  it("finds each npm run in a command, also chained, with npm's options or with arguments", () => {
    expect(
      npmScripts(
        "npm install && npm run content:check && CONTACT_EMAIL=x npm run build -- --debug; npm test; npm run --silent content:diff -- main",
      ),
    ).toEqual(["content:check", "build", "content:diff"]);
  });
});

// The real workflows, against what they depend on.

const workflows = fs.readdirSync(".github/workflows").filter((name) => name.endsWith(".yml"));
const workflowText = (name: string) => fs.readFileSync(path.join(".github/workflows", name), "utf8");
const scripts = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;

describe.each(workflows)("the workflow %s", (name) => {
  const jobs = Object.keys((parse(workflowText(name)) as { jobs: Record<string, unknown> }).jobs);
  const steps = jobs.flatMap((job) => planJob(workflowText(name), job).steps);

  it("runs only npm scripts that package.json has, and so do those scripts", () => {
    const missing: string[] = [];
    const seen = new Set<string>();
    const follow = (command: string, where: string) => {
      for (const script of npmScripts(command)) {
        if (!(script in scripts)) missing.push(`${where}: npm run ${script}`);
        else if (!seen.has(script)) {
          seen.add(script);
          follow(scripts[script] ?? "", `package.json script ${script}`);
        }
      }
    };
    for (const step of steps) follow(step.run ?? "", `${name}, ${step.title}`);
    expect(missing).toEqual([]);
  });
});

describe("deploy.yml", () => {
  const build = planJob(workflowText("deploy.yml"), "build").steps.find((step) => npmScripts(step.run ?? "").includes("build"));

  it("passes the build every setting the site's owner and editor settings read from the environment", () => {
    // Whatever lib/hosting/site-owner.ts and lib/cms/config.ts ask of an environment, recorded as they ask it.
    const asked = new Set<string>();
    const environment = new Proxy({} as NodeJS.ProcessEnv, {
      get: (_target, name) => {
        if (typeof name === "string" && /^[A-Z][A-Z0-9_]*$/.test(name)) asked.add(name);
        // A production address, so that the warnings look at every setting.
        return name === "SITE_URL" ? "https://www.example.nl" : undefined;
      },
    });
    siteOwner(environment);
    ownerSettingsProblems(environment);
    ownerSettingsWarnings(environment);
    cmsSettingsFromEnv(environment, "https://www.example.nl");
    expect(asked.size).toBeGreaterThan(5);
    expect([...asked].filter((name) => !Object.hasOwn(build?.env ?? {}, name))).toEqual([]);
  });
});
