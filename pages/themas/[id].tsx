import type { GetStaticPaths } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExampleCards } from "@/components/example-cards";
import { MunicipalityMap } from "@/components/municipality-map";
import { PageLink } from "@/components/page-link";
import { serialiseThemes } from "@/lib/listing/example-filters";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { themeRoute, type ThemePageData } from "@/lib/pages/theme-page";
import { routes } from "@/lib/site";
import { countLabel } from "@/lib/site/format";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(themeRoute);

export const getStaticProps = staticProps(themeRoute);

export default function ThemePage({ page: { theme, examples, municipalities, cohortYears } }: DocumentProps<ThemePageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Thema's", href: routes.themes }, { label: theme.naam }]} />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">Thema</p>
        <h1 className="mt-1 text-display font-bold">{theme.naam}</h1>
        <p className="mt-4 text-lg leading-relaxed">{theme.omschrijving}</p>
      </header>

      <section aria-labelledby="voorbeelden" className="mt-12">
        <h2 id="voorbeelden" className="text-2xl font-bold">
          {examples.length === 0
            ? "Nog geen voorbeelden"
            : `${countLabel(examples.length, "voorbeeld", "voorbeelden")} uit ${countLabel(municipalities.length, "gemeente", "gemeenten")}`}
        </h2>
        {examples.length === 0 ? (
          <p className="mt-2 max-w-measure">
            Geen van de Gouden Gemeenten heeft nog een voorbeeld bij dit thema. Bekijk de{" "}
            <PageLink href={routes.themes}>andere thema&apos;s</PageLink>.
          </p>
        ) : (
          <>
            <p className="mt-2">
              <PageLink href={`${routes.examples}${serialiseThemes([theme.id])}`}>Combineer dit thema met andere in het overzicht</PageLink>
            </p>
            <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,22rem)_1fr]">
              <MunicipalityMap
                label={`Kaart van de gemeenten met voorbeelden bij ${theme.naam}`}
                municipalities={municipalities}
                cohorts={cohortYears}
              />
              <ExampleCards examples={examples} labelledBy="voorbeelden" withDescriptions className="md:grid-cols-2" />
            </div>
          </>
        )}
      </section>
    </>
  );
}
