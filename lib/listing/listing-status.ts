/**
 * The listing's count line, which is also its live announcement: it says what
 * the visitor changed when only the match or the order did, so a screen reader
 * hears that a reordered list is a reordered list.
 */

import type { FilterState, Order } from "./filters";
import { countLabel } from "../site/format";

export const municipalityCount = (count: number) => countLabel(count, "gemeente", "gemeenten");

const ORDER_PHRASES: Record<Order, string> = { naam: "op naam", cohort: "op cohort", "aantal-criteria": "op aantal criteria" };

/** "3 gemeenten"; "5 gemeenten die aan minstens één van de 2 gekozen criteria voldoen, gesorteerd op cohort". */
export function resultStatus(count: number, { criteria, match, order }: Pick<FilterState, "criteria" | "match" | "order">): string {
  // With one criterion "at least one" and "all" are the same list: no need to say it.
  const matchPart =
    match === "minstens-een" && criteria.length > 1
      ? ` die aan minstens één van de ${criteria.length} gekozen criteria ${count === 1 ? "voldoet" : "voldoen"}`
      : "";
  // Name is the order one expects; an order of fewer than two results says nothing.
  const orderPart = order !== "naam" && count > 1 ? `, gesorteerd ${ORDER_PHRASES[order]}` : "";
  return `${municipalityCount(count)}${matchPart}${orderPart}`;
}
