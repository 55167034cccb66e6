/**
 * npm run content:format — rewrites every content file into the one form that
 * the browser editor writes too (lib/content/file-form.ts), without changing
 * its data. A file whose header cannot be read is left as it is and named,
 * with what is wrong, for a person to fix; the command then fails.
 */
import { contentDirectory } from "../lib/content/load";
import { formatContentFiles } from "../lib/content/format-files";
import { formatProblem } from "../lib/content/problems";

const { rewritten, unreadable, unchanged } = formatContentFiles(contentDirectory());
for (const { file, reasons } of rewritten) console.log(`Herschreven: ${file} (${reasons.join("; ")})`);
for (const problem of unreadable)
  console.error(`Niet herschreven: ${formatProblem(problem)} Herstel dit met de hand en draai de opdracht opnieuw.`);
console.log(
  `${rewritten.length} ${rewritten.length === 1 ? "bestand" : "bestanden"} herschreven, ${unchanged} al in de vaste vorm${unreadable.length ? `, ${unreadable.length} onleesbaar en niet aangeraakt` : ""}.`,
);
// exitCode instead of exit(): on macOS a pipe is written asynchronously and exit() could cut the output short.
if (unreadable.length) process.exitCode = 1;
