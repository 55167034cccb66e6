import { Breadcrumbs } from "@/components/breadcrumbs";
import { PageLink } from "@/components/page-link";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";
import { themesPage, type ThemesPageData } from "@/lib/pages/themes-page";
import { routes } from "@/lib/site";
import { countLabel } from "@/lib/site/format";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(themesPage);

export default function ThemesPage({ page: { themes } }: DocumentProps<ThemesPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Thema's" }]} />
      <h1 className="text-display font-bold">Thema&apos;s</h1>
      <p className="mt-4 max-w-measure text-lg">
        Elk voorbeeld uit de praktijk hoort bij een of meer thema&apos;s. Kies een thema voor alle voorbeelden die erbij horen, of combineer
        thema&apos;s in het <PageLink href={routes.examples}>overzicht van voorbeelden</PageLink>.
      </p>
      <ul className="mt-8 grid gap-4 md:grid-cols-2">
        {themes.map(({ theme, exampleCount }) => (
          <li key={theme.id} className="rounded-card border border-line bg-surface p-4">
            <h2 className="text-lg font-bold">
              <PageLink href={routes.theme(theme.id)}>{theme.naam}</PageLink>
            </h2>
            <p className="text-muted">
              {exampleCount === 0 ? "Nog geen voorbeelden" : countLabel(exampleCount, "voorbeeld", "voorbeelden")}
            </p>
            <p className="mt-2">{theme.omschrijving}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
