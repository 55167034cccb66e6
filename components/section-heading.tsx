import type { ReactNode } from "react";

type Props = { id: string; children: ReactNode; className?: string };

/** A section heading with an anchor link, so that each section can be linked to directly. */
export function SectionHeading({ id, children, className = "" }: Props) {
  return (
    <h2 id={id} className={`group flex items-baseline gap-2 text-2xl font-bold ${className}`}>
      <span>{children}</span>
      <a
        href={`#${id}`}
        className="inline-flex min-h-6 min-w-6 items-center justify-center text-lg font-normal text-muted no-underline opacity-70 hover:text-link hover:opacity-100 focus-visible:opacity-100 print:hidden"
      >
        <span aria-hidden="true">#</span>
        <span className="sr-only">Link naar dit onderdeel</span>
      </a>
    </h2>
  );
}
