/**
 * npm run cms — the browser editor on an editor's own machine: the site's
 * development server and Decap's local backend (decap-server), which reads
 * and writes the content of this working copy through Git, so no login and
 * no Git host are needed. Open the address it prints; stop with Ctrl+C.
 * Each saved entry is a branch (cms/<map>/<naam>) until it is published,
 * then it is merged into the current branch and the site shows it.
 */
import { spawn, type ChildProcess } from "node:child_process";

const port = process.env.PORT ?? "3000";
const backendPort = "8081";
const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

const children: ChildProcess[] = [
  // Decap's local backend answers on localhost:8081, where the editor looks for it.
  spawn(process.execPath, ["node_modules/decap-server/dist/index.js"], {
    env: { ...env, MODE: "git", GIT_REPO_DIRECTORY: process.cwd(), PORT: backendPort },
    stdio: "inherit",
  }),
  spawn("npm", ["run", "dev", "--", "--port", port], { env, stdio: "inherit" }),
];

function stopAll(code: number) {
  for (const child of children) if (child.exitCode === null) child.kill("SIGTERM");
  process.exitCode = code;
}

for (const child of children) child.on("exit", (code) => stopAll(code ?? 0));
process.on("SIGINT", () => stopAll(0));
process.on("SIGTERM", () => stopAll(0));

console.log(`\nDe editor: http://localhost:${port}/admin/index.html (kies 'Inloggen'; lokaal is geen wachtwoord nodig).\n`);
