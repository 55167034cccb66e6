/** A municipality's comparison checkbox: ticked, free, or off because three others are ticked. Plain values, so memos hold. */
export type CompareState = "picked" | "free" | "full";

/** The municipalities ticked for comparison in the listing; the checkboxes appear once scripts run. */
export type CompareChoice = { picked: readonly string[]; full: boolean; onToggle: (slug: string) => void };

export function compareStateOf(compare: CompareChoice, slug: string): CompareState {
  return compare.picked.includes(slug) ? "picked" : compare.full ? "full" : "free";
}

type Props = {
  name: string;
  state: CompareState;
  onToggle: () => void;
  /** Beside the box on a card; in the matrix the column's heading says it. */
  visibleLabel?: boolean;
};

/** "Vergelijk <naam>": on a card and in the matrix, so both views fill the same tray. */
export function CompareCheckbox({ name, state, onToggle, visibleLabel = true }: Props) {
  return (
    <label className="inline-flex min-h-11 items-center gap-2 text-sm">
      <input
        type="checkbox"
        checked={state === "picked"}
        disabled={state === "full"}
        onChange={onToggle}
        aria-label={`Vergelijk ${name}`}
        className="h-5 w-5 shrink-0 accent-[var(--color-link)]"
      />
      {visibleLabel ? "Vergelijk" : null}
    </label>
  );
}
