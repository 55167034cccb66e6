/**
 * npm run content:diff -- <basis> [<nieuw>] — what changed in content/
 * between two revisions, as data, in Dutch (lib/cms/content-diff.ts): for
 * the reviewer of an editor's pull request, who sees the change itself
 * instead of a YAML diff. <basis> and <nieuw> are anything Git knows (main,
 * origin/main, a commit); without <nieuw>, the working tree.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { describeContentChanges, type ContentData } from "../lib/cms/content-diff";
import { readContentFile } from "../lib/content/file-form";

const USAGE = "Gebruik: npm run content:diff -- <basis> [<nieuw>], bijvoorbeeld npm run content:diff -- origin/main";
const CONTENT = "content";

const git = (...args: string[]) => execFileSync("git", args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });

/** A file's header as data and its body, read as the loader reads them; a header that cannot be read counts as empty. */
function asData(text: string): ContentData {
  const read = readContentFile(text);
  return "problem" in read ? { data: {}, body: text } : read;
}

function filesAt(revision: string | undefined): Map<string, ContentData> {
  const paths = revision
    ? git("ls-tree", "-r", "--name-only", revision, "--", CONTENT).split("\n").filter(Boolean)
    : fs
        .readdirSync(CONTENT, { recursive: true, encoding: "utf8" })
        .map((file) => path.posix.join(CONTENT, file.split(path.sep).join("/")));
  return new Map(
    paths
      .filter((file) => file.endsWith(".md"))
      .map((file) => [file, asData(revision ? git("show", `${revision}:${file}`) : fs.readFileSync(file, "utf8"))]),
  );
}

let revisions: string[];
try {
  revisions = parseArgs({ allowPositionals: true, strict: true, options: {} }).positionals;
} catch (error) {
  throw new Error(`content:diff: ${error instanceof Error ? error.message : error}. ${USAGE}`);
}
const [base, head] = revisions;
if (!base || revisions.length > 2) {
  console.error(`content:diff: geef de versie om mee te vergelijken. ${USAGE}`);
  process.exit(1);
}
try {
  git("rev-parse", "--verify", "--quiet", `${base}^{commit}`);
  if (head) git("rev-parse", "--verify", "--quiet", `${head}^{commit}`);
} catch {
  console.error(`content:diff: Git kent ${head ? `'${base}' of '${head}'` : `'${base}'`} niet. ${USAGE}`);
  process.exit(1);
}

const changes = describeContentChanges(filesAt(base), filesAt(head));
console.log(`## Wijzigingen in de inhoud (${base} → ${head ?? "werkmap"})\n`);
console.log(changes.length === 0 ? "Geen wijzigingen in de inhoud." : changes.map((change) => `- ${change}`).join("\n"));
