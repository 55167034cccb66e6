import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";

/** The parts of a GitHub Actions workflow these tests look at. */
type Step = { id?: string; uses?: string; run?: string; with?: Record<string, unknown>; env?: Record<string, string> };
type Workflow = {
  on: Record<string, { branches?: string[]; "branches-ignore"?: string[] } | null>;
  permissions?: Record<string, string>;
  concurrency?: { group: string; "cancel-in-progress": boolean };
  jobs: Record<string, { needs?: string; env?: Record<string, string>; steps: Step[] }>;
};

function workflow(name: string): Workflow {
  return parse(fs.readFileSync(path.resolve(".github/workflows", name), "utf8")) as Workflow;
}

const scripts = (JSON.parse(fs.readFileSync("package.json", "utf8")) as { scripts: Record<string, string> }).scripts;
const check = workflow("check.yml");
const deploy = workflow("deploy.yml");

const steps = (file: Workflow) => Object.values(file.jobs).flatMap((job) => job.steps);
const commands = (file: Workflow) => steps(file).flatMap((step) => (step.run ?? "").split("\n").filter((line) => line.trim() !== ""));
const runIndex = (file: Workflow, command: string) => commands(file).indexOf(command);

describe.each([
  ["check.yml", check],
  ["deploy.yml", deploy],
])("the workflow %s", (_name, file) => {
  it("runs only npm scripts that package.json has, after npm install (not npm ci)", () => {
    for (const command of commands(file)) {
      expect(command).toMatch(/^npm (install --no-audit --no-fund|run [\w:-]+)$/);
      const script = /^npm run (\S+)$/.exec(command)?.[1];
      if (script) expect(Object.keys(scripts)).toContain(script);
    }
    expect(runIndex(file, "npm install --no-audit --no-fund")).toBe(0);
  });

  it("sets up Node 20 with the npm cache, with actions pinned to their major versions", () => {
    const setupNode = steps(file).filter((step) => step.uses?.startsWith("actions/setup-node"));
    expect(setupNode).toEqual([{ uses: "actions/setup-node@v4", with: { "node-version": 20, cache: "npm" } }]);
    for (const step of steps(file).filter((step) => step.uses)) expect(step.uses).toMatch(/^actions\/[\w-]+@v\d+$/);
  });

  it("builds the site with telemetry off", () => {
    const build = steps(file).find((step) => step.run === "npm run build");
    const job = Object.values(file.jobs).find((candidate) => build && candidate.steps.includes(build));
    expect({ ...job?.env, ...build?.env }).toMatchObject({ NEXT_TELEMETRY_DISABLED: "1" });
  });
});

describe("check.yml", () => {
  it("runs on every pull request (the editor's cms/... branches too) and on pushes to other branches than main", () => {
    expect(check.on).toEqual({ pull_request: null, push: { "branches-ignore": ["main"] } });
  });

  it("checks the content on its own, before lint, type check, unit tests and build", () => {
    expect(commands(check)).toEqual([
      "npm install --no-audit --no-fund",
      "npm run content:check",
      "npm run lint",
      "npm run typecheck",
      "npm run test:unit",
      "npm run build",
    ]);
  });

  it("has one job named check, the name branch protection requires", () => {
    expect(Object.keys(check.jobs)).toEqual(["check"]);
  });
});

describe("deploy.yml", () => {
  it("runs on a push to main and by hand", () => {
    expect(deploy.on).toEqual({ push: { branches: ["main"] }, workflow_dispatch: null });
  });

  it("checks the content before it builds: the build script starts with content:check", () => {
    expect(scripts.build).toMatch(/^npm run content:check && /);
  });

  it("builds with the site's address and base path from repository variables or from Pages, and the editor's backend settings", () => {
    const build = steps(deploy).find((step) => step.run === "npm run build");
    expect(build?.env).toMatchObject({
      SITE_URL: "${{ vars.SITE_URL || steps.pages.outputs.origin }}",
      BASE_PATH: "${{ vars.BASE_PATH || steps.pages.outputs.base_path }}",
    });
    expect(Object.keys(build?.env ?? {})).toEqual(expect.arrayContaining(["CMS_REPO", "CMS_BRANCH", "CMS_BASE_URL", "CMS_AUTH_ENDPOINT"]));
    const uses = steps(deploy).map((step) => step.uses ?? step.run);
    expect(uses.indexOf("actions/configure-pages@v5")).toBeLessThan(uses.indexOf("npm run build"));
    expect(steps(deploy).find((step) => step.id === "pages")?.uses).toBe("actions/configure-pages@v5");
  });

  it("uploads out/ and deploys it to Pages with the permissions that needs, one deployment at a time", () => {
    expect(steps(deploy).filter((step) => step.uses?.includes("pages-artifact"))).toEqual([
      { uses: "actions/upload-pages-artifact@v3", with: { path: "out" } },
    ]);
    expect(deploy.jobs.deploy?.needs).toBe("build");
    expect(deploy.jobs.deploy?.steps.map((step) => step.uses)).toEqual(["actions/deploy-pages@v4"]);
    expect(deploy.permissions).toMatchObject({ pages: "write", "id-token": "write" });
    expect(deploy.concurrency).toEqual({ group: "pages", "cancel-in-progress": false });
  });
});
