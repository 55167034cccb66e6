import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CopyLinkButton } from "@/components/copy-link-button";
import { JsonLd } from "@/components/json-ld";
import { MunicipalityMap } from "@/components/municipality-map";
import { Prose } from "@/components/prose";
import { SectionHeading } from "@/components/section-heading";
import { ShareButton } from "@/components/share-button";
import { ProfileCriteria } from "@/components/profile/profile-criteria";
import { ProfileExamples } from "@/components/profile/profile-examples";
import { ProfileIntro } from "@/components/profile/profile-intro";
import { ProfileMembers } from "@/components/profile/profile-members";
import { ProfilePartners } from "@/components/profile/profile-partners";
import { ProfilePeople } from "@/components/profile/profile-people";
import { ProfileQuotations } from "@/components/profile/profile-quotations";
import { SourceList } from "@/components/source-list";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
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
        <ProfileIntro profile={municipality}>
          <div className="mt-5">
            <ShareButton title={`${municipality.naam}: ${municipality.titel}`} text={municipality.samenvatting} />
          </div>
        </ProfileIntro>
        <aside aria-label="Ligging" className="print:hidden">
          <MunicipalityMap label={`Ligging van ${municipality.naam}`} municipalities={[municipality]} cohorts={cohortYears(content)} />
        </aside>
      </div>

      <ProfileMembers members={municipality.leden} />
      <ProfileCriteria criteria={criteria} />
      <Prose html={municipality.html} className="mt-10" />
      <ProfileExamples
        examples={municipality.voorbeelden}
        actionFor={(example) => <CopyLinkButton fragment={example.id} label={example.naam} />}
      />
      <ProfileQuotations
        quotations={municipality.citaten}
        people={municipality.personen}
        sourceTitle={(sourceId) => sourceById(content, sourceId).titel}
      />
      <ProfilePeople people={municipality.personen} />
      <ProfilePartners partners={municipality.partners} />

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
