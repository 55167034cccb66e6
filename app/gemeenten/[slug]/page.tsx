import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CohortBadge } from "@/components/cohort-badge";
import { CriterionIcon } from "@/components/criterion-icon";
import { Notice } from "@/components/notice";
import { PracticeExample } from "@/components/practice-example";
import { Prose } from "@/components/prose";
import { SourceList } from "@/components/source-list";
import { Quotation } from "@/components/quotation";
import { THEMES } from "@/lib/content/schema";
import { criteriaOf, getContent, getMunicipality, getSource } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

export const dynamicParams = false;

export function generateStaticParams() {
  return getContent().municipalities.map((municipality) => ({ slug: municipality.slug }));
}

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const municipality = getMunicipality((await params).slug);
  if (!municipality) return {};
  return {
    title: `${municipality.naam}: ${municipality.titel}`,
    description: municipality.samenvatting,
    alternates: { canonical: routes.municipality(municipality.slug) },
  };
}

const sectionHeading = "text-2xl font-bold";

export default async function MunicipalityPage({ params }: Props) {
  const municipality = getMunicipality((await params).slug);
  if (!municipality) notFound();
  const criteria = criteriaOf(municipality);

  return (
    <article>
      <Breadcrumbs
        items={[
          { label: "Home", href: routes.home },
          { label: "Alle gemeenten", href: routes.municipalities },
          { label: municipality.naam },
        ]}
      />
      <header className="max-w-measure">
        <div className="flex flex-wrap items-center gap-3">
          <CohortBadge year={municipality.cohort} />
          <span className="text-sm text-muted">Provincie {municipality.provincie}</span>
        </div>
        <h1 className="mt-3 text-display font-bold">{municipality.naam}</h1>
        <p className="mt-2 text-xl text-muted">{municipality.titel}</p>
        <p className="mt-5 text-lg leading-relaxed">{municipality.samenvatting}</p>
      </header>

      {municipality.provincie_opmerking ? (
        <div className="mt-6 max-w-measure">
          <Notice title="Sinds de selectie veranderd">{municipality.provincie_opmerking}</Notice>
        </div>
      ) : null}

      {municipality.leden ? (
        <section aria-labelledby="leden" className="mt-10">
          <h2 id="leden" className={sectionHeading}>
            De {municipality.leden.length} gemeenten van de regio
          </h2>
          <ul className="mt-3 flex flex-wrap gap-2">
            {municipality.leden.map((member) => (
              <li key={member} className="rounded-chip border border-line bg-surface px-3 py-1">
                {member}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="criteria" className="mt-10">
        <h2 id="criteria" className={sectionHeading}>
          Waarom deze gemeente goud is
        </h2>
        <ul className="mt-4 grid gap-4 md:grid-cols-2">
          {criteria.map((criterion) => (
            <li
              key={criterion.id}
              id={`criterium-${criterion.id}`}
              className="rounded-card border border-line bg-surface p-4"
            >
              <h3 className="flex items-center gap-2 font-semibold">
                <CriterionIcon criterionId={criterion.id} className="h-5 w-5 shrink-0 text-gold-ink" />
                {criterion.label}
              </h3>
              <p className="mt-2">{criterion.toelichting}</p>
            </li>
          ))}
        </ul>
      </section>

      <Prose html={municipality.html} className="mt-10" />

      {municipality.voorbeelden.length ? (
        <section aria-labelledby="voorbeelden" className="mt-10">
          <h2 id="voorbeelden" className={sectionHeading}>
            Voorbeelden uit de praktijk
          </h2>
          <div className="mt-4 grid gap-4 md:grid-cols-2">
            {municipality.voorbeelden.map((example) => (
              <PracticeExample
                key={example.id}
                id={example.id}
                name={example.naam}
                description={example.beschrijving}
                themes={example.themas.map((theme) => THEMES[theme])}
              />
            ))}
          </div>
        </section>
      ) : null}

      {municipality.citaten.length ? (
        <section aria-labelledby="citaten" className="mt-10 max-w-measure">
          <h2 id="citaten" className={sectionHeading}>
            In hun eigen woorden
          </h2>
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
                  sourceTitle={getSource(quotation.bron)?.titel ?? quotation.bron}
                />
              );
            })}
          </div>
        </section>
      ) : null}

      {municipality.partners.length ? (
        <section aria-labelledby="partners" className="mt-10">
          <h2 id="partners" className={sectionHeading}>
            Partners
          </h2>
          <ul className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-2">
            {municipality.partners.map((partner) => (
              <li key={partner.naam} className="flex min-h-8 items-center">
                {partner.url ? (
                  <a href={partner.url} rel="noopener noreferrer">
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

      <SourceList sourceIds={municipality.bronnen} />
    </article>
  );
}
