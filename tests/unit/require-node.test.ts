import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import packageJson from "../../package.json";

// Plain CommonJS, to run on any Node.js; its one function has no types of its own.
const { nodeProblem } = createRequire(import.meta.url)("../../scripts/require-node.cjs") as {
  nodeProblem: (running: string, pinned: string) => string | null;
};

describe("the Node.js check before npm start, npm test, npm run build and npm run dev", () => {
  it("passes the pinned major version and newer ones", () => {
    expect(nodeProblem("v26.0.0", "26.10.0")).toBeNull();
    expect(nodeProblem("v27.1.0", "26.10.0")).toBeNull();
  });

  it("names an older Node.js, the version it needs and how npm install gets it, in Dutch", () => {
    const problem = nodeProblem("v20.20.2", "26.10.0");
    expect(problem).toContain("Dit project draait op Node.js 26, maar hier draait Node.js v20.20.2.");
    expect(problem).toContain("npm install zet Node.js 26.10.0 in node_modules");
    expect(problem).toContain("node_modules/.bin/node");
  });

  it("passes on the Node.js npm run uses here, and says which one it is", () => {
    expect(packageJson.dependencies.node.split(".")[0]).toBe(process.versions.node.split(".")[0]);
    expect(execFileSync(process.execPath, ["scripts/require-node.cjs"], { encoding: "utf8" })).toBe(`Node.js ${process.version}\n`);
  });
});
