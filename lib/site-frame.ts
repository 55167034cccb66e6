import { createHash } from "node:crypto";
import fs from "node:fs";
import { cohortYears } from "./content/queries";
import { getContent } from "./content/site-content";
import { footerNavigation, withBasePath, type NavigationLink } from "./site";

/** Written by scripts/build-page-actions.ts from lib/page-actions.ts. */
export const PAGE_ACTIONS_FILE = "public/page-actions.js";

/** What the header, footer and script of every page need (components/site-shell.tsx), for both routers. */
export type SiteFrame = {
  /** The years of all cohorts, oldest first. */
  cohortYears: number[];
  footerLinks: NavigationLink[];
  /** The address of public/page-actions.js with a version from its content, so that it can be cached for good. */
  pageActionsScript: string;
};

export function siteFrame(): SiteFrame {
  const content = getContent();
  if (!fs.existsSync(PAGE_ACTIONS_FILE)) {
    throw new Error(
      `${PAGE_ACTIONS_FILE} ontbreekt: maak het met tsx scripts/build-page-actions.ts (npm run build en npm run dev doen dat zelf).`,
    );
  }
  const version = createHash("sha256").update(fs.readFileSync(PAGE_ACTIONS_FILE)).digest("hex").slice(0, 12);
  return {
    cohortYears: cohortYears(content),
    footerLinks: footerNavigation({ criterionCount: content.criteria.length, lessons: content.lessons }),
    pageActionsScript: withBasePath(`/page-actions.js?v=${version}`),
  };
}
