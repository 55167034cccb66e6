import { NearbyFinder } from "@/components/nearby-finder";
import { defineIsland } from "./runtime/define";

export const island = defineIsland("in-de-buurt", NearbyFinder);
