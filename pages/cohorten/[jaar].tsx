import type { GetStaticPaths } from "next";
import { Fragment } from "react";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { MunicipalityGrid } from "@/components/municipality-grid";
import { MunicipalityMap } from "@/components/municipality-map";
import { PageLink } from "@/components/page-link";
import { Prose } from "@/components/prose";
import { SourceList } from "@/components/source-list";
import { EMPTY_FILTERS, serialiseFilters } from "@/lib/listing/filters";
import { formatKeyDate } from "@/lib/site/format";
import { cohortRoute, type CohortPageData } from "@/lib/pages/cohort-page";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(cohortRoute);

export const getStaticProps = staticProps(cohortRoute);

export default function CohortPage({ page: { cohort, members, cohortYears, criteria, sources } }: DocumentProps<CohortPageData>) {
  return (
    <>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Cohorten", href: routes.cohorts }, { label: String(cohort.jaar) }]}
      />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">Cohort {cohort.jaar}</p>
        <h1 className="mt-1 text-display font-bold">{cohort.titel}</h1>
        <p className="mt-4 text-lg leading-relaxed">{cohort.samenvatting}</p>
      </header>

      <dl className="mt-8 grid max-w-measure gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Gekozen door</dt>
        <dd>{cohort.geselecteerd_door}</dd>
        <dt className="font-semibold">Publicatie</dt>
        <dd>
          <cite>{cohort.publicatie}</cite>
        </dd>
        {cohort.data.map((keyDate) => (
          // A fragment, not a <div>: a <dl> may group its terms in divs only if every group is one.
          <Fragment key={keyDate.datum}>
            <dt className="font-semibold">
              <time dateTime={keyDate.datum}>{formatKeyDate(keyDate.datum)}</time>
            </dt>
            <dd>{keyDate.omschrijving}</dd>
          </Fragment>
        ))}
      </dl>

      <section aria-labelledby="gemeenten" className="mt-12">
        <h2 id="gemeenten" className="text-2xl font-bold">
          De {members.length} gemeenten van {cohort.jaar}
        </h2>
        <p className="mt-2">
          <PageLink href={`${routes.municipalities}${serialiseFilters({ ...EMPTY_FILTERS, cohorts: [cohort.jaar] })}`}>
            Filter deze gemeenten verder in het overzicht
          </PageLink>
        </p>
        <div className="mt-4 grid gap-6 lg:grid-cols-[minmax(0,22rem)_1fr]">
          <MunicipalityMap label={`Kaart van de gemeenten van ${cohort.jaar}`} municipalities={members} cohorts={cohortYears} />
          <MunicipalityGrid municipalities={members} criteria={criteria} />
        </div>
      </section>

      <Prose html={cohort.html} className="mt-12" />

      <SourceList sources={sources} />
    </>
  );
}
