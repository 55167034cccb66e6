import { islandScript, LIST_FLAG_SCRIPT, versionedScriptUrl } from "../hosting/browser-scripts";
import { listParamNames } from "../listing/search-params";

/** What a page with an island needs besides its data: the address of the island's bundle. */
export type IslandScripts = { islandScript: string };

export function islandScripts(name: string): IslandScripts {
  return { islandScript: versionedScriptUrl(islandScript(name)) };
}

/** A filtered list's page also runs the list flag before the list, with the parameter names that filter it. */
export type ListFlag = { listFlag: { script: string; params: string } };

export function listFlag(params: Readonly<Record<string, string>>): ListFlag {
  return { listFlag: { script: versionedScriptUrl(LIST_FLAG_SCRIPT), params: listParamNames(params) } };
}
