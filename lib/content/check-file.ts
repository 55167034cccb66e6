import type { z } from "zod";
import { describeIssue } from "./zod-messages";

/** One problem in one file, before it is placed at a line: the field path and the Dutch message. */
export type FileProblem = {
  path: PropertyKey[];
  message: string;
  /** A problem of the text below the header, which has no field and no line of its own. */
  aboutBody?: true;
};

const EMPTY_BODY = "de tekst onder de YAML-kop is leeg. Schrijf na de afsluitende --- minstens één alinea.";
const UNWANTED_BODY = "dit soort bestand heeft geen tekst onder de YAML-kop. Zet wat u wilt zeggen in een veld van de kop, en haal de tekst na de afsluitende --- weg.";

/**
 * Every rule about one content file: its front matter against the schema of
 * its folder, and a body that is not empty. Pure, so that the build and the
 * browser editor check a file with the same rules and the same words.
 */
export function checkFile<S extends z.ZodType>(
  schema: S,
  frontMatter: unknown,
  body: string,
  /** False for a folder whose files have no text under the header (FOLDERS_WITHOUT_BODY). */
  withBody = true,
): { problems: FileProblem[]; data?: z.output<S> } {
  const result = schema.safeParse(frontMatter, { reportInput: true });
  const problems: FileProblem[] = result.success ? [] : result.error.issues.flatMap((issue) => describeIssue(issue, schema));
  if (withBody && !body.trim()) problems.push({ path: [], message: EMPTY_BODY, aboutBody: true });
  if (!withBody && body.trim()) problems.push({ path: [], message: UNWANTED_BODY, aboutBody: true });
  return { problems, data: result.success ? result.data : undefined };
}
