import fs from "node:fs";
import path from "node:path";
import { checkContentForm, type FormCheck } from "./file-form";
import { NOT_UTF8 } from "./read-collection";
import type { ContentProblem } from "./problems";
import { CONTENT_FOLDERS, type ContentFolder } from "./schema";

/**
 * The one form (file-form.ts) applied to a content folder on disk: what
 * `npm run content:check` names and `npm run content:format` rewrites.
 */

export type CheckedFile = { file: string; fullPath: string; folder: ContentFolder; check: FormCheck };

export const FORMAT_COMMAND = "npm run content:format";

// ignoreBOM keeps a byte-order mark in the text, where the check can name it.
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** Every Markdown file of every content folder, checked against the one form. */
export function checkContentFiles(contentDir: string): CheckedFile[] {
  return CONTENT_FOLDERS.flatMap((folder) => {
    const directory = path.join(contentDir, folder);
    if (!fs.existsSync(directory)) return [];
    return fs
      .readdirSync(directory)
      .filter((name) => name.endsWith(".md"))
      .sort()
      .map((name) => {
        const fullPath = path.join(directory, name);
        const file = path.relative(process.cwd(), fullPath) || fullPath;
        let text: string;
        try {
          text = utf8.decode(fs.readFileSync(fullPath));
        } catch {
          // Rewritten, its letters would be lost for good.
          return { file, fullPath, folder, check: { canonical: false, problem: { message: NOT_UTF8 } } };
        }
        return { file, fullPath, folder, check: checkContentForm(folder, text) };
      });
  });
}

/**
 * A problem for each readable file that is not in the one form, saying how it
 * differs and which command fixes it. An unreadable file is the loader's to
 * name, with its own message.
 */
export function formProblems(files: readonly CheckedFile[]): ContentProblem[] {
  return files.flatMap(({ file, check }) =>
    !check.canonical && "reasons" in check
      ? [
          {
            file,
            line: check.line,
            message: `het bestand staat niet in de vaste vorm die ook de editor schrijft: ${check.reasons.join("; ")}. Herstel het met: ${FORMAT_COMMAND} (de gegevens blijven gelijk).`,
          },
        ]
      : [],
  );
}

export type FormatResult = {
  rewritten: { file: string; reasons: string[] }[];
  /** Files left as they were because their header cannot be read, with the reason in Dutch. */
  unreadable: ContentProblem[];
  unchanged: number;
};

/** Rewrites every readable file that is not in the one form; leaves the rest untouched. */
export function formatContentFiles(contentDir: string): FormatResult {
  const result: FormatResult = { rewritten: [], unreadable: [], unchanged: 0 };
  for (const { file, fullPath, check } of checkContentFiles(contentDir)) {
    if (check.canonical) {
      result.unchanged += 1;
    } else if ("problem" in check) {
      result.unreadable.push({ file, line: check.problem.line, message: check.problem.message });
    } else {
      fs.writeFileSync(fullPath, check.text);
      result.rewritten.push({ file, reasons: check.reasons });
    }
  }
  return result;
}
