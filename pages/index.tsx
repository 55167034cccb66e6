import { CohortList } from "@/components/cohort-list";
import { CriterionList } from "@/components/criterion-list";
import { MunicipalityMap } from "@/components/municipality-map";
import { PageLink } from "@/components/page-link";
import { numberInWords } from "@/lib/site/format";
import { routes } from "@/lib/site";
import { homePage, type HomePageData } from "@/lib/pages/home-page";
import { staticPageProps, type DocumentProps } from "@/lib/pages/document-props";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticProps = staticPageProps(homePage);

export default function HomePage({ page: { municipalities, years, cohorts, criteria } }: DocumentProps<HomePageData>) {
  return (
    <>
      <div className="grid items-start gap-8 lg:grid-cols-[minmax(0,1fr)_24rem]">
        <section className="max-w-measure">
          <p className="font-semibold text-gold-ink">Voorbeelden uit het sociaal domein</p>
          <h1 className="mt-2 text-display font-bold">Gouden Gemeenten</h1>
          <p className="mt-4 text-lg leading-relaxed">
            Sinds {years[0]} wijst de branchevereniging voor sociaal werk gemeenten aan die laten zien hoe het sociaal domein anders kan:
            samen met inwoners, sociaal werkers en lokale organisaties, en met hulp die op tijd komt. Hier vindt u alle{" "}
            {municipalities.length} voorbeelden.
          </p>
          <p className="mt-6">
            <PageLink
              href={routes.municipalities}
              className="inline-flex min-h-11 items-center rounded-card bg-link px-5 font-semibold text-paper no-underline hover:bg-link-hover hover:text-paper"
            >
              Bekijk alle {municipalities.length} gemeenten
            </PageLink>
          </p>
          <p className="mt-4">
            Woont u in een andere gemeente? <PageLink href={routes.nearby}>Bekijk welke Gouden Gemeenten bij u in de buurt liggen</PageLink>
            .
          </p>
        </section>
        <section aria-labelledby="kaart">
          <h2 id="kaart" className="sr-only">
            Kaart
          </h2>
          <MunicipalityMap label="Kaart van Nederland met alle Gouden Gemeenten" municipalities={municipalities} cohorts={years} />
        </section>
      </div>

      <section aria-labelledby="cohorten" className="mt-14">
        <h2 id="cohorten" className="text-2xl font-bold">
          De cohorten
        </h2>
        <div className="mt-4">
          <CohortList headingLevel="h3" cohorts={cohorts} />
        </div>
      </section>

      <section aria-labelledby="criteria" className="mt-14">
        <h2 id="criteria" className="text-2xl font-bold">
          De {numberInWords(criteria.length)} criteria
        </h2>
        <div className="mt-4">
          <CriterionList headingLevel="h3" criteria={criteria} />
        </div>
      </section>
    </>
  );
}
