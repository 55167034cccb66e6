type Props = { year: number };

/** The cohort a municipality belongs to: text first, the colour only supports it. */
export function CohortBadge({ year }: Props) {
  return (
    <span className="inline-flex min-h-6 items-center gap-1 rounded-chip bg-gold-soft px-2.5 py-0.5 text-sm font-semibold text-gold-ink">
      <svg viewBox="0 0 12 12" aria-hidden="true" focusable="false" className="h-3 w-3">
        <circle cx="6" cy="6" r="5" fill="currentColor" />
      </svg>
      Cohort {year}
    </span>
  );
}
