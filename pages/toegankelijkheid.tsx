import { PageLink } from "@/components/page-link";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { SectionHeading } from "@/components/section-heading";
import { formatKeyDate } from "@/lib/site/format";
import { routes } from "@/lib/site";
import { accessibilityPage, type AccessibilityPageData } from "@/lib/pages/accessibility-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

/**
 * When this statement was last checked against the site and its tests. The
 * model asks for the date of the statement, not of the build: change it when
 * the text is reviewed.
 */
const STATEMENT_DATE = "2026-12-02";

export const getStaticProps = staticPageProps(accessibilityPage);

export default function AccessibilityPage({ page: { email, publisher, address } }: DocumentProps<AccessibilityPageData>) {
  return (
    <>
      <Breadcrumbs items={[{ label: "Home", href: routes.home }, { label: "Toegankelijkheid" }]} />
      <div className="max-w-measure">
        <h1 className="text-display font-bold">Toegankelijkheidsverklaring</h1>
        <p className="mt-4 text-lg leading-relaxed">
          Iedereen moet deze site kunnen gebruiken: met een muis of alleen met het toetsenbord, met een schermlezer, op een kleine telefoon
          of met grote letters. Deze verklaring volgt de indeling van het model van DigiToegankelijk, de toegankelijkheidsverklaring voor
          overheidssites.
        </p>
        <dl className="mt-6 grid gap-x-4 gap-y-1 rounded-card border border-line bg-surface p-4 sm:grid-cols-[auto_1fr]">
          <dt className="font-semibold">Datum van deze verklaring</dt>
          <dd>
            <time dateTime={STATEMENT_DATE}>{formatKeyDate(STATEMENT_DATE)}</time>
          </dd>
          <dt className="font-semibold">Uitgever</dt>
          <dd>{publisher}</dd>
          <dt className="font-semibold">Status</dt>
          <dd>Voldoet gedeeltelijk, volgens eigen tests. Nog niet onderzocht door een deskundige.</dd>
        </dl>

        <section aria-labelledby="reikwijdte" className="mt-10">
          <SectionHeading id="reikwijdte">Waar deze verklaring over gaat</SectionHeading>
          <p className="mt-3">
            Over de website <span className="wrap-anywhere">{address}</span>: alle pagina&apos;s die u daar vindt, met de kaarten, de
            zoekfunctie, de vergelijking en de downloads van de open data.
          </p>
        </section>

        <section aria-labelledby="norm" className="mt-10">
          <SectionHeading id="norm">Welke norm we volgen</SectionHeading>
          <p className="mt-3">
            De site is gebouwd volgens de Web Content Accessibility Guidelines (WCAG) 2.2 op niveau AA. De wettelijke norm voor
            overheidssites in Nederland is de Europese norm EN 301 549, die voor websites WCAG 2.1 niveau AA vraagt. WCAG 2.2 bevat alle
            eisen van WCAG 2.1 en een paar nieuwe, zoals een minimale grootte van knoppen en links.
          </p>
        </section>

        <section aria-labelledby="status" className="mt-10">
          <SectionHeading id="status">Hoe ver we zijn</SectionHeading>
          <p className="mt-3">
            Volgens onze eigen tests voldoet de site aan WCAG 2.2 niveau AA, met de beperkingen die hieronder staan. Maar automatische tests
            zijn geen onderzoek: ze vinden maar een deel van de problemen. Of een tekst duidelijk is, of een tekstalternatief goed zegt wat
            er te zien is en of alles goed werkt met een schermlezer, kan alleen een mens beoordelen.
          </p>
          <p className="mt-3">
            Een onafhankelijke deskundige heeft de site nog niet onderzocht. Het model kent de statussen A tot en met E. Status A (‘voldoet
            volledig’) en B (‘voldoet gedeeltelijk’) horen bij een volledig onderzoek door een deskundige volgens de methode WCAG-EM.
            Zo&apos;n onderzoek is er nog niet, dus deze site heeft officieel geen status A of B. Wanneer het onderzoek komt, is nog niet
            bekend.
          </p>
        </section>

        <section aria-labelledby="getest" className="mt-10">
          <SectionHeading id="getest">Wat we getest hebben, en hoe</SectionHeading>
          <p className="mt-3">
            We testen automatisch, in een echte browser (Chromium). Dat gebeurt in de volledige testronde van de site, niet bij elke
            wijziging van een tekst.
          </p>
          <ul className="mt-3 list-disc space-y-1 pl-6">
            <li>
              Elke pagina uit de sitemap wordt gecontroleerd met axe-core 4.14 op de regels van WCAG 2.2 niveau AA, ook de kleurcontrasten.
              De HTML van elke pagina moet geldig zijn, met één hoofdkop, de taal Nederlands en een tekstalternatief bij elke afbeelding.
            </li>
            <li>
              De startpagina, het overzicht van de gemeenten en een profiel worden ook in donkere weergave met axe-core gecontroleerd, op
              schermen van 360, 768 en 1280 pixels breed. Daar moet elke knop en elke link die niet in een zin staat minstens 24 bij 24
              pixels zijn, behalve de markeringen op de kaart (zie hieronder). De weergaven van het overzicht (matrix, kaart, met filters)
              en de filters van de voorbeelden worden apart met axe-core gecontroleerd.
            </li>
            <li>Geen enkele pagina uit de sitemap mag op een scherm van 320 pixels breed opzij hoeven scrollen.</li>
            <li>
              Met het toetsenbord testen we automatisch de overslaglink naar de inhoud. De rest van de bediening met het toetsenbord is niet
              apart getest.
            </li>
            <li>
              Zonder JavaScript: de pagina&apos;s met alleen inhoud laden geen JavaScript van het framework, het overzicht bevat alle
              gemeenten in de HTML, en de vergelijking zegt zelf dat ze JavaScript nodig heeft en linkt naar de profielen.
            </li>
            <li>Browsertests bedienen de filters, de weergaven, de zoekfunctie en de vergelijking zoals een bezoeker dat doet.</li>
          </ul>
        </section>

        <section aria-labelledby="beperkingen" className="mt-10">
          <SectionHeading id="beperkingen">Wat nog niet goed gaat</SectionHeading>
          <ul className="mt-3 list-disc space-y-3 pl-6">
            <li>
              Op de kaarten liggen gemeenten soms dicht bij elkaar en zijn de markeringen kleiner dan 24 pixels. Onder elke kaart staat
              daarom dezelfde keuze als lijst met gewone links. Dat is volgens WCAG voldoende, dus hier plannen we niets.
            </li>
            <li>
              De filters in het <PageLink href={routes.municipalities}>overzicht van de gemeenten</PageLink> en bij de{" "}
              <PageLink href={routes.examples}>voorbeelden</PageLink> werken alleen met JavaScript. Zonder JavaScript staan wel alle
              gemeenten in het overzicht, en kunt u bladeren per <PageLink href={routes.cohorts}>cohort</PageLink> en per{" "}
              <PageLink href={routes.criteria}>criterium</PageLink>.
            </li>
            <li>
              Zoeken in de volledige tekst werkt alleen met JavaScript, omdat de site geen eigen server heeft die kan zoeken. Zonder
              JavaScript vindt u alles via het overzicht, de criteria en de voorbeelden.
            </li>
            <li>
              Het vergelijken van gemeenten werkt alleen met JavaScript. Zonder JavaScript zegt de pagina dat en linkt ze naar de profielen.
              Een datum om dit op te lossen is er nog niet.
            </li>
            <li>
              De vergelijkingstabel en de tabel met criteria in het overzicht schuiven op een smal scherm opzij, binnen hun eigen vak; de
              pagina zelf schuift niet. WCAG staat dat toe bij tabellen. Met het toetsenbord kunt u het vak kiezen en met de pijltjestoetsen
              schuiven.
            </li>
            <li>
              De omgeving waarin de redactie de teksten bewerkt (<span className="wrap-anywhere">/admin/</span>) is software van anderen
              (Decap CMS) en is niet op toegankelijkheid getest.
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
              Kunt u iets op deze site niet gebruiken? Mail naar <a href={`mailto:${email}`}>{email}</a>. Zeg op welke pagina het was en wat
              er misging.
            </p>
          ) : (
            <p className="mt-3">
              Kunt u iets op deze site niet gebruiken? Meld het bij {publisher} en zeg op welke pagina het was en wat er misging. Het adres
              voor meldingen staat hier zodra de site in gebruik is.
            </p>
          )}
          <p className="mt-3">
            Wat er dan gebeurt: u krijgt binnen vijf werkdagen antwoord. Daarin staat wat we doen: we lossen het probleem op, of we leggen
            uit waarom dat niet meteen kan en wanneer het wel lukt. Hebt u de informatie nu nodig? Dan sturen we u die op een andere manier,
            bijvoorbeeld als tekst in een e-mail.
          </p>
        </section>

        <section aria-labelledby="niet-tevreden" className="mt-10">
          <SectionHeading id="niet-tevreden">Niet tevreden met het antwoord?</SectionHeading>
          <p className="mt-3">
            Vraag dan eerst of iemand anders bij {publisher} uw melding opnieuw bekijkt. Heeft de organisatie een klachtenregeling, dan
            gebeurt dat volgens die regeling.
          </p>
          <p className="mt-3">
            Komt u er samen niet uit? De{" "}
            <a href="https://www.nationaleombudsman.nl/" rel="noopener noreferrer" className="external-link">
              Nationale ombudsman
            </a>{" "}
            behandelt klachten over overheidsorganisaties; bij een gemeente of provincie kan dat ook een eigen ombudsman zijn. Is de
            uitgever van deze site een overheidsorganisatie, dan kunt u daar terecht. Vindt u dat u wordt achtergesteld omdat u een handicap
            of chronische ziekte heeft? Dan kunt u het{" "}
            <a href="https://www.mensenrechten.nl/" rel="noopener noreferrer" className="external-link">
              College voor de Rechten van de Mens
            </a>{" "}
            om een oordeel vragen.
          </p>
        </section>
      </div>
    </>
  );
}
