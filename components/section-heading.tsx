import type { ReactNode } from "react";

type Props = { id: string; children: ReactNode; className?: string };

/**
 * A section heading with an anchor link beside it, so that each section can be
 * linked to directly. The link is not inside the heading, so that the
 * heading's text (a section's name, a search result's sub-heading) is only the
 * heading, and the search index leaves the link out.
 */
export function SectionHeading({ id, children, className = "" }: Props) {
  return (
    <div className={`flex items-baseline gap-2 ${className}`}>
      <h2 id={id} className="text-2xl font-bold">
        {children}
      </h2>
      <a
        href={`#${id}`}
        data-pagefind-ignore=""
        className="inline-flex min-h-6 min-w-6 items-center justify-center text-lg text-muted no-underline opacity-70 hover:text-link hover:opacity-100 focus-visible:opacity-100 print:hidden"
      >
        <span aria-hidden="true">#</span>
        <span className="sr-only">Link naar dit onderdeel</span>
      </a>
    </div>
  );
}
