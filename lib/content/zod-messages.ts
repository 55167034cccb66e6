import { closest, distance } from "fastest-levenshtein";
import type { z } from "zod";
import { fieldAt } from "./schema-fields";

const TYPE_NAMES: Record<string, string> = {
  string: "een tekst",
  number: "een getal",
  int: "een geheel getal",
  object: "een groep velden (ingesprongen velden onder deze naam)",
  array: "een lijst (regels die met - beginnen, of [a, b])",
  boolean: "ja of nee (true of false)",
};

function describeInput(input: unknown): string {
  if (input === null) return "een leeg veld";
  if (Array.isArray(input)) return "een lijst";
  if (typeof input === "string") return `de tekst '${input}'`;
  if (typeof input === "number") return `het getal ${input}`;
  if (typeof input === "boolean") return `${input ? "true" : "false"} (ja/nee)`;
  if (typeof input === "object") return "een groep velden";
  return String(input);
}

function lastKey(path: readonly PropertyKey[]): string {
  const key = [...path].reverse().find((segment) => typeof segment === "string");
  return typeof key === "string" ? key : "";
}

/** How to fill in the field at a path, from the schema's metadata: 'naam: Ede'. */
function exampleAt(schema: z.ZodType, path: readonly PropertyKey[]): string | undefined {
  return fieldAt(schema, path).field?.example || undefined;
}

/** A missing required field comes from zod as a type or enum issue without input. */
function isMissing(issue: z.core.$ZodIssue): boolean {
  return (issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === undefined;
}

/**
 * Turns one zod issue into Dutch sentences, one per field: the path of the
 * field, what is wrong and how to fix it. An issue about unknown keys names
 * the keys, so each becomes a problem of its own.
 */
export function describeIssue(issue: z.core.$ZodIssue, schema: z.ZodType): { path: PropertyKey[]; message: string }[] {
  if (issue.code === "unrecognized_keys") {
    const allowedKeys = fieldAt(schema, issue.path).objectKeys;
    return issue.keys.map((key) => ({ path: [...issue.path, key], message: unknownKey(key, allowedKeys) }));
  }
  return [{ path: issue.path, message: describeValueIssue(issue, schema) }];
}

function unknownKey(key: string, allowedKeys: readonly string[]): string {
  const suggestion = allowedKeys.length ? closest(key, [...allowedKeys]) : undefined;
  const hint =
    suggestion && isCloseTypo(key, suggestion)
      ? `Bedoelt u '${suggestion}'?`
      : `Toegestane velden hier: ${allowedKeys.join(", ")}.`;
  return `onbekend veld '${key}'. ${hint}`;
}

function describeValueIssue(issue: z.core.$ZodIssue, schema: z.ZodType): string {
  if (isMissing(issue)) {
    const field = lastKey(issue.path);
    const example = exampleAt(schema, issue.path);
    return `het verplichte veld '${field}' ontbreekt. Voeg het toe${example ? `: ${example}` : ""}.`;
  }
  if ((issue.code === "invalid_type" || issue.code === "invalid_value") && issue.input === null) {
    const example = exampleAt(schema, issue.path);
    return `dit veld is nog leeg. Vul het in${example ? `, bijvoorbeeld ${example}` : ""}.`;
  }
  switch (issue.code) {
    // The schema's own rules (references, bounds, unique ids) write their message in full.
    case "custom":
      return issue.message;
    case "invalid_type": {
      const expected = TYPE_NAMES[issue.expected] ?? issue.expected;
      return `hier hoort ${expected}, maar er staat ${describeInput(issue.input)}. Pas de waarde aan.`;
    }
    case "invalid_value":
      return `${describeInput(issue.input)} is geen geldige waarde. Kies uit: ${issue.values.map(String).join(", ")}.`;
    case "invalid_format": {
      if (issue.format === "url") {
        return `${describeInput(issue.input)} is geen geldig webadres. Schrijf het volledig, beginnend met https:// of http://.`;
      }
      // A key date (a regex) may be only a month; a calendar date (format "date") is always a day.
      if (issue.format === "date" || (issue.format === "regex" && lastKey(issue.path) === "datum")) {
        const month = issue.format === "regex" ? " (of JJJJ-MM als de bron alleen een maand noemt)" : "";
        return `${describeInput(issue.input)} is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2015-06-02${month}.`;
      }
      if (issue.format === "regex" && lastKey(issue.path) === "cbs_code") {
        return `${describeInput(issue.input)} is geen geldige gemeentecode. Schrijf GM en vier cijfers, zoals GM0503.`;
      }
      if (issue.format === "regex") {
        return `${describeInput(issue.input)} is geen geldige id. Gebruik alleen kleine letters, cijfers en koppeltekens, zoals 'hemelse-modder'.`;
      }
      return `${describeInput(issue.input)} heeft niet de juiste vorm (${issue.format}).`;
    }
    case "too_small": {
      if (issue.origin === "string") return "dit veld is leeg. Vul een tekst in.";
      if (issue.origin === "array") {
        const example = exampleAt(schema, issue.path);
        const fix = example ? ` Vul de lijst aan, bijvoorbeeld met ${example}.` : "";
        return `deze lijst moet minstens ${issue.minimum} ${issue.minimum === 1 ? "item" : "items"} bevatten.${fix}`;
      }
      return `de waarde is te klein: het minimum is ${issue.minimum}.`;
    }
    case "too_big":
      return `de waarde is te groot: het maximum is ${issue.maximum}.`;
    default:
      return `ongeldige waarde (${issue.message}). Vergelijk met een ander bestand in dezelfde map.`;
  }
}

/** Only suggest a field name for a plausible typo, not for any unrelated word. */
function isCloseTypo(typed: string, suggestion: string): boolean {
  return distance(typed, suggestion) <= Math.max(2, Math.floor(suggestion.length / 3));
}
