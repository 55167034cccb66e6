import { createElement } from "react";
import { hydrateRoot } from "react-dom/client";
import { ISLAND_ATTRIBUTE, ISLAND_PROPS_ATTRIBUTE, type IslandDefinition } from "./define";

/**
 * Hydrates an island's server HTML with its props from the page (the entry of
 * every island bundle). Should the place or the data be missing or broken,
 * the HTML stays as it is, usable without scripts, and one error says why.
 */
export function hydrateIsland<P extends object>({ name, Component }: IslandDefinition<P>, root: Document = document): void {
  const container = root.querySelector(`[${ISLAND_ATTRIBUTE}="${name}"]`);
  const data = root.querySelector(`script[${ISLAND_PROPS_ATTRIBUTE}="${name}"]`);
  const fail = (why: string) =>
    console.error(`Eiland '${name}' niet gestart: ${why}. De pagina werkt zonder de interactieve onderdelen verder.`);
  if (!container) return fail(`de plek [${ISLAND_ATTRIBUTE}="${name}"] ontbreekt`);
  if (!data) return fail(`het gegevensblok <script ${ISLAND_PROPS_ATTRIBUTE}="${name}"> ontbreekt`);
  let props: P;
  try {
    props = JSON.parse(data.textContent ?? "") as P;
  } catch (error) {
    return fail(`het gegevensblok is geen geldige JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  if (typeof props !== "object" || props === null) return fail("het gegevensblok bevat geen object");
  hydrateRoot(container, createElement(Component, props));
}
