import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { z } from "zod";
import { checkFile } from "./check-file";
import { formatPath, type ContentProblem } from "./problems";
import { SLUG_PATTERN } from "./schema";
import { parseFrontMatter } from "./yaml-lines";

/** A content file as read from disk, before its front matter is validated. */
export type RawContentFile = {
  /** Path relative to the project root, for messages. */
  file: string;
  /** File name without .md: the slug or id. */
  id: string;
  /** False when the file name breaks the slug rule: the file is checked, but not published. */
  hasValidName: boolean;
  frontMatter: unknown;
  body: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

export type ContentFile<T> = Omit<RawContentFile, "frontMatter" | "hasValidName"> & { data: T };

type Options = {
  contentDir: string;
  folder: string;
  problems: ContentProblem[];
  /** What a file name looks like, for the message when it is wrong. */
  fileNameExample: string;
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

export const NOT_UTF8 =
  "het bestand is niet als UTF-8 opgeslagen, waardoor letters als ë en é verminkt raken. Sla het op met de codering UTF-8 (in de meeste editors: Opslaan als → Codering → UTF-8).";

/**
 * Reads every Markdown file in one folder and parses its YAML header,
 * collecting problems instead of stopping at the first: editors see all their
 * mistakes in one run. `ids` holds every file present, even one with
 * mistakes, for the references of other files; `files` the readable ones.
 */
export function readCollection(options: Options): { files: RawContentFile[]; ids: string[] } {
  const { contentDir, folder, problems } = options;
  const directory = path.join(contentDir, folder);
  if (!fs.existsSync(directory)) {
    problems.push({
      file: displayPath(directory),
      message: `de map ontbreekt. Maak de map ${folder}/ aan in de inhoudsmap.`,
    });
    return { files: [], ids: [] };
  }

  const files: RawContentFile[] = [];
  const ids: string[] = [];
  const names = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort();

  for (const name of names) {
    const fullPath = path.join(directory, name);
    const file = displayPath(fullPath);
    const id = name.slice(0, -".md".length);
    ids.push(id);

    const hasValidName = SLUG_PATTERN.test(id);
    if (!hasValidName) {
      problems.push({
        file,
        message: `de bestandsnaam '${name}' volgt de regels niet. Gebruik alleen kleine letters, cijfers en koppeltekens, zonder spaties of accenten, zoals '${options.fileNameExample}'.`,
      });
    }

    let text: string;
    try {
      text = utf8.decode(fs.readFileSync(fullPath)).replace(/^\uFEFF/, "");
    } catch {
      problems.push({
        file,
        message: NOT_UTF8,
      });
      continue;
    }

    if (!/^---\r?\n/.test(text)) {
      problems.push({
        file,
        line: 1,
        message:
          "de YAML-kop ontbreekt. Begin het bestand met een regel ---, dan de velden, dan weer een regel ---.",
      });
      continue;
    }

    // gray-matter splits the front matter from the body; the YAML itself is
    // parsed by parseFrontMatter, which keeps line numbers for the messages.
    const split = matter(text, { engines: { yaml: () => ({}) } });
    const frontMatter = parseFrontMatter(split.matter, 0);
    for (const syntaxProblem of frontMatter.syntaxProblems) {
      problems.push({ file, ...syntaxProblem });
    }
    if (frontMatter.syntaxProblems.length) continue;

    files.push({ file, id, hasValidName, frontMatter: frontMatter.data ?? {}, body: split.content.trim(), lineOf: frontMatter.lineOf });
  }
  return { files, ids };
}

/**
 * Validates the files of one folder against its schema. A file with any
 * problem (its name, its header or an empty body) is reported and left out, so that
 * the rules across files only see valid data.
 */
export function validateCollection<S extends z.ZodType>(
  files: readonly RawContentFile[],
  schema: S,
  problems: ContentProblem[],
  withBody = true,
): ContentFile<z.output<S>>[] {
  const valid: ContentFile<z.output<S>>[] = [];
  for (const { frontMatter, hasValidName, ...file } of files) {
    const { problems: fileProblems, data } = checkFile(schema, frontMatter, file.body, withBody);
    for (const { path: fieldPath, message, aboutBody } of fileProblems) {
      problems.push({
        file: file.file,
        ...(aboutBody ? {} : { line: file.lineOf(fieldPath) ?? 1, field: formatPath(fieldPath) || undefined }),
        message,
      });
    }
    if (data !== undefined && hasValidName) valid.push({ ...file, data });
  }
  return valid;
}

function displayPath(fullPath: string): string {
  return path.relative(process.cwd(), fullPath) || fullPath;
}
