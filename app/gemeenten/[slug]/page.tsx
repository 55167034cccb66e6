import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CohortBadge } from "@/components/cohort-badge";
import { CopyLinkButton } from "@/components/copy-link-button";
import { CriterionIcon } from "@/components/criterion-icon";
import { JsonLd } from "@/components/json-ld";
import { MunicipalityMap } from "@/components/municipality-map";
import { Notice } from "@/components/notice";
import { PracticeExample } from "@/components/practice-example";
import { Prose } from "@/components/prose";
import { Quotation } from "@/components/quotation";
import { SectionHeading } from "@/components/section-heading";
import { ShareButton } from "@/components/share-button";
import { SourceList } from "@/components/source-list";
import { criterionAnchor, PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import { THEMES } from "@/lib/content/schema";
import { cohortNeighbours, cohortYears, criteriaOf, relatedMunicipalities, sourceById, sourcesById } from "@/lib/content/queries";
import { getContent, getMunicipality } from "@/lib/content/site-content";
import { SOCIAL_IMAGE_SIZE, socialImagePath } from "@/lib/social-image";
import { absoluteUrl, routes, SITE_NAME } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().municipalities.map((municipality) => ({ slug: municipality.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = getMunicipality((await params).slug);
  if (!municipality) return {};
  const title = `${municipality.naam}: ${municipality.titel}`;
  const image = {
    url: socialImagePath.municipality(municipality.slug),
    ...SOCIAL_IMAGE_SIZE,
    alt: `${municipality.naam}, Gouden Gemeente ${municipality.cohort}`,
  };
  return {
    title,
    description: municipality.samenvatting,
    alternates: { canonical: routes.municipality(municipality.slug) },
    openGraph: {
      type: "article",
      title,
      description: municipality.samenvatting,
      url: routes.municipality(municipality.slug),
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description: municipality.samenvatting, images: [image.url] },
  };
}

export default async function MunicipalityPage({ params }: Props) {
  const municipality = getMunicipality((await params).slug);
  if (!municipality) notFound();
  const content = getContent();
  const criteria = criteriaOf(content.criteria, municipality);
  const related = relatedMunicipalities(content, municipality);
  const { previous, next } = cohortNeighbours(content, municipality);
  const url = absoluteUrl(routes.municipality(municipality.slug));
  const sources = sourcesById(content, municipality.bronnen);

  return (
    <article>
      <JsonLd
        data={{
          "@context": "https://schema.org",
          "@type": "WebPage",
          name: `${municipality.naam}: ${municipality.titel}`,
          description: municipality.samenvatting,
          url,
          inLanguage: "nl",
          isPartOf: { "@type": "WebSite", name: SITE_NAME, url: absoluteUrl(routes.home) },
          about: {
            "@type": "GovernmentOrganization",
            name: municipality.naam,
            award: `Gouden Gemeente ${municipality.cohort}`,
            address: { "@type": "PostalAddress", addressRegion: municipality.provincie, addressCountry: "NL" },
            geo: { "@type": "GeoCoordinates", latitude: municipality.locatie.lat, longitude: municipality.locatie.lon },
            ...(municipality.leden
              ? { subOrganization: municipality.leden.map((name) => ({ "@type": "GovernmentOrganization", name })) }
              : {}),
          },
          citation: sources.map((source) => ({
            "@type": "CreativeWork",
            name: source.titel,
            publisher: source.uitgever,
            datePublished: String(source.jaar),
          })),
        }}
      />
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Gemeenten", href: routes.municipalities }, { label: municipality.naam }]}
      />
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_20rem]">
        <header className="max-w-measure">
          <div className="flex flex-wrap items-center gap-3">
            <Link href={routes.cohort(municipality.cohort)} className="no-underline">
              <CohortBadge year={municipality.cohort} />
            </Link>
            <span className="text-sm text-muted">Provincie {municipality.provincie}</span>
          </div>
          <h1 className="mt-3 text-display font-bold">{municipality.naam}</h1>
          <p className="mt-2 text-xl text-muted">{municipality.titel}</p>
          <p className="mt-5 text-lg leading-relaxed">{municipality.samenvatting}</p>
          <div className="mt-5">
            <ShareButton title={`${municipality.naam}: ${municipality.titel}`} text={municipality.samenvatting} />
          </div>
          {municipality.provincie_opmerking ? (
            <div className="mt-6">
              <Notice title="Sinds de selectie veranderd">{municipality.provincie_opmerking}</Notice>
            </div>
          ) : null}
        </header>
        <aside aria-label="Ligging" className="print:hidden">
          <MunicipalityMap label={`Ligging van ${municipality.naam}`} municipalities={[municipality]} cohorts={cohortYears(content)} />
        </aside>
      </div>

      {municipality.leden ? (
        <section aria-labelledby={PROFILE_SECTION_IDS.members} className="mt-10">
          <SectionHeading id={PROFILE_SECTION_IDS.members}>De {municipality.leden.length} gemeenten van de regio</SectionHeading>
          <ul className="mt-3 flex flex-wrap gap-2">
            {municipality.leden.map((member) => (
              <li key={member} className="rounded-chip border border-line bg-surface px-3 py-1">
                {member}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby={PROFILE_SECTION_IDS.criteria} className="mt-10">
        <SectionHeading id={PROFILE_SECTION_IDS.criteria}>Waarom deze gemeente goud is</SectionHeading>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {criteria.map((criterion) => (
            <li
              key={criterion.id}
              id={criterionAnchor(criterion.id)}
              className="rounded-card border border-line bg-surface p-4 break-inside-avoid"
            >
              <h3 className="flex items-center gap-2 font-semibold">
                <CriterionIcon criterionId={criterion.id} className="h-5 w-5 shrink-0 text-gold-ink" />
                <Link href={routes.criterion(criterion.id)}>{criterion.label}</Link>
              </h3>
              <p className="mt-2">{criterion.toelichting}</p>
            </li>
          ))}
        </ul>
      </section>

      <Prose html={municipality.html} className="mt-10" />

      {municipality.voorbeelden.length ? (
        <section aria-labelledby={PROFILE_SECTION_IDS.examples} className="mt-10">
          <SectionHeading id={PROFILE_SECTION_IDS.examples}>Voorbeelden uit de praktijk</SectionHeading>
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {municipality.voorbeelden.map((example) => (
              <PracticeExample
                key={example.id}
                id={example.id}
                name={example.naam}
                description={example.beschrijving}
                themes={example.themas.map((theme) => THEMES[theme])}
                action={<CopyLinkButton fragment={example.id} label={example.naam} />}
              />
            ))}
          </div>
        </section>
      ) : null}

      {municipality.citaten.length ? (
        <section aria-labelledby={PROFILE_SECTION_IDS.quotations} className="mt-10 max-w-measure">
          <SectionHeading id={PROFILE_SECTION_IDS.quotations}>In hun eigen woorden</SectionHeading>
          <div className="mt-4 space-y-6">
            {municipality.citaten.map((quotation) => {
              const person = municipality.personen.find((candidate) => candidate.naam === quotation.spreker);
              return (
                <Quotation
                  key={quotation.tekst}
                  text={quotation.tekst}
                  speaker={quotation.spreker}
                  role={person?.rol}
                  organisation={person?.organisatie}
                  sourceTitle={sourceById(content, quotation.bron).titel}
                />
              );
            })}
          </div>
        </section>
      ) : null}

      {municipality.personen.length ? (
        <section aria-labelledby={PROFILE_SECTION_IDS.people} className="mt-10 max-w-measure">
          <SectionHeading id={PROFILE_SECTION_IDS.people}>Aan het woord</SectionHeading>
          <ul className="mt-3 space-y-1">
            {municipality.personen.map((person) => {
              const description = [person.rol, person.organisatie].filter(Boolean).join(", ");
              return (
                <li key={person.naam}>
                  <span className="font-semibold">{person.naam}</span>
                  {description ? `, ${description}` : null}
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {municipality.partners.length ? (
        <section aria-labelledby={PROFILE_SECTION_IDS.partners} className="mt-10">
          <SectionHeading id={PROFILE_SECTION_IDS.partners}>Partners</SectionHeading>
          <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {municipality.partners.map((partner) => (
              <li key={partner.naam} className="flex min-h-8 items-center">
                {partner.url ? (
                  <a href={partner.url} rel="noopener noreferrer" className="external-link">
                    {partner.naam}
                  </a>
                ) : (
                  partner.naam
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <SourceList sources={sources} />
      <p className="mt-4 max-w-measure rounded-card border border-line bg-surface p-4 text-sm">
        <span className="font-semibold">Zo citeert u dit profiel: </span>
        {SITE_NAME}, ‘{municipality.naam}: {municipality.titel}’, {url}. Op basis van{" "}
        {sources.map((source) => `${source.uitgever} (${source.jaar})`).join(", ")}.
      </p>

      {related.length ? (
        <section aria-labelledby={PROFILE_SECTION_IDS.related} className="mt-12 print:hidden">
          <SectionHeading id={PROFILE_SECTION_IDS.related}>Gemeenten met dezelfde sterke punten</SectionHeading>
          <ul className="mt-3 grid gap-3 sm:grid-cols-3">
            {related.map((other) => (
              <li key={other.slug} className="rounded-card border border-line bg-surface p-4">
                <Link href={routes.municipality(other.slug)} className="inline-flex min-h-6 items-center font-semibold">
                  {other.naam}
                </Link>
                <p className="text-sm text-muted">
                  Cohort {other.cohort} · {other.titel}
                </p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <nav
        aria-label={`Andere gemeenten van cohort ${municipality.cohort}`}
        className="mt-12 flex flex-wrap justify-between gap-4 border-t border-line pt-6 print:hidden"
      >
        {previous ? (
          <Link href={routes.municipality(previous.slug)} rel="prev" className="inline-flex min-h-11 items-center">
            ← {previous.naam}
          </Link>
        ) : (
          <span />
        )}
        {next ? (
          <Link href={routes.municipality(next.slug)} rel="next" className="inline-flex min-h-11 items-center">
            {next.naam} →
          </Link>
        ) : null}
      </nav>
    </article>
  );
}
