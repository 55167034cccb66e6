type Props = { criterionId: string; className?: string };

/**
 * One simple line icon per criterion, always shown beside its label (never
 * colour or icon alone). A criterion added later in content gets the star.
 */
const PATHS: Record<string, string> = {
  // two linked rings: learning and working together
  "lerend-samenwerkend": "M9 12a4 4 0 1 1 0-.01M19 12a4 4 0 1 1 0-.01",
  // an open door: a society people can enter
  "toegankelijke-samenleving": "M6 21V4h9v17M15 6l4 1.5V21H4M12 12.5v.5",
  // a shield: support before harm is done
  "preventie-presentie": "M12 3l7 3v5c0 4.5-3 8.5-7 10-4-1.5-7-5.5-7-10V6l7-3z",
  // two speech bubbles: places to meet
  ontmoetingsplekken: "M4 5h10v7H8l-3 3v-3H4zM14 9h6v7h-1v3l-3-3h-4v-2",
  // an eye: professionals who see what is going on
  "zichtbare-professionals": "M2 12s3.5-6 10-6 10 6 10 6-3.5 6-10 6S2 12 2 12zM12 9.5a2.5 2.5 0 1 1 0 5 2.5 2.5 0 0 1 0-5z",
};
const FALLBACK = "M12 3l2.6 5.6 6.1.7-4.5 4.2 1.2 6L12 16.6 6.6 19.5l1.2-6-4.5-4.2 6.1-.7z";

export function CriterionIcon({ criterionId, className = "h-4 w-4" }: Props) {
  return (
    <svg
      viewBox="0 0 24 24"
      aria-hidden="true"
      focusable="false"
      className={className}
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <path d={PATHS[criterionId] ?? FALLBACK} />
    </svg>
  );
}
