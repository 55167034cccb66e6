/** How the benchmark writes its figures: sizes in KB of 1,024 bytes, runs as a median with their spread. */

export const KB = 1024;

/** Bytes in KB with one decimal: 14336 → 14. */
export const kb = (bytes: number) => Math.round((bytes / KB) * 10) / 10;

/** The middle value of the runs (the upper one of an even count); NaN without runs. */
export function median(values: readonly number[]): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
}

/** "100 (98–100)", "32 ms (24–48)": the median, rounded, with the lowest and highest run in brackets when the runs differ. */
export function withSpread(values: readonly number[], unit = ""): string {
  if (!values.length) return "-";
  const [low, high] = [Math.round(Math.min(...values)), Math.round(Math.max(...values))];
  return low === high ? `${low}${unit}` : `${Math.round(median(values))}${unit} (${low}–${high})`;
}

/** A count the Dutch way: 1021 → "1.021". */
export const count = (value: number) => value.toLocaleString("nl-NL");
