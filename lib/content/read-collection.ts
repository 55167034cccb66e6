import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { ZodArray, ZodDefault, ZodObject, ZodOptional, type z } from "zod";
import { formatPath, type ContentProblem } from "./problems";
import { SLUG_PATTERN } from "./schema";
import { parseFrontMatter } from "./yaml-lines";
import { describeIssue } from "./zod-messages";

export type ContentFile<T> = {
  /** Path relative to the project root, for messages. */
  file: string;
  /** File name without .md: the slug or id. */
  id: string;
  data: T;
  body: string;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

type Options<S extends z.ZodType> = {
  contentDir: string;
  folder: string;
  schema: S;
  problems: ContentProblem[];
  /** What a file name looks like, for the message when it is wrong. */
  fileNameExample: string;
};

const utf8 = new TextDecoder("utf-8", { fatal: true });

/**
 * Reads every Markdown file in one folder, validates its front matter and
 * collects problems instead of stopping at the first: editors see all their
 * mistakes in one run.
 */
export function readCollection<S extends z.ZodType>(
  options: Options<S>,
): { files: ContentFile<z.output<S>>[]; ids: string[] } {
  const { contentDir, folder, schema, problems } = options;
  const directory = path.join(contentDir, folder);
  if (!fs.existsSync(directory)) {
    problems.push({
      file: displayPath(directory),
      message: `de map ontbreekt. Maak de map ${folder}/ aan in de inhoudsmap.`,
    });
    return { files: [], ids: [] };
  }

  const files: ContentFile<z.output<S>>[] = [];
  // Every file present counts as existing for cross-references, even one with
  // mistakes: its own problems are reported, not a cascade of "unknown" ones.
  const ids: string[] = [];
  const names = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".md"))
    .sort();

  for (const name of names) {
    const fullPath = path.join(directory, name);
    const file = displayPath(fullPath);
    const id = name.slice(0, -".md".length);
    const fileProblemCount = problems.length;
    ids.push(id);

    if (!SLUG_PATTERN.test(id)) {
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
        message:
          "het bestand is niet als UTF-8 opgeslagen, waardoor letters als ë en é verminkt raken. Sla het op met de codering UTF-8 (in de meeste editors: Opslaan als → Codering → UTF-8).",
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

    const result = schema.safeParse(frontMatter.data ?? {}, { reportInput: true });
    if (!result.success) {
      for (const issue of result.error.issues) {
        for (const { path: fieldPath, message } of describeIssue(issue, allowedKeysAt(schema, issue.path))) {
          problems.push({
            file,
            line: frontMatter.lineOf(fieldPath) ?? 1,
            field: formatPath(fieldPath) || undefined,
            message,
          });
        }
      }
    }

    const body = split.content.trim();
    if (!body) {
      problems.push({
        file,
        message:
          "de tekst onder de YAML-kop is leeg. Schrijf na de afsluitende --- minstens één alinea.",
      });
    }

    if (result.success && problems.length === fileProblemCount) {
      files.push({ file, id, data: result.data, body, lineOf: frontMatter.lineOf });
    }
  }
  return { files, ids };
}

function displayPath(fullPath: string): string {
  return path.relative(process.cwd(), fullPath) || fullPath;
}

/** The field names allowed at a path of the schema, for "Bedoelt u …?" hints. */
function allowedKeysAt(schema: z.ZodType, issuePath: readonly PropertyKey[]): string[] {
  let current = unwrap(schema);
  for (const segment of issuePath) {
    if (current instanceof ZodObject && typeof segment === "string" && segment in current.shape) {
      current = unwrap(current.shape[segment]);
    } else if (current instanceof ZodArray && typeof segment === "number") {
      current = unwrap(current.element);
    } else {
      return [];
    }
  }
  return current instanceof ZodObject ? Object.keys(current.shape) : [];
}

function unwrap(schema: unknown): unknown {
  let current = schema;
  while (current instanceof ZodOptional || current instanceof ZodDefault) {
    current = current.unwrap();
  }
  return current;
}
