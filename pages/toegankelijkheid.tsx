import type { GetStaticProps } from "next";
import { documentProps, type DocumentProps } from "@/lib/pages/document-props";
import type { PageMeta } from "@/lib/page-metadata";
import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SectionHeading } from "@/components/section-heading";
import { routes } from "@/lib/site";
import { siteOwner } from "@/lib/site-owner";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

function accessibilityPage() {
  return { email: siteOwner().contactEmail ?? null };
}

type AccessibilityPageData = ReturnType<typeof accessibilityPage>;

const META = {
  title: "Toegankelijkheidsverklaring",
  description:
    "Hoe toegankelijk deze site is: de norm (WCAG 2.2 niveau AA), hoe we dat testen, wat nog niet goed gaat en hoe u een probleem meldt.",
  path: routes.accessibility,
} satisfies PageMeta;

export const getStaticProps: GetStaticProps<DocumentProps<AccessibilityPageData>> = () => documentProps(accessibilityPage(), META);

export default function AccessibilityPage({ page: { email } }: DocumentProps<AccessibilityPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Toegankelijkheid" }]} />
      <div className="max-w-measure">
        <h1 className="text-display font-bold">Toegankelijkheidsverklaring</h1>
        <p className="mt-4 text-lg leading-relaxed">
          Iedereen moet deze site kunnen gebruiken: met een muis of alleen met het toetsenbord, met een schermlezer, op een kleine telefoon
          of met grote letters. Deze verklaring volgt de indeling van de Nederlandse toegankelijkheidsverklaring voor overheidssites.
        </p>

        <section aria-labelledby="norm" className="mt-10">
          <SectionHeading id="norm">Welke norm we volgen</SectionHeading>
          <p className="mt-3">
            De site is gebouwd volgens de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA. Dat gaat een stap verder dan de norm
            voor overheidssites in Nederland, WCAG 2.1 niveau AA.
          </p>
        </section>

        <section aria-labelledby="status" className="mt-10">
          <SectionHeading id="status">Hoe ver we zijn</SectionHeading>
          <p className="mt-3">
            Volgens onze eigen tests voldoet de site aan WCAG 2.2 niveau AA, met de beperkingen die hieronder staan. Er is nog geen
            onderzoek door een onafhankelijke deskundige gedaan.
          </p>
        </section>

        <section aria-labelledby="getest" className="mt-10">
          <SectionHeading id="getest">Hoe we testen</SectionHeading>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>
              Bij elke wijziging controleert axe-core automatisch elke pagina in een echte browser op de regels van WCAG 2.2 AA, ook de
              kleurcontrasten, in lichte en donkere weergave.
            </li>
            <li>
              Browsertests bedienen de filters, de weergaven en de zoekfunctie zoals een bezoeker dat doet, en controleren de overslaglink
              naar de inhoud.
            </li>
            <li>
              Pagina&apos;s worden getest op schermen van 360, 768 en 1280 pixels breed: er mag niet horizontaal gescrold hoeven worden en
              elke knop of link is minstens 24 bij 24 pixels.
            </li>
            <li>
              De site werkt zonder JavaScript: alle gemeenten staan in de HTML en de pagina&apos;s per criterium en per cohort werken als
              filter.
            </li>
          </ul>
        </section>

        <section aria-labelledby="beperkingen" className="mt-10">
          <SectionHeading id="beperkingen">Wat nog niet goed gaat</SectionHeading>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>
              De markeringen op de kaart liggen soms dicht op elkaar en zijn kleiner dan 24 pixels. Onder elke kaart staat daarom dezelfde
              keuze als lijst met grote links.
            </li>
            <li>
              Zoeken in de volledige tekst werkt alleen met JavaScript. Zonder JavaScript vindt u alles via het{" "}
              <PageLink href={routes.municipalities}>overzicht</PageLink>, de <PageLink href={routes.criteria}>criteria</PageLink> en de{" "}
              <PageLink href={routes.examples}>voorbeelden</PageLink>.
            </li>
            <li>
              De oorspronkelijke bronnen (PDF&apos;s en webpagina&apos;s van de MOgroep en Sociaal Werk Nederland) staan niet op deze site
              en vallen buiten deze verklaring.
            </li>
          </ul>
        </section>

        <section aria-labelledby="melden" className="mt-10">
          <SectionHeading id="melden">Een probleem melden</SectionHeading>
          {email ? (
            <p className="mt-3">
              Kunt u iets op deze site niet gebruiken, of ziet u een fout? Mail naar <a href={`mailto:${email}`}>{email}</a>. Zeg op welke
              pagina het was en wat er misging.
            </p>
          ) : (
            <p className="mt-3">
              Kunt u iets op deze site niet gebruiken, of ziet u een fout? Meld het bij de beheerder van de site en zeg op welke pagina het
              was en wat er misging. Het adres voor meldingen wordt hier vermeld zodra de site in gebruik is.
            </p>
          )}
        </section>
      </div>
    </>
  );
}
