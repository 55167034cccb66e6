import { Parser, stringify } from "yaml";
import { ZodArray, type z } from "zod";
import { schemaOf } from "./field-guide";
import type { ContentFolder } from "./schema";
import { fieldsOf, unwrap } from "./schema-fields";
import { parseFrontMatter, type YamlSyntaxProblem } from "./yaml-lines";

/**
 * The one form of a content file (issue 25), written by the browser editor
 * (which uses this code as its file format, see lib/cms/file-format.ts), by
 * `npm run content:format` and by `npm run content:new`, and demanded by
 * `npm run content:check`. So an edit in the editor changes the lines of
 * the fields it changed, and nothing else.
 *
 * The form: a YAML header between two lines `---`, a blank line, the
 * Markdown body (where the folder has one), one line end at the end. In the header the fields stand in
 * the order of the schema (which is the order of the editor's form), every
 * text on one line (no folding: one field, one line, one line in a diff),
 * quotes only where YAML needs them, lists one item per line. No comments:
 * the editor reads a file into data and cannot write them back. Everywhere:
 * UTF-8 without byte-order mark, Unix line ends, no tabs, no spaces at the
 * end of a line.
 */

export type HeaderFields = Record<string, unknown>;

export type ReadFile = { data: HeaderFields; body: string } | { problem: YamlSyntaxProblem };

const HEADER = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/;

/** What every tool does first: one line end, no byte-order mark. */
function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, "").replaceAll(/\r\n?/g, "\n");
}

/** Reads a file into its data and body, or says in Dutch why its header cannot be read. */
export function readContentFile(text: string): ReadFile {
  const normal = normaliseText(text);
  const header = HEADER.exec(normal);
  if (!header) {
    return { problem: { line: 1, message: "de YAML-kop ontbreekt of sluit niet af. Begin het bestand met een regel ---, dan de velden, dan weer een regel ---." } };
  }
  const parsed = parseFrontMatter(header[1] ?? "", 1);
  const [problem] = parsed.syntaxProblems;
  if (problem) return { problem };
  const data: unknown = parsed.data ?? {};
  if (typeof data !== "object" || data === null || Array.isArray(data)) {
    return { problem: { line: 2, message: "de YAML-kop bevat geen velden. Schrijf elk veld als naam: waarde op een eigen regel." } };
  }
  return { data: { ...data }, body: normal.slice(header[0].length) };
}

/** Writes data and body in the one form. */
export function writeContentFile(folder: ContentFolder, data: HeaderFields, body: string): string {
  const header = Object.keys(data).length ? stringify(ordered(data, schemaOf(folder)), { lineWidth: 0, nullStr: "" }) : "";
  const text = canonicalBody(body);
  return `---\n${header}---\n${text ? `\n${text}` : ""}`;
}

/**
 * The keys of an object in the schema's order, recursively; keys the schema
 * does not know (the check names them) after those, alphabetically, so that
 * the order never depends on how the data came about.
 */
function ordered(value: unknown, schema: z.ZodType | undefined): unknown {
  const inner = schema && unwrap(schema);
  if (Array.isArray(value)) {
    const element = inner instanceof ZodArray ? (inner.element as z.ZodType) : undefined;
    return value.map((item) => ordered(item, element));
  }
  if (typeof value !== "object" || value === null) return value;
  const fields = inner ? fieldsOf(inner) : [];
  const known = fields.map((field) => field.key);
  const keys = [...known.filter((key) => Object.hasOwn(value, key)), ...Object.keys(value).filter((key) => !known.includes(key)).sort()];
  return Object.fromEntries(keys.map((key) => [key, ordered(Reflect.get(value, key), fields.find((field) => field.key === key)?.schema)]));
}

const TAB_STOP = 4;

/**
 * The body as written, made clean without changing what it shows: tabs become
 * the spaces Markdown reads them as, spaces at the end of a line go, except
 * that two or more before another line are a line break, written as Markdown's
 * other way to make one (a backslash). No blank lines before or after it.
 */
function canonicalBody(body: string): string {
  const lines = normaliseText(body).split("\n").map(expandTabs);
  let fenced = false;
  const clean = lines.map((line, index) => {
    if (/^ {0,3}(```|~~~)/.test(line)) fenced = !fenced;
    const trimmed = line.trimEnd();
    const next = lines[index + 1];
    const isLineBreak = !fenced && /\S {2,}$/.test(line) && next !== undefined && next.trim() !== "";
    return isLineBreak ? `${trimmed}\\` : trimmed;
  });
  const text = clean.join("\n").replace(/^\n+/, "").replace(/\n+$/, "");
  return text ? `${text}\n` : "";
}

function expandTabs(line: string): string {
  let column = 0;
  let result = "";
  for (const character of line) {
    if (character === "\t") {
      const spaces = TAB_STOP - (column % TAB_STOP);
      result += " ".repeat(spaces);
      column += spaces;
    } else {
      result += character;
      column += 1;
    }
  }
  return result;
}

export type FormCheck =
  | { canonical: true }
  | { canonical: false; text: string; line: number; reasons: string[] }
  | { canonical: false; problem: YamlSyntaxProblem };

/** Whether a file is in the one form; if not, the file in that form and, in Dutch, how it differs. */
export function checkContentForm(folder: ContentFolder, text: string): FormCheck {
  const read = readContentFile(text);
  if ("problem" in read) return { canonical: false, problem: read.problem };
  const canonical = writeContentFile(folder, read.data, read.body);
  if (canonical === text) return { canonical: true };
  return { canonical: false, text: canonical, line: firstDifferentLine(text, canonical), reasons: differences(folder, text, read.data) };
}

function firstDifferentLine(text: string, canonical: string): number {
  const lines = text.split("\n");
  const expected = canonical.split("\n");
  const index = lines.findIndex((line, position) => line !== expected[position]);
  return (index < 0 ? Math.min(lines.length, expected.length) : index) + 1;
}

/** The lines (1-based) on which a pattern occurs. */
function linesWith(text: string, pattern: RegExp): number[] {
  return text.split("\n").flatMap((line, index) => (pattern.test(line) ? [index + 1] : []));
}

function onLines(lines: number[]): string {
  const shown = lines.slice(0, 5).join(", ");
  return `${lines.length === 1 ? "regel" : "regels"} ${shown}${lines.length > 5 ? " en meer" : ""}`;
}

function differences(folder: ContentFolder, text: string, data: HeaderFields): string[] {
  const reasons: string[] = [];
  if (text.startsWith("\uFEFF")) reasons.push("het begint met een byte-order mark (BOM)");
  if (text.includes("\r")) reasons.push("het heeft Windows-regeleinden (CRLF)");
  const normal = normaliseText(text);
  const tabs = linesWith(normal, /\t/);
  if (tabs.length) reasons.push(`er staan tabs op ${onLines(tabs)}`);
  const trailing = linesWith(normal, /[ \t]$/);
  if (trailing.length) reasons.push(`er staan spaties aan het eind van ${onLines(trailing)}`);
  const comments = commentLines(normal);
  if (comments.length) reasons.push(`er staat uitleg na # op ${onLines(comments)}, die de editor bij opslaan weggooit`);
  const order = misplacedKey(folder, data);
  if (order) reasons.push(order);
  if (!reasons.length) reasons.push("de opmaak van de YAML-kop of de witregels wijkt af (aanhalingstekens, tekst over meer regels, lijsten tussen [ ], of witregels rond de tekst)");
  return reasons;
}

/** The header's comments, found by YAML's own parser, so that a # inside a text is not one. */
function commentLines(text: string): number[] {
  const header = HEADER.exec(text)?.[1] ?? "";
  const lines = new Set<number>();
  const lineAt = (offset: number) => header.slice(0, offset).split("\n").length + 1;
  const walk = (token: unknown): void => {
    if (Array.isArray(token)) return token.forEach(walk);
    if (typeof token !== "object" || token === null) return;
    if ("type" in token && token.type === "comment" && "offset" in token && typeof token.offset === "number") lines.add(lineAt(token.offset));
    Object.values(token).forEach(walk);
  };
  for (const token of new Parser().parse(header)) walk(token);
  return [...lines].sort((a, b) => a - b);
}

/** The first field that stands before one the schema puts earlier, as a Dutch reason. */
function misplacedKey(folder: ContentFolder, data: HeaderFields): string | undefined {
  const expected = ordered(data, schemaOf(folder));
  let reason: string | undefined;
  const compare = (actual: unknown, wanted: unknown, where: string): void => {
    if (reason || typeof actual !== "object" || actual === null || typeof wanted !== "object" || wanted === null) return;
    const actualKeys = Object.keys(actual);
    const wantedKeys = Object.keys(wanted);
    const index = actualKeys.findIndex((key, position) => key !== wantedKeys[position]);
    if (index >= 0 && !Array.isArray(actual)) {
      reason = `het veld ${where}${wantedKeys[index]} hoort vóór ${where}${actualKeys[index]} te staan, in de volgorde van het formulier`;
      return;
    }
    for (const key of actualKeys) compare(Reflect.get(actual, key), Reflect.get(wanted, key), Array.isArray(actual) ? `${where.slice(0, -1)}[${key}].` : `${where}${key}.`);
  };
  compare(data, expected, "");
  return reason;
}
