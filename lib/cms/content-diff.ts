import { cmsCollections, type CmsCollection, type CmsField } from "./config";

/** One content file as data: its YAML header and its Markdown text. */
export type ContentData = { data: Record<string, unknown>; body: string };

/** Content files by their path, such as content/gemeenten/ede.md. */
export type ContentFiles = ReadonlyMap<string, ContentData>;

/** Values longer than this are said to have changed, not quoted. */
const QUOTED_LENGTH = 80;

/**
 * What changed in the content between two revisions, in Dutch, a line per
 * change, for a reviewer who does not read YAML (npm run content:diff): new
 * and removed entries, and per entry each field, each item of a list and the
 * text. Names and labels are the browser editor's, so the summary speaks the
 * language of the form the editor used.
 */
export function describeContentChanges(before: ContentFiles, after: ContentFiles): string[] {
  const collections = cmsCollections();
  const lines: string[] = [];
  for (const file of [...new Set([...before.keys(), ...after.keys()])].toSorted()) {
    const collection = collections.find((candidate) => file.startsWith(`${candidate.folder}/`) && file.endsWith(".md"));
    if (!collection) continue;
    const old = before.get(file);
    const now = after.get(file);
    if (!old && now) lines.push(`Nieuw: ${collection.label_singular.toLowerCase()} ${summaryOf(collection, now.data)}`);
    else if (old && !now) lines.push(`Verwijderd: ${collection.label_singular.toLowerCase()} ${summaryOf(collection, old.data)}`);
    else if (old && now) {
      const entry = String(now.data[collection.identifier_field] ?? old.data[collection.identifier_field] ?? file);
      lines.push(...fieldChanges(collection.fields, old, now).map((change) => `${entry}: ${change}`));
    }
  }
  return lines;
}

/** The entry as the editor's list shows it, such as "Súdwest-Fryslân (cohort 2019)". */
function summaryOf(collection: CmsCollection, data: Record<string, unknown>): string {
  return collection.summary.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(data[name] ?? ""));
}

function fieldChanges(fields: readonly CmsField[], old: ContentData, now: ContentData): string[] {
  return fields.flatMap((field) => {
    const label = field.label.toLowerCase();
    if (field.widget === "markdown") return old.body.trim() === now.body.trim() ? [] : [`${label} gewijzigd`];
    return valueChanges(field, label, old.data[field.name], now.data[field.name]);
  });
}

function valueChanges(field: CmsField, label: string, old: unknown, now: unknown): string[] {
  if (same(old, now)) return [];
  if (old === undefined) return [`${label} toegevoegd: ${shown(now)}`];
  if (now === undefined) return [`${label} verwijderd (was ${shown(old)})`];
  if (field.widget === "object" && isRecord(old) && isRecord(now)) {
    return (field.fields ?? []).flatMap((inner) =>
      valueChanges(inner, `${label}, ${inner.label.toLowerCase()}`, old[inner.name], now[inner.name]),
    );
  }
  if (Array.isArray(old) && Array.isArray(now)) return listChanges(field, label, old, now);
  if (isLong(old) || isLong(now)) return [`${label} gewijzigd`];
  return [`${label} gewijzigd van ${shown(old)} in ${shown(now)}`];
}

/** The fields that name an item of a list, in order of preference: an id stays when a name is corrected. */
const NAMING_FIELDS = ["id", "naam", "titel", "tekst", "datum"];

/** A list: items matched by their id or name (else by their whole value), and told by their name. */
function listChanges(field: CmsField, label: string, old: unknown[], now: unknown[]): string[] {
  const namingField = (item: unknown) => (isRecord(item) ? NAMING_FIELDS.find((name) => typeof item[name] === "string") : undefined);
  const key = (item: unknown) => {
    const naming = namingField(item);
    return isRecord(item) && naming ? `${naming}:${String(item[naming])}` : JSON.stringify(item);
  };
  const name = (item: unknown) => {
    if (!isRecord(item)) return String(item);
    const naming = NAMING_FIELDS.slice(1).find((candidate) => typeof item[candidate] === "string") ?? namingField(item);
    return naming ? String(item[naming]) : "…";
  };
  const oldByKey = new Map(old.map((item) => [key(item), item]));
  const nowByKey = new Map(now.map((item) => [key(item), item]));
  const changes: string[] = [];
  for (const [itemKey, item] of oldByKey) if (!nowByKey.has(itemKey)) changes.push(`${label}: '${shorten(name(item))}' verwijderd`);
  for (const [itemKey, item] of nowByKey) {
    const before = oldByKey.get(itemKey);
    if (before === undefined) changes.push(`${label}: '${shorten(name(item))}' toegevoegd`);
    else if (field.fields && isRecord(before) && isRecord(item)) {
      changes.push(
        ...field.fields.flatMap((inner) =>
          valueChanges(inner, `${label}: '${shorten(name(item))}', ${inner.label.toLowerCase()}`, before[inner.name], item[inner.name]),
        ),
      );
    }
  }
  const kept = (items: unknown[], other: Map<string, unknown>) => items.map(key).filter((itemKey) => other.has(itemKey));
  if (changes.length === 0 && !same(kept(old, nowByKey), kept(now, oldByKey))) changes.push(`${label}: volgorde gewijzigd`);
  return changes;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isLong(value: unknown): boolean {
  return typeof value === "string" && value.length > QUOTED_LENGTH;
}

function shorten(text: string): string {
  return text.length > QUOTED_LENGTH ? `${text.slice(0, QUOTED_LENGTH - 1)}…` : text;
}

function shown(value: unknown): string {
  if (typeof value === "string") return `“${shorten(value)}”`;
  if (Array.isArray(value)) return value.map((item) => (isRecord(item) ? "…" : String(item))).join(", ");
  if (isRecord(value)) return "…";
  return String(value);
}
