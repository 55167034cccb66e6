import { useEffect, useSyncExternalStore } from "react";
import { FILTERING_FLAG } from "./search-params";

/** Fired after navigateToSearch changes the URL, so that every reader of it updates. */
const URL_CHANGE = "gg:urlchange";

function subscribe(onChange: () => void) {
  window.addEventListener("popstate", onChange);
  window.addEventListener(URL_CHANGE, onChange);
  return () => {
    window.removeEventListener("popstate", onChange);
    window.removeEventListener(URL_CHANGE, onChange);
  };
}

/**
 * The query string of the page as state. In the static HTML, and while an
 * island hydrates (React and Preact alike read the server snapshot then), it
 * is empty, as the page was rendered without a URL; the URL's query follows
 * right after. Hydration must meet the HTML exactly: Preact does not correct
 * attributes while hydrating.
 */
export function useUrlSearch(): string {
  return useSyncExternalStore(
    subscribe,
    () => window.location.search,
    () => "",
  );
}

const noSubscription = () => () => {};

/** False in the static HTML and during hydration, true once scripts run. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
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
