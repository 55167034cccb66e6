import { ExamplesExplorer } from "@/components/examples-explorer";
import { defineIsland } from "./runtime/define";

export const island = defineIsland("voorbeelden", ExamplesExplorer);
