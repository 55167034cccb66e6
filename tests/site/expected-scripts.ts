import { islandScript, LIST_FLAG_SCRIPT, PAGE_ACTIONS_SCRIPT } from "../../lib/hosting/browser-scripts";
import { islandPages } from "../../lib/pages/registry";

const islandsByPath = new Map(islandPages().map((page) => [page.path, page]));

/**
 * The scripts a page may load, Pagefind's own apart, sorted: the buttons'
 * script, and on a page with islands their bundles and the list flag (from
 * the route registry). No framework script: that is the promise of a page
 * that only shows content.
 */
export function expectedScripts(path: string): string[] {
  const islands = islandsByPath.get(path);
  return [...(islands?.listFlag ? [LIST_FLAG_SCRIPT] : []), ...(islands?.islands ?? []).map(islandScript), PAGE_ACTIONS_SCRIPT]
    .map((script) => `/${script}`)
    .toSorted();
}
