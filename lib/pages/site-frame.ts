import { PAGE_ACTIONS_SCRIPT, versionedScriptUrl } from "../hosting/browser-scripts";
import { cohortYears } from "../content/queries";
import { getContent } from "../content/site-content";
import { footerNavigation, type NavigationLink } from "../site";

/** What the header, footer and script of every page need (components/site-shell.tsx). */
export type SiteFrame = {
  /** The years of all cohorts, oldest first. */
  cohortYears: number[];
  footerLinks: NavigationLink[];
  /** The address of the copy-link and share buttons' script, with a version from its content (lib/hosting/browser-scripts.ts). */
  pageActionsScript: string;
};

export function siteFrame(): SiteFrame {
  const content = getContent();
  return {
    cohortYears: cohortYears(content),
    footerLinks: footerNavigation({ criterionCount: content.criteria.length, lessons: content.lessons }),
    pageActionsScript: versionedScriptUrl(PAGE_ACTIONS_SCRIPT),
  };
}
