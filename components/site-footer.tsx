import { PageLink } from "@/components/page-link";
import { LAYOUT_IDS } from "@/lib/content/page-anchors";
import { listInDutch } from "@/lib/site/format";
import { SITE_NAME, type NavigationLink } from "@/lib/site";

type Props = {
  /** The years of all cohorts, oldest first. */
  cohortYears: readonly number[];
  links: readonly NavigationLink[];
};

export function SiteFooter({ cohortYears, links }: Props) {
  return (
    <footer className="mt-16 border-t border-line bg-surface print:hidden">
      <div className="mx-auto grid max-w-6xl gap-8 px-4 py-10 text-sm sm:grid-cols-2">
        <section aria-labelledby={LAYOUT_IDS.footerAbout}>
          <h2 id={LAYOUT_IDS.footerAbout} className="font-semibold text-ink">
            Over {SITE_NAME}
          </h2>
          <p className="mt-2 max-w-prose text-muted">
            De gemeenten die de branchevereniging voor sociaal werk in {listInDutch(cohortYears)} koos als voorbeeld voor de vernieuwing van
            het sociaal domein. Alle feiten komen uit de publicaties van de MOgroep en Sociaal Werk Nederland.
          </p>
        </section>
        <nav aria-label="Voettekst">
          <ul className="grid grid-cols-2 gap-x-6 gap-y-1">
            {links.map((item) => (
              <li key={item.href}>
                <PageLink href={item.href} className="inline-flex min-h-8 items-center">
                  {item.label}
                </PageLink>
              </li>
            ))}
          </ul>
        </nav>
      </div>
    </footer>
  );
}
