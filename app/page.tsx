import Link from "next/link";
import { getContent } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

export default function HomePage() {
  const { cohorts, criteria, municipalities } = getContent();
  return (
    <>
      <h1 className="text-3xl font-bold sm:text-4xl">Gouden Gemeenten</h1>
      <p className="mt-4 max-w-prose text-lg">
        Sinds 2015 wijst de branchevereniging voor sociaal werk gemeenten aan die laten zien hoe het
        sociaal domein anders kan: samen met inwoners, sociaal werkers en lokale organisaties, en met hulp
        die op tijd komt. Hier vindt u alle {municipalities.length} voorbeelden.
      </p>
      <p className="mt-6">
        <Link href={routes.municipalities} className="font-semibold text-brand underline underline-offset-4">
          Bekijk alle {municipalities.length} gemeenten
        </Link>
      </p>

      <section aria-labelledby="cohorten" className="mt-12">
        <h2 id="cohorten" className="text-2xl font-bold">
          De lichtingen
        </h2>
        <ul className="mt-4 grid gap-4 sm:grid-cols-2">
          {cohorts.map((cohort) => (
            <li key={cohort.id} className="rounded-lg border border-line bg-white p-4">
              <h3 className="font-semibold">
                {cohort.jaar}: {cohort.titel}
              </h3>
              <p className="mt-2 text-muted">{cohort.samenvatting}</p>
              <p className="mt-2 text-sm">
                {municipalities.filter((municipality) => municipality.cohort === cohort.jaar).length} gemeenten
              </p>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="criteria" className="mt-12">
        <h2 id="criteria" className="text-2xl font-bold">
          De vijf criteria
        </h2>
        <ol className="mt-4 space-y-3">
          {criteria.map((criterion) => (
            <li key={criterion.id}>
              <strong>{criterion.kort}</strong>: {criterion.omschrijving}
            </li>
          ))}
        </ol>
      </section>
    </>
  );
}
