/**
 * A content problem as editors see it: one line in plain Dutch naming the
 * file, the line of the field where known, the field path, what is wrong and
 * how to fix it. A warning has the same form: something that is probably a
 * mistake but may be meant, and so does not stop the build.
 */
export type ContentProblem = {
  /** Path relative to the project root, e.g. content/gemeenten/ede.md */
  file: string;
  line?: number;
  /** Field path such as criteria[1].id; absent for problems of the whole file. */
  field?: string;
  message: string;
};

export function formatProblem(problem: ContentProblem): string {
  const location = problem.line ? `${problem.file}:${problem.line}` : problem.file;
  const field = problem.field ? ` ${problem.field}` : "";
  return `${location}${field}: ${problem.message}`;
}

export function formatProblems(problems: readonly ContentProblem[]): string {
  const files = new Set(problems.map((problem) => problem.file)).size;
  const summary =
    problems.length === 1
      ? "1 probleem in 1 bestand."
      : `${problems.length} problemen in ${files} ${files === 1 ? "bestand" : "bestanden"}.`;
  return [...problems.map(formatProblem), "", `De inhoud is niet in orde: ${summary}`].join("\n");
}

/** Warnings after the problems, or alone: the same lines, and a summary that says they do not stop the build. */
export function formatWarnings(warnings: readonly ContentProblem[]): string {
  const files = new Set(warnings.map((warning) => warning.file)).size;
  const count = warnings.length === 1 ? "1 waarschuwing" : `${warnings.length} waarschuwingen`;
  const summary = `Let op: ${count} in ${files} ${files === 1 ? "bestand" : "bestanden"}. Een waarschuwing houdt de publicatie niet tegen; kijk wel of het klopt.`;
  return [...warnings.map(formatProblem), "", summary].join("\n");
}

/**
 * The problem as a GitHub Actions workflow command, so that a pull request
 * shows it as an annotation on its file and line. The text is the same line
 * as in the normal output; the escapes are the ones the runner decodes.
 */
export function githubAnnotation(problem: ContentProblem): string {
  return annotation("error", problem);
}

/** A warning as a GitHub Actions workflow command: a yellow annotation, which does not fail the check. */
export function githubWarningAnnotation(warning: ContentProblem): string {
  return annotation("warning", warning);
}

function annotation(level: "error" | "warning", problem: ContentProblem): string {
  const properties = [`file=${escapeProperty(problem.file)}`];
  if (problem.line) properties.push(`line=${problem.line}`);
  properties.push(`title=${escapeProperty(problem.field ? `Inhoud: ${problem.field}` : "Inhoud")}`);
  return `::${level} ${properties.join(",")}::${escapeData(formatProblem(problem))}`;
}

/** `%` first, so that the escapes added after it stay as they are. */
function escapeData(text: string): string {
  return text.replaceAll("%", "%25").replaceAll("\r", "%0D").replaceAll("\n", "%0A");
}

/** In `name=value` pairs `:` and `,` would end the value. */
function escapeProperty(text: string): string {
  return escapeData(text).replaceAll(":", "%3A").replaceAll(",", "%2C");
}

/** Thrown once, after every file was read, with every problem found. */
export class ContentError extends Error {
  readonly problems: readonly ContentProblem[];

  constructor(problems: readonly ContentProblem[]) {
    super(formatProblems(problems));
    this.name = "ContentError";
    this.problems = problems;
  }
}

/** Field path as editors read it: criteria[1].id */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((segment, index) =>
      typeof segment === "number" ? `[${segment}]` : `${index === 0 ? "" : "."}${String(segment)}`,
    )
    .join("");
}
