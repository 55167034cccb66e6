/**
 * The local backend for the editor's browser tests (Playwright starts it as a
 * web server for the "redactie" project): a fresh Git repository with a copy
 * of content/, served by Decap's own decap-server in Git mode, as
 * `npm run cms` does for an editor. Nothing of the project itself is changed.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { EDITOR_BACKEND_PORT, EDITOR_REPO } from "./editor-repo";

fs.rmSync(EDITOR_REPO, { recursive: true, force: true });
fs.mkdirSync(EDITOR_REPO, { recursive: true });
fs.cpSync("content", path.join(EDITOR_REPO, "content"), { recursive: true });
const git = (...args: string[]) => execFileSync("git", args, { cwd: EDITOR_REPO, stdio: "ignore" });
git("init", "--initial-branch=main");
// decap-server commits every save; a CI machine has no Git identity of its own.
git("config", "user.name", "Redactie (test)");
git("config", "user.email", "redactie@example.org");
git("config", "commit.gpgsign", "false");
git("add", "--all");
git("commit", "--message", "Inhoud van de site");

process.env.MODE = "git";
process.env.GIT_REPO_DIRECTORY = EDITOR_REPO;
process.env.PORT = String(EDITOR_BACKEND_PORT);
await import(path.resolve("node_modules", "decap-server", "dist", "index.js"));
