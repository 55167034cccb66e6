import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExamplesExplorer } from "@/components/examples-explorer";
import { examplesIndex } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { EXAMPLE_PARAMS } from "@/lib/example-filters";
import { metadataFor } from "@/lib/page-metadata";
import { hideUnfilteredListScript } from "@/lib/search-params";
import { routes } from "@/lib/site";

export const metadata = metadataFor({
  title: "Voorbeelden uit de praktijk",
  description:
    "Alle praktijkvoorbeelden uit de profielen van de Gouden Gemeenten, te filteren op thema: van Hemelse Modder tot het GeheugenHuis.",
  path: routes.examples,
});

/** See the listing page: hides the full list of a deep link until it is filtered. */
const HIDE_UNFILTERED_LIST = hideUnfilteredListScript(EXAMPLE_PARAMS);

export default function ExamplesPage() {
  const { items, themes } = examplesIndex(getContent());
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: HIDE_UNFILTERED_LIST }} />
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Voorbeelden" }]} />
      <h1 className="text-display font-bold">Voorbeelden uit de praktijk</h1>
      <p className="mt-4 max-w-measure text-lg">
        Budgetten, teams, plekken en afspraken die de Gouden Gemeenten noemen als voorbeeld van hun aanpak. Elk voorbeeld leidt naar de plek
        in het profiel waar het staat.
      </p>
      <div className="mt-8">
        <ExamplesExplorer
          items={items.map(({ key, name, description, municipality, themes, municipalitySlug, exampleId }) => ({
            key,
            name,
            description,
            municipality,
            themes,
            href: `${routes.municipality(municipalitySlug)}#${exampleId}`,
          }))}
          themes={themes}
        />
      </div>
    </>
  );
}
