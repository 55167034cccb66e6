import { SiteSearch } from "@/components/site-search";
import { defineIsland } from "./runtime/define";

export const island = defineIsland("zoeken", SiteSearch);
