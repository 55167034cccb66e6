import { CompareView } from "@/components/compare/compare-view";
import { defineIsland } from "./runtime/define";

export const island = defineIsland("vergelijk", CompareView);
