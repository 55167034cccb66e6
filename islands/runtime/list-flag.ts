import { FILTERING_FLAG, hidesUnfilteredList } from "@/lib/listing/search-params";

/**
 * Runs before a filtered list is painted (a plain <script src> right before
 * it, with the list's parameter names in data-params): a deep link with
 * filters sets the flag that hides the full list until the island shows the
 * filtered one (html[data-filtering] in app/globals.css, which shows it anyway
 * after two seconds should scripts fail).
 */
const names = document.currentScript?.dataset.params ?? "";
if (hidesUnfilteredList(window.location.search, names)) document.documentElement.dataset[FILTERING_FLAG] = "";
