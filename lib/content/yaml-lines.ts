import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document } from "yaml";

export type YamlSyntaxProblem = { line?: number; message: string };

export type ParsedFrontMatter = {
  data: unknown;
  syntaxProblems: YamlSyntaxProblem[];
  /** Line in the file of the field at `path`, or of its nearest existing parent. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
};

const SYNTAX_HINTS: Record<string, string> = {
  TAB_AS_INDENT:
    "er staat een tab als inspringing. Gebruik spaties (twee per niveau) in plaats van tabs.",
  MISSING_CHAR:
    "er ontbreekt een teken, meestal een afsluitend aanhalingsteken. Sluit de tekst af met hetzelfde teken als waarmee hij begint (\" of ').",
  DUPLICATE_KEY: "dit veld staat er twee keer. Houd er één over.",
  BAD_INDENT: "de inspringing klopt niet. Zet velden op hetzelfde niveau precies onder elkaar.",
  MULTILINE_IMPLICIT_KEY:
    "een veldnaam loopt over meer regels, vaak door een ontbrekende dubbele punt of aanhalingsteken. Controleer deze en de vorige regel.",
  BLOCK_AS_IMPLICIT_KEY:
    "de structuur is hier onduidelijk, vaak door een ontbrekende dubbele punt of verkeerde inspringing. Controleer deze en de vorige regel.",
};

/**
 * Parses the YAML front matter that gray-matter split off, keeping positions
 * so that every problem can name the line of its field. `lineOffset` is the
 * number of file lines before the first line of `source`.
 */
export function parseFrontMatter(source: string, lineOffset: number): ParsedFrontMatter {
  const lineCounter = new LineCounter();
  const document = parseDocument(source, { lineCounter, uniqueKeys: true, prettyErrors: false });
  const toFileLine = (offset: number) => lineCounter.linePos(offset).line + lineOffset;

  // Only the first YAML error: the ones after it are mostly its consequences.
  const syntaxProblems = document.errors.slice(0, 1).map((error) => {
    const hint = SYNTAX_HINTS[error.code];
    const offset = error.code === "MISSING_CHAR" ? unclosedQuoteStart(source, error.pos[0]) : error.pos[0];
    const line = error.pos ? toFileLine(offset) : undefined;
    return {
      line,
      message: hint
        ? `de YAML-kop is onleesbaar: ${hint}`
        : `de YAML-kop is onleesbaar (${error.message.split("\n")[0]}). Controleer aanhalingstekens, dubbele punten en inspringing op deze regel.`,
    };
  });

  return {
    data: syntaxProblems.length ? undefined : document.toJS(),
    syntaxProblems,
    lineOf: (path) => lineOfPath(document, path, toFileLine),
  };
}

/**
 * YAML reports a quote that does not close where the header ends, as a quoted
 * text may span lines; the editor needs the line where it opens: the last
 * value before that point that starts with a quote and does not end with it.
 */
function unclosedQuoteStart(source: string, errorOffset: number): number {
  const opening = /^(?: *- +| *[\w-]+: +)(["'])(?!.*\1\s*$)/gm;
  let start = errorOffset;
  for (const match of source.slice(0, errorOffset).matchAll(opening)) start = match.index;
  return start;
}

function lineOfPath(
  document: Document,
  path: readonly PropertyKey[],
  toFileLine: (offset: number) => number,
): number | undefined {
  let node: unknown = document.contents;
  let line: number | undefined;
  for (const segment of path) {
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && item.key.value === segment);
      if (!pair) break;
      if (isScalar(pair.key) && pair.key.range) line = toFileLine(pair.key.range[0]);
      node = pair.value;
    } else if (isSeq(node) && typeof segment === "number") {
      const item: unknown = node.items[segment];
      if (!item) break;
      if ((isScalar(item) || isMap(item) || isSeq(item)) && item.range) {
        line = toFileLine(item.range[0]);
      }
      node = item;
    } else {
      break;
    }
  }
  return line;
}
