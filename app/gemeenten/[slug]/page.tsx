import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getContent, getCriterion, getMunicipality, getSource } from "@/lib/content/site-content";
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

export default async function MunicipalityPage({ params }: Props) {
  const municipality = getMunicipality((await params).slug);
  if (!municipality) notFound();

  return (
    <article>
      <p className="text-sm font-semibold uppercase tracking-wide text-gold-700">
        Gouden Gemeente {municipality.cohort}
      </p>
      <h1 className="mt-1 text-3xl font-bold sm:text-4xl">{municipality.naam}</h1>
      <p className="mt-2 text-xl">{municipality.titel}</p>
      <p className="mt-1 text-muted">
        Provincie {municipality.provincie}
        {municipality.provincie_opmerking ? ` (${municipality.provincie_opmerking})` : null}
      </p>
      <p className="mt-6 max-w-prose text-lg">{municipality.samenvatting}</p>

      {municipality.leden ? (
        <section aria-labelledby="leden" className="mt-8">
          <h2 id="leden" className="text-2xl font-bold">
            Deelnemende gemeenten
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {municipality.leden.map((member) => (
              <li key={member}>{member}</li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="criteria" className="mt-8">
        <h2 id="criteria" className="text-2xl font-bold">
          Waarom goud
        </h2>
        <dl className="mt-3 space-y-4">
          {municipality.criteria.map((criterion) => (
            <div key={criterion.id} id={`criterium-${criterion.id}`}>
              <dt className="font-semibold">{getCriterion(criterion.id)?.kort}</dt>
              <dd>{criterion.toelichting}</dd>
            </div>
          ))}
        </dl>
      </section>

      <div
        className="prose prose-stone mt-8 max-w-prose"
        // Rendered by remark-html with its default sanitising: safe HTML.
        dangerouslySetInnerHTML={{ __html: municipality.html }}
      />

      {municipality.voorbeelden.length ? (
        <section aria-labelledby="voorbeelden" className="mt-8">
          <h2 id="voorbeelden" className="text-2xl font-bold">
            Voorbeelden uit de praktijk
          </h2>
          <ul className="mt-3 space-y-4">
            {municipality.voorbeelden.map((example) => (
              <li key={example.id} id={example.id}>
                <h3 className="font-semibold">{example.naam}</h3>
                <p>{example.beschrijving}</p>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {municipality.citaten.length ? (
        <section aria-labelledby="citaten" className="mt-8">
          <h2 id="citaten" className="text-2xl font-bold">
            In hun eigen woorden
          </h2>
          {municipality.citaten.map((quotation) => {
            const person = municipality.personen.find((candidate) => candidate.naam === quotation.spreker);
            return (
              <figure key={quotation.tekst} className="mt-4 border-l-4 border-gold-500 pl-4">
                <blockquote>
                  <p>“{quotation.tekst}”</p>
                </blockquote>
                <figcaption className="mt-1 text-sm text-muted">
                  {quotation.spreker}
                  {person ? `, ${person.rol}, ${person.organisatie}` : null} — uit{" "}
                  <cite>{getSource(quotation.bron)?.titel}</cite>
                </figcaption>
              </figure>
            );
          })}
        </section>
      ) : null}

      {municipality.partners.length ? (
        <section aria-labelledby="partners" className="mt-8">
          <h2 id="partners" className="text-2xl font-bold">
            Partners
          </h2>
          <ul className="mt-3 list-disc pl-6">
            {municipality.partners.map((partner) => (
              <li key={partner.naam}>
                {partner.url ? (
                  <a href={partner.url} rel="noopener noreferrer" className="text-brand underline">
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

      <section aria-labelledby="bronnen" className="mt-8">
        <h2 id="bronnen" className="text-2xl font-bold">
          Bronnen
        </h2>
        <ul className="mt-3 list-disc pl-6">
          {municipality.bronnen.map((id) => {
            const source = getSource(id);
            return source ? (
              <li key={id}>
                {source.uitgever}, <cite>{source.titel}</cite> ({source.jaar})
              </li>
            ) : null;
          })}
        </ul>
      </section>
    </article>
  );
}
