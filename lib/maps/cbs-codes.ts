import municipalitiesJson from "./map-data/cbs-gemeenten-2017.json" with { type: "json" };
import { nameKey } from "../nearby/names";

/**
 * The CBS municipality codes (GMxxxx) of 2017, the year of the boundaries in
 * lib/maps/map-data. Codes change when municipalities merge (Leerdam became part of
 * Vijfheerenlanden in 2019), so a code is only meaningful with its year.
 */
export const CBS_CODE_YEAR = 2017;
export const CBS_CODE_PATTERN = /^GM\d{4}$/;

const namesByCode = new Map(
  municipalitiesJson.objects.gemeente_2017.geometries.map(({ properties }) => [properties.statcode, properties.statnaam] as const),
);

/** Every municipality of 2017: its code and its CBS name. */
export function municipalities2017(): { code: string; name: string }[] {
  return [...namesByCode].map(([code, name]) => ({ code, name }));
}

/** The CBS name of a 2017 municipality code, or undefined for a code that did not exist in 2017. */
export function cbsName(code: string): string | undefined {
  return namesByCode.get(code);
}

/** The 2017 code of a municipality by its name, as CBS writes it; undefined when no municipality had that name. */
export function cbsCodeOf(name: string): string | undefined {
  const key = nameKey(name);
  for (const [code, cbsNameOfCode] of namesByCode) if (nameKey(cbsNameOfCode) === key) return code;
  return undefined;
}

/**
 * What is wrong with a municipality's code, in the editors' Dutch, or
 * undefined when nothing is. A code must have existed in 2017. When it
 * belongs to another name, that is a mistake only if the name given is
 * itself a 2017 municipality with its own code: Den Haag, which CBS calls
 * 's-Gravenhage, keeps its code.
 */
export function cbsCodeProblem(code: string, name: string): string | undefined {
  const official = cbsName(code);
  const ownCode = cbsCodeOf(name);
  if (official === undefined) {
    return `${code} was in ${CBS_CODE_YEAR} geen gemeentecode.${ownCode ? ` De code van ${name} is ${ownCode}.` : " Zoek de code op in lib/maps/map-data/README.md of bij het CBS."}`;
  }
  if (ownCode !== undefined && ownCode !== code)
    return `${code} is de code van ${official}, niet van ${name}. De code van ${name} is ${ownCode}.`;
  return undefined;
}
