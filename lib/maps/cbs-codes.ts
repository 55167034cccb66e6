import municipalitiesJson from "./map-data/cbs-gemeenten-2017.json" with { type: "json" };
import municipalities2025Json from "./map-data/cbs-gemeenten-2025.json" with { type: "json" };
import { nameKey } from "../nearby/names";

/**
 * The CBS municipality codes (GMxxxx) of 2017, the year of the boundaries in
 * lib/maps/map-data, and of 2025, for a municipality formed after 2017. Codes
 * change when municipalities merge (Leerdam became part of Vijfheerenlanden
 * in 2019), so a code is only meaningful with its year.
 */
export const CBS_CODE_YEAR = 2017;
/** The year of the CBS codes of today (lib/maps/map-data/cbs-gemeenten-2025.json). */
export const TODAYS_CODE_YEAR = 2025;
export const CBS_CODE_PATTERN = /^GM\d{4}$/;

type Properties = { properties: { statcode: string; statnaam: string } };
const byCode = (geometries: readonly Properties[]) =>
  new Map(geometries.map(({ properties }) => [properties.statcode, properties.statnaam] as const));
const namesByCode = byCode(municipalitiesJson.objects.gemeente_2017.geometries);
const namesByCode2025 = byCode(municipalities2025Json.objects.gemeente_2025.geometries);

/** Every municipality of 2017: its code and its CBS name. */
export function municipalities2017(): { code: string; name: string }[] {
  return [...namesByCode].map(([code, name]) => ({ code, name }));
}

/** The CBS name of a 2017 municipality code, or undefined for a code that did not exist in 2017. */
export function cbsName(code: string): string | undefined {
  return namesByCode.get(code);
}

function codeOf(names: ReadonlyMap<string, string>, name: string): string | undefined {
  const key = nameKey(name);
  for (const [code, cbsNameOfCode] of names) if (nameKey(cbsNameOfCode) === key) return code;
  return undefined;
}

/** The 2017 code of a municipality by its name, as CBS writes it; undefined when no municipality had that name. */
export function cbsCodeOf(name: string): string | undefined {
  return codeOf(namesByCode, name);
}

/** The 2025 code of a municipality by its name, as CBS writes it; undefined when no municipality has that name. */
export function cbsCode2025Of(name: string): string | undefined {
  return codeOf(namesByCode2025, name);
}

/**
 * What is wrong with a code of one year, in the editors' Dutch, or undefined
 * when nothing is. A code must exist in that year. When it belongs to another
 * name, that is a mistake only if the name given is itself a municipality of
 * that year with its own code: Den Haag, which CBS calls 's-Gravenhage, keeps
 * its code.
 */
function codeProblem(names: ReadonlyMap<string, string>, year: number, code: string, name: string): string | undefined {
  const official = names.get(code);
  const ownCode = codeOf(names, name);
  if (official === undefined) {
    return `${code} was in ${year} geen gemeentecode.${ownCode ? ` De code van ${name} is ${ownCode}.` : " Zoek de code op in lib/maps/map-data/README.md of bij het CBS."}`;
  }
  if (ownCode !== undefined && ownCode !== code)
    return `${code} is de code van ${official}, niet van ${name}. De code van ${name} is ${ownCode}.`;
  return undefined;
}

/** What is wrong with a municipality's code of 2017 (see codeProblem), or undefined. */
export function cbsCodeProblem(code: string, name: string): string | undefined {
  return codeProblem(namesByCode, CBS_CODE_YEAR, code, name);
}

/** What is wrong with a municipality's code of 2025 (see codeProblem), or undefined. */
export function cbsCode2025Problem(code: string, name: string): string | undefined {
  return codeProblem(namesByCode2025, TODAYS_CODE_YEAR, code, name);
}
