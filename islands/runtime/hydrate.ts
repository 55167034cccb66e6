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
  const data = root.querySelector(`[${ISLAND_PROPS_ATTRIBUTE}="${name}"]`);
  let props: unknown;
  try {
    props = JSON.parse(data?.textContent ?? "");
  } catch {
    // Reported below with the rest.
  }
  if (container && props && typeof props === "object") {
    // The props are what the page's own server render wrote for this component.
    hydrateRoot(container, createElement(Component, props as P));
  } else {
    const why = container ? (data ? "de gegevens zijn onleesbaar" : "de gegevens ontbreken") : "de plek ontbreekt";
    console.error(`Eiland '${name}' niet gestart: ${why}. De pagina werkt zonder de interactieve onderdelen verder.`);
  }
}
