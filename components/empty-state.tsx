import type { ReactNode } from "react";

type Props = { title: string; children?: ReactNode };

/** Shown where a list has nothing to show, with what the reader can do next. */
export function EmptyState({ title, children }: Props) {
  return (
    <div className="rounded-card border border-dashed border-control bg-surface p-6 text-center">
      <svg
        viewBox="0 0 24 24"
        aria-hidden="true"
        focusable="false"
        className="mx-auto h-8 w-8 text-muted"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
      >
        <circle cx="11" cy="11" r="7" />
        <path d="M20 20l-3.5-3.5" strokeLinecap="round" />
      </svg>
      <p className="mt-2 text-lg font-semibold">{title}</p>
      {children ? <div className="mt-2 text-muted">{children}</div> : null}
    </div>
  );
}
