/**
 * After `next build`: gives every HTML page of the export a Content-Security-
 * Policy <meta> that allows exactly its own inline scripts (by SHA-256 hash).
 * Next writes each page's data as inline scripts that differ per page, so
 * one header cannot list them; see README → Deploying.
 * Usage: tsx scripts/add-script-policy.ts [siteDir]   (default: out)
 */
import fs from "node:fs";
import path from "node:path";
import { withScriptPolicy } from "../lib/csp";

const siteDir = path.resolve(process.argv[2] ?? "out");
const pages = fs.readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
const problems: string[] = [];
for (const page of pages) {
  const file = path.join(siteDir, page);
  try {
    fs.writeFileSync(file, withScriptPolicy(fs.readFileSync(file, "utf8")));
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`Scriptbeleid met hashes in ${pages.length} pagina's (${path.relative(process.cwd(), siteDir) || "."})`);
