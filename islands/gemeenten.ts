import { MunicipalityExplorer } from "@/components/municipality-explorer";
import { defineIsland } from "./runtime/define";

export const island = defineIsland("gemeenten", MunicipalityExplorer);
