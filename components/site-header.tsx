import { PageLink } from "@/components/page-link";
import { mainNavigation, routes, SITE_NAME, withBasePath } from "@/lib/site";
import { LAYOUT_IDS } from "@/lib/content/page-anchors";

/** Header with the main navigation and a search box that works without JavaScript (a GET form). */
export function SiteHeader() {
  return (
    <header className="border-b border-line bg-surface print:hidden">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <PageLink href={routes.home} className="flex min-h-11 items-center gap-2 text-lg font-bold text-ink no-underline">
          <svg viewBox="0 0 32 32" aria-hidden="true" focusable="false" className="h-8 w-8 shrink-0">
            <circle cx="16" cy="16" r="15" fill="var(--color-gold)" />
            <circle cx="16" cy="16" r="10.5" fill="none" stroke="var(--color-surface)" strokeWidth="2" />
          </svg>
          {SITE_NAME}
        </PageLink>
        <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
          <nav aria-label="Hoofdnavigatie">
            <ul className="flex flex-wrap gap-x-1">
              {mainNavigation.map((item) => (
                <li key={item.href}>
                  <PageLink
                    href={item.href}
                    className="inline-flex min-h-11 items-center rounded px-3 font-medium text-ink no-underline hover:bg-gold-soft hover:text-ink"
                  >
                    {item.label}
                  </PageLink>
                </li>
              ))}
            </ul>
          </nav>
          <form role="search" action={withBasePath(routes.search)} method="get" className="flex">
            <label htmlFor={LAYOUT_IDS.siteSearch} className="sr-only">
              Zoek op de site
            </label>
            <input
              id={LAYOUT_IDS.siteSearch}
              name="q"
              type="search"
              placeholder="Zoeken…"
              maxLength={100}
              className="min-h-11 w-36 rounded-l border border-r-0 border-control bg-paper px-3 text-ink sm:w-44"
            />
            <button
              type="submit"
              className="min-h-11 rounded-r border border-control bg-link px-3 font-medium text-paper hover:bg-link-hover"
            >
              Zoek
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
