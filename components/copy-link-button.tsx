type Props = {
  /** The anchor on this page, without #. */
  fragment: string;
  /** What the link points to, added to the accessible name after the visible text: "Hemelse Modder". */
  label: string;
};

/**
 * Copies the address of this page with #fragment, so a colleague lands on the
 * right example. Rendered on the server; PageActions in the layout does the
 * copying, so a profile loads no script of its own.
 */
export function CopyLinkButton({ fragment, label }: Props) {
  return (
    <span data-pagefind-ignore="" className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        data-copy-link={fragment}
        // The name starts with the visible text, "Link kopiëren: Hemelse Modder" (WCAG 2.5.3 Label in Name).
        aria-label={`Link kopiëren: ${label}`}
        className="inline-flex min-h-8 items-center gap-1.5 rounded border border-control bg-paper px-2.5 text-sm text-link hover:bg-gold-soft"
      >
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
          className="h-4 w-4"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
        >
          <path d="M10 14a4 4 0 0 0 5.7 0l3-3a4 4 0 0 0-5.7-5.7l-1 1M14 10a4 4 0 0 0-5.7 0l-3 3a4 4 0 0 0 5.7 5.7l1-1" />
        </svg>
        Link kopiëren
      </button>
      <span role="status" className="text-sm text-muted" />
    </span>
  );
}
