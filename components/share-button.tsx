type Props = { title: string; text: string };

/**
 * Shares the page with the system's share sheet where the browser has one
 * (phones), and copies the link otherwise. Rendered on the server; PageActions
 * in the layout handles the click.
 */
export function ShareButton({ title, text }: Props) {
  return (
    <span data-pagefind-ignore="" className="inline-flex items-center gap-2 print:hidden">
      <button
        type="button"
        data-share=""
        data-share-title={title}
        data-share-text={text}
        className="inline-flex min-h-11 items-center gap-2 rounded border border-control bg-surface px-4 font-medium text-link hover:bg-gold-soft"
      >
        <svg
          viewBox="0 0 24 24"
          aria-hidden="true"
          focusable="false"
          className="h-5 w-5"
          fill="none"
          stroke="currentColor"
          strokeWidth={2}
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M4 12v7a1 1 0 0 0 1 1h14a1 1 0 0 0 1-1v-7M16 6l-4-4-4 4M12 2v13" />
        </svg>
        Delen
      </button>
      <span role="status" className="text-sm text-muted" />
    </span>
  );
}
