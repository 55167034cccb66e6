import type { GetStaticPaths } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Citation } from "@/components/citation";
import { CopyLinkButton } from "@/components/copy-link-button";
import { LocatorMap } from "@/components/locator-map";
import { PageLink } from "@/components/page-link";
import { Prose } from "@/components/prose";
import { ShareButton } from "@/components/share-button";
import { CohortNeighbours } from "@/components/profile/cohort-neighbours";
import { ProfileChecks } from "@/components/profile/profile-checks";
import { ProfileCompare } from "@/components/profile/profile-compare";
import { ProfileCorrection } from "@/components/profile/profile-correction";
import { ProfileIntro } from "@/components/profile/profile-intro";
import { ProfileRelated } from "@/components/profile/profile-related";
import { ProfileSections } from "@/components/profile/profile-sections";
import { SourceList } from "@/components/source-list";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { municipalityRoute, type MunicipalityPageData } from "@/lib/pages/municipality-page";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(municipalityRoute);

export const getStaticProps = staticProps(municipalityRoute);

export default function MunicipalityPage({ page }: DocumentProps<MunicipalityPageData>) {
  const {
    municipality,
    criteria,
    sources,
    dating,
    sinceSelection,
    sourceTitles,
    themeNames,
    cohortYears,
    related,
    neighbours,
    url,
    others,
    corrections,
  } = page;
  return (
    <article>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Gemeenten", href: routes.municipalities }, { label: municipality.naam }]}
      />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_12rem] lg:gap-8">
        <ProfileIntro profile={municipality} dating={dating} sinceSelection={sinceSelection ?? undefined}>
          <div className="mt-5">
            <ShareButton title={`${municipality.naam}: ${municipality.titel}`} text={municipality.samenvatting} />
          </div>
        </ProfileIntro>
        <aside aria-label="Ligging" className="print:hidden">
          <LocatorMap municipality={municipality} cohorts={cohortYears} />
        </aside>
      </div>

      <ProfileSections
        criteria={criteria}
        examples={municipality.voorbeelden}
        themeName={(themeId) => themeNames[themeId] ?? themeId}
        themeHref={routes.theme}
        exampleAction={(example) => (
          <span className="flex flex-wrap items-center gap-x-4 gap-y-2">
            <PageLink href={routes.example(municipality.slug, example.id)}>
              Eigen pagina<span className="sr-only"> van {example.naam}</span>
            </PageLink>
            <CopyLinkButton fragment={example.id} label={example.naam} />
          </span>
        )}
        body={<Prose html={municipality.html} className="mt-10" />}
        quotations={municipality.citaten}
        people={municipality.personen}
        sourceTitle={(sourceId) => sourceTitles[sourceId] ?? sourceId}
        members={municipality.leden}
        partners={municipality.partners}
      />

      <SourceList sources={sources} />
      <ProfileChecks checks={municipality.controles} />
      <Citation subject="dit profiel" title={`${municipality.naam}: ${municipality.titel}`} url={url} sources={sources} />
      <ProfileCorrection route={corrections} name={municipality.naam} url={url} />
      <ProfileRelated related={related} />
      <ProfileCompare slug={municipality.slug} name={municipality.naam} others={others} />
      <CohortNeighbours cohort={municipality.cohort} {...neighbours} />
    </article>
  );
}
