const dayFormat = new Intl.DateTimeFormat("nl-NL", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
const monthFormat = new Intl.DateTimeFormat("nl-NL", { month: "long", year: "numeric", timeZone: "UTC" });

/** "2015-06-02" → "2 juni 2015"; "2016-12" → "december 2016". */
export function formatKeyDate(value: string): string {
  const isMonth = /^\d{4}-\d{2}$/.test(value);
  const date = new Date(`${isMonth ? `${value}-01` : value}T00:00:00Z`);
  return (isMonth ? monthFormat : dayFormat).format(date);
}

export function countLabel(count: number, singular: string, plural: string): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

const conjunction = new Intl.ListFormat("nl", { style: "long", type: "conjunction" });

/** ["2015", "2017", "2019"] → "2015, 2017 en 2019". */
export function listInDutch(items: readonly (string | number)[]): string {
  return conjunction.format(items.map(String));
}

const NUMBER_WORDS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf"];

/** Small counts in words, as Dutch prose writes them ("de vijf criteria"); larger ones in digits. */
export function numberInWords(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}

/** The start of a text, cut after a whole word so that it is at most `max` characters, "…" included. */
export function excerpt(text: string, max: number): string {
  const clean = text.replaceAll(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  // Cut at the last space within the limit: the "…" takes that space's place.
  const cut = clean.slice(0, max);
  const lastSpace = cut.lastIndexOf(" ");
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut.slice(0, max - 1)).replace(/[\s,;:.–-]+$/, "")}…`;
}
