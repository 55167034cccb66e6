import { PageLink } from "@/components/page-link";

export type Crumb = { label: string; href?: string };
type Props = { items: Crumb[] };

/** The path to the current page; the last item is the page itself. */
export function Breadcrumbs({ items }: Props) {
  return (
    <nav aria-label="Kruimelpad" className="mb-6 text-sm">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1 text-muted">
        {items.map((item, index) => (
          <li key={item.label} className="flex items-center gap-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href ? (
              <PageLink href={item.href} className="inline-block py-0.5">
                {item.label}
              </PageLink>
            ) : (
              <span aria-current="page">{item.label}</span>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}
