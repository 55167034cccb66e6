import { useEffect, useState } from "react";
import { FILTERING_FLAG } from "./search-params";

/** Fired after navigateToSearch changes the URL, so that every reader of it updates. */
const URL_CHANGE = "gg:urlchange";

/*
 * Why state set in an effect rather than useSyncExternalStore: an island must
 * first render exactly what the server rendered (no URL, scripts not yet
 * running), and only then what the browser knows. useSyncExternalStore does
 * that second render in a layout effect, in the same task as the hydration;
 * an effect puts it in a task of its own, so that neither blocks the main
 * thread for long on a slow phone (the listing's total blocking time fell
 * from about 80 to under 50 ms in Lighthouse; docs/benchmark.md).
 */

/** The query string of the page: empty in the static HTML and while hydrating, the URL's right after. */
export function useUrlSearch(): string {
  const [search, setSearch] = useState("");
  useEffect(() => {
    const update = () => setSearch(window.location.search);
    // The second render, in its own task (see above).
    update();
    window.addEventListener("popstate", update);
    window.addEventListener(URL_CHANGE, update);
    return () => {
      window.removeEventListener("popstate", update);
      window.removeEventListener(URL_CHANGE, update);
    };
  }, []);
  return search;
}

/** False in the static HTML and while hydrating, true once scripts run. */
export function useHydrated(): boolean {
  const [hydrated, setHydrated] = useState(false);
  // The second render, in its own task (see above).
  // eslint-disable-next-line react-hooks/set-state-in-effect
  useEffect(() => setHydrated(true), []);
  return hydrated;
}

/** "push" makes a history entry so that Back restores the previous state; "replace" does not. */
export type HistoryMode = "push" | "replace";

/** Sets the query string. */
export function navigateToSearch(search: string, mode: HistoryMode = "push"): void {
  const url = `${window.location.pathname}${search}`;
  if (mode === "push") window.history.pushState(null, "", url);
  else window.history.replaceState(null, "", url);
  window.dispatchEvent(new Event(URL_CHANGE));
}

/** Ends what the list flag (islands/runtime/list-flag.ts) started once the explorer shows the filtered list. */
export function useShowFilteredList(): void {
  useEffect(() => {
    delete document.documentElement.dataset[FILTERING_FLAG];
  }, []);
}
