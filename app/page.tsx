import Link from "next/link";
import { CriterionIcon } from "@/components/criterion-icon";
import { getContent } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

export default function HomePage() {
  const { cohorts, criteria, municipalities } = getContent();
  return (
    <>
      <section className="max-w-measure">
        <p className="font-semibold text-gold-ink">Voorbeelden uit het sociaal domein</p>
        <h1 className="mt-2 text-display font-bold">Gouden Gemeenten</h1>
        <p className="mt-4 text-lg leading-relaxed">
          Sinds 2015 wijst de branchevereniging voor sociaal werk gemeenten aan die laten zien hoe het sociaal
          domein anders kan: samen met inwoners, sociaal werkers en lokale organisaties, en met hulp die op tijd
          komt. Hier vindt u alle {municipalities.length} voorbeelden.
        </p>
        <p className="mt-6">
          <Link
            href={routes.municipalities}
            className="inline-flex min-h-11 items-center rounded-card bg-link px-5 font-semibold text-paper no-underline hover:bg-link-hover hover:text-paper"
          >
            Bekijk alle {municipalities.length} gemeenten
          </Link>
        </p>
      </section>

      <section aria-labelledby="cohorten" className="mt-14">
        <h2 id="cohorten" className="text-2xl font-bold">
          De cohorten
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {cohorts.map((cohort) => {
            const members = municipalities.filter((municipality) => municipality.cohort === cohort.jaar);
            return (
              <li key={cohort.id} className="rounded-card border border-line bg-surface p-5">
                <h3 className="text-lg font-semibold">
                  {cohort.jaar}: {cohort.titel}
                </h3>
                <p className="mt-2 text-muted">{cohort.samenvatting}</p>
                <p className="mt-3 text-sm">
                  {members.length} gemeenten: {members.map((municipality) => municipality.naam).join(", ")}
                </p>
              </li>
            );
          })}
        </ul>
      </section>

      <section aria-labelledby="criteria" className="mt-14">
        <h2 id="criteria" className="text-2xl font-bold">
          De vijf criteria
        </h2>
        <ol className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
          {criteria.map((criterion) => (
            <li key={criterion.id} className="rounded-card border border-line bg-surface p-5">
              <h3 className="flex items-center gap-2 font-semibold">
                <CriterionIcon criterionId={criterion.id} className="h-6 w-6 shrink-0 text-gold-ink" />
                {criterion.kort}
              </h3>
              <p className="mt-2 text-muted">{criterion.omschrijving}</p>
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
