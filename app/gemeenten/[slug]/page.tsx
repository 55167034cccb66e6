import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CopyLinkButton } from "@/components/copy-link-button";
import { JsonLd } from "@/components/json-ld";
import { MunicipalityMap } from "@/components/municipality-map";
import { Prose } from "@/components/prose";
import { ShareButton } from "@/components/share-button";
import { CohortNeighbours } from "@/components/profile/cohort-neighbours";
import { ProfileCitation } from "@/components/profile/profile-citation";
import { ProfileCriteria } from "@/components/profile/profile-criteria";
import { ProfileExamples } from "@/components/profile/profile-examples";
import { ProfileIntro } from "@/components/profile/profile-intro";
import { ProfileMembers } from "@/components/profile/profile-members";
import { ProfilePartners } from "@/components/profile/profile-partners";
import { ProfilePeople } from "@/components/profile/profile-people";
import { ProfileQuotations } from "@/components/profile/profile-quotations";
import { ProfileRelated } from "@/components/profile/profile-related";
import { SourceList } from "@/components/source-list";
import { cohortNeighbours, cohortYears, criteriaOf, relatedMunicipalities, sourceById, sourcesById } from "@/lib/content/queries";
import { getContent, getMunicipality } from "@/lib/content/site-content";
import { SOCIAL_IMAGE_SIZE, socialImagePath } from "@/lib/social-image";
import { municipalityJsonLd } from "@/lib/structured-data";
import { absoluteUrl, routes } from "@/lib/site";

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
  const sources = sourcesById(content, municipality.bronnen);

  return (
    <article>
      <JsonLd data={municipalityJsonLd(municipality, sources)} />
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
      <ProfileCitation municipality={municipality} url={absoluteUrl(routes.municipality(municipality.slug))} sources={sources} />
      <ProfileRelated related={relatedMunicipalities(content, municipality)} />
      <CohortNeighbours cohort={municipality.cohort} {...cohortNeighbours(content, municipality)} />
    </article>
  );
}
