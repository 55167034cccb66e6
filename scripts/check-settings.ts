/**
 * Part of `npm run build`: the owner settings (lib/hosting/site-owner.ts) from the
 * environment. A wrong value stops the build; a production build without a
 * contact address or publisher builds, with a warning that says what to set.
 */
import { ownerSettingsProblems, ownerSettingsWarnings } from "../lib/hosting/site-owner";

const problems = ownerSettingsProblems();
if (problems.length > 0) {
  console.error(`De instellingen van de site kloppen niet (${problems.length}):\n${problems.map((problem) => `- ${problem}`).join("\n")}`);
  process.exit(1);
}
for (const warning of ownerSettingsWarnings()) console.warn(`Let op: ${warning}`);
