import type { Metadata } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { ExamplesExplorer } from "@/components/examples-explorer";
import { THEME_IDS, THEMES } from "@/lib/content/schema";
import { getContent } from "@/lib/content/site-content";
import { EXAMPLE_PARAMS } from "@/lib/example-filters";
import { hideUnfilteredListScript } from "@/lib/search-params";
import { routes } from "@/lib/site";

export const metadata: Metadata = {
  title: "Voorbeelden uit de praktijk",
  description: "Alle praktijkvoorbeelden uit de profielen van de Gouden Gemeenten, te filteren op thema: van Hemelse Modder tot het GeheugenHuis.",
  alternates: { canonical: routes.examples },
};

/** See the listing page: hides the full list of a deep link until it is filtered. */
const HIDE_UNFILTERED_LIST = hideUnfilteredListScript(EXAMPLE_PARAMS);

export default function ExamplesPage() {
  const { municipalities } = getContent();
  const items = municipalities.flatMap((municipality) =>
    municipality.voorbeelden.map((example) => ({
      key: `${municipality.slug}-${example.id}`,
      name: example.naam,
      description: example.beschrijving,
      municipality: municipality.naam,
      href: `${routes.municipality(municipality.slug)}#${example.id}`,
      themes: example.themas,
    })),
  );
  const usedThemes = THEME_IDS.filter((id) => items.some((item) => item.themes.includes(id)));
  return (
    <>
      <script dangerouslySetInnerHTML={{ __html: HIDE_UNFILTERED_LIST }} />
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Voorbeelden" }]} />
      <h1 className="text-display font-bold">Voorbeelden uit de praktijk</h1>
      <p className="mt-4 max-w-measure text-lg">
        Budgetten, teams, plekken en afspraken die de Gouden Gemeenten noemen als voorbeeld van hun aanpak. Elk voorbeeld
        leidt naar de plek in het profiel waar het staat.
      </p>
      <div className="mt-8">
        <ExamplesExplorer items={items} themes={usedThemes.map((id) => ({ id, label: THEMES[id] }))} />
      </div>
    </>
  );
}
