import type { ComponentType } from "react";

/**
 * An island: a component that the server renders into a page's HTML and that
 * a small script hydrates in the browser, with the same props, so that only
 * that part of the page responds to the reader. Browser-safe: the island's
 * entry point (islands/<name>.ts) is bundled for the browser with it.
 */
export type IslandDefinition<P extends object> = {
  /** The island's file name in islands/, which is also its bundle's: js/islands/<name>.js. */
  name: string;
  Component: ComponentType<P>;
};

export function defineIsland<P extends object>(name: string, Component: ComponentType<P>): IslandDefinition<P> {
  return { name, Component };
}

/** The attributes that tie an island's HTML to its props in the page. */
export const ISLAND_ATTRIBUTE = "data-island";
export const ISLAND_PROPS_ATTRIBUTE = "data-island-props";
