/**
 * npm run content:new — creates a correctly named content file from the
 * template the schema makes, in the one form of lib/content/file-form.ts:
 *   npm run content:new -- gemeente "Naam" --cohort 2019
 *   npm run content:new -- cohort 2019
 * It never overwrites a file and checks the name first. The logic lives in
 * lib/content/create-content.ts; this only prints its Dutch messages and sets the exit code.
 */
import { contentDirectory } from "../lib/content/load";
import { createContent, NewContentError, USAGE } from "../lib/content/create-content";

try {
  console.log(createContent(process.argv.slice(2), contentDirectory()).messages.join("\n"));
} catch (error) {
  // An editor's mistake gets its advice without a stack trace; a bug keeps its stack.
  if (!(error instanceof NewContentError)) throw error;
  console.error(`${error.message}\n\n${USAGE}`);
  process.exitCode = 1;
}
