import type { GetStaticPaths } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { CopyLinkButton } from "@/components/copy-link-button";
import { LocatorMap } from "@/components/locator-map";
import { Prose } from "@/components/prose";
import { ShareButton } from "@/components/share-button";
import { CohortNeighbours } from "@/components/profile/cohort-neighbours";
import { ProfileChecks } from "@/components/profile/profile-checks";
import { ProfileCitation } from "@/components/profile/profile-citation";
import { ProfileCompare } from "@/components/profile/profile-compare";
import { ProfileCorrection } from "@/components/profile/profile-correction";
import { ProfileCriteria } from "@/components/profile/profile-criteria";
import { ProfileExamples } from "@/components/profile/profile-examples";
import { ProfileIntro } from "@/components/profile/profile-intro";
import { ProfileMembers } from "@/components/profile/profile-members";
import { ProfilePartners } from "@/components/profile/profile-partners";
import { ProfilePeople } from "@/components/profile/profile-people";
import { ProfileQuotations } from "@/components/profile/profile-quotations";
import { ProfileRelated } from "@/components/profile/profile-related";
import { SourceList } from "@/components/source-list";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { municipalityRoute, type MunicipalityPageData } from "@/lib/pages/municipality-page";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(municipalityRoute);

export const getStaticProps = staticProps(municipalityRoute);

export default function MunicipalityPage({ page }: DocumentProps<MunicipalityPageData>) {
  const { municipality, criteria, sources, dating, sourceTitles, cohortYears, related, neighbours, url, others, corrections } = page;
  return (
    <article>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Gemeenten", href: routes.municipalities }, { label: municipality.naam }]}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_12rem] lg:gap-8">
        <ProfileIntro profile={municipality} dating={dating}>
          <div className="mt-5">
            <ShareButton title={`${municipality.naam}: ${municipality.titel}`} text={municipality.samenvatting} />
          </div>
        </ProfileIntro>
        <aside aria-label="Ligging" className="print:hidden">
          <LocatorMap municipality={municipality} cohorts={cohortYears} />
        </aside>
      </div>

      {/* What a reader came for first (why it is gold, the examples), then the story and who is involved. */}
      <ProfileCriteria criteria={criteria} />
      <ProfileExamples
        examples={municipality.voorbeelden}
        actionFor={(example) => <CopyLinkButton fragment={example.id} label={example.naam} />}
      />
      <Prose html={municipality.html} className="mt-10" />
      <ProfileQuotations
        quotations={municipality.citaten}
        people={municipality.personen}
        sourceTitle={(sourceId) => sourceTitles[sourceId] ?? sourceId}
      />
      <ProfileMembers members={municipality.leden} />
      <ProfilePeople people={municipality.personen} />
      <ProfilePartners partners={municipality.partners} />

      <SourceList sources={sources} />
      <ProfileChecks checks={municipality.controles} />
      <ProfileCitation municipality={municipality} url={url} sources={sources} />
      <ProfileCorrection route={corrections} name={municipality.naam} url={url} />
      <ProfileRelated related={related} />
      <ProfileCompare slug={municipality.slug} name={municipality.naam} others={others} />
      <CohortNeighbours cohort={municipality.cohort} {...neighbours} />
    </article>
  );
}
