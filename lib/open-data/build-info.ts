import { execFileSync } from "node:child_process";
import { contentDirectory } from "../content/load";

/** When the site was built and from which version of the content: stated in every data export. */
export type BuildInfo = {
  /** The moment of the build, ISO 8601 in UTC. next.config.ts sets BUILD_TIME once, so every page and file of one build agrees. */
  builtAt: string;
  /** The Git commit that last changed the content folder, with "+gewijzigd" for uncommitted changes; null outside Git. */
  contentRevision: string | null;
};

function git(args: string[]): string {
  return execFileSync("git", args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
}

/** The content's version: CONTENT_REVISION when the host sets it, else what Git says of the folder. */
export function contentRevision(folder: string = contentDirectory()): string | null {
  if (process.env.CONTENT_REVISION) return process.env.CONTENT_REVISION;
  try {
    const commit = git(["-C", folder, "log", "-1", "--format=%H", "--", "."]);
    if (!commit) return null;
    const changed = git(["-C", folder, "status", "--porcelain", "--", "."]) !== "";
    return changed ? `${commit}+gewijzigd` : commit;
  } catch {
    // Not a Git checkout (a downloaded archive): the export says so rather than inventing a version.
    return null;
  }
}

let cached: BuildInfo | undefined;

export function buildInfo(): BuildInfo {
  cached ??= { builtAt: process.env.BUILD_TIME ?? new Date().toISOString(), contentRevision: contentRevision() };
  return cached;
}
