import { municipalities2017 } from "../maps/cbs-codes";
import { todayOf2017Code, todaysMunicipalities } from "../maps/today";
import { ALIASES, nameSearchKey, type NameEntry, type NameIndex } from "./names";

/**
 * The finder's name index (lib/nearby/names.ts), made at build time from the
 * CBS data: every municipality of 2025 with its aliases and the names of the
 * 2017 municipalities that now lie in it. A name of 2017 that is also a name
 * of 2025 (Hengelo, now Hengelo (O.)) needs no entry: the name of today finds
 * it.
 */
export function nameIndex(): NameIndex {
  const todaysKeys = new Set(todaysMunicipalities().map((municipality) => nameSearchKey(municipality.name)));
  const formerByCode = new Map<string, string[]>();
  for (const { code, name } of municipalities2017()) {
    const today = todayOf2017Code(code);
    if (!today || todaysKeys.has(nameSearchKey(name))) continue;
    formerByCode.set(today.code, [...(formerByCode.get(today.code) ?? []), name]);
  }
  const byName = new Intl.Collator("nl").compare;
  return todaysMunicipalities().map(({ code, name, slug }): NameEntry => {
    const aliases = ALIASES[code];
    const former = formerByCode.get(code)?.sort(byName);
    // Only the fields that have something: the index travels to the browser.
    return { name, slug, ...(aliases && { aliases: [...aliases] }), ...(former && { former }) };
  });
}
