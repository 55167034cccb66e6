import type { Municipality, Source } from "../content/schema";
import { formatKeyDate, listInDutch } from "./format";

/** One later check of a profile by the editors, as the front matter has it. */
export type ProfileCheck = Municipality["controles"][number];

/** How current a profile is: a plain line about its selection and sources, and its latest check, if any. */
export type ProfileDating = { line: string; latestCheck?: ProfileCheck };

/** The checks, newest first; of two on the same day the one later in the file comes first. */
export function checksNewestFirst(checks: readonly ProfileCheck[]): ProfileCheck[] {
  return checks
    .map((check, index) => ({ check, index }))
    .sort((a, b) => b.check.datum.localeCompare(a.check.datum) || b.index - a.index)
    .map(({ check }) => check);
}

export function latestCheck(checks: readonly ProfileCheck[]): ProfileCheck | undefined {
  return checksNewestFirst(checks)[0];
}

/** The years of the sources, each once, oldest first. */
export function sourceYears(sources: readonly Pick<Source, "jaar">[]): number[] {
  return [...new Set(sources.map((source) => source.jaar))].sort((a, b) => a - b);
}

/** "Stand van zaken: gekozen in 2015, op basis van bronnen uit 2015." Only what the content says: the cohort's year and the sources' years. */
export function datingLine(cohort: number, years: readonly number[]): string {
  const sources = years.length ? `, op basis van bronnen uit ${listInDutch(years)}` : "";
  return `Stand van zaken: gekozen in ${cohort}${sources}.`;
}

export function profileDating(cohort: number, sources: readonly Pick<Source, "jaar">[], checks: readonly ProfileCheck[]): ProfileDating {
  const latest = latestCheck(checks);
  return { line: datingLine(cohort, sourceYears(sources)), ...(latest ? { latestCheck: latest } : {}) };
}

/** A check's source as a link where it is a web address, else as text. */
export function checkSourceLink(source: string): { text: string; href?: string } {
  const url = URL.canParse(source) ? new URL(source) : undefined;
  return url && (url.protocol === "https:" || url.protocol === "http:") ? { text: source, href: url.href } : { text: source };
}

/** What a check found and where, in one line: "Een wijziging. (Bron: Verslag)", for the feed and the CSV. */
export function checkSummary(check: ProfileCheck): string {
  return `${check.wijziging} (Bron: ${check.bron})`;
}

/** The latest check in a sentence: "Laatst gecontroleerd op 14 maart 2025: Een wijziging. (Bron: Verslag)". */
export function latestCheckSentence(check: ProfileCheck): string {
  return `Laatst gecontroleerd op ${formatKeyDate(check.datum)}: ${checkSummary(check)}`;
}
