import type { Metadata } from "next";
import Link from "next/link";
import { getContent } from "@/lib/content/site-content";
import { routes } from "@/lib/site";

export const metadata: Metadata = {
  title: "Alle gemeenten",
  description: "Alle Gouden Gemeenten van 2015 en 2017 op een rij, met de titel die de bron hun gaf.",
  alternates: { canonical: routes.municipalities },
};

export default function MunicipalitiesPage() {
  const { municipalities } = getContent();
  return (
    <>
      <h1 className="text-3xl font-bold">Alle gemeenten</h1>
      <p className="mt-2 text-muted">{municipalities.length} gemeenten</p>
      <ul className="mt-6 divide-y divide-line border-y border-line">
        {municipalities.map((municipality) => (
          <li key={municipality.slug} className="py-4">
            <Link
              href={routes.municipality(municipality.slug)}
              className="text-lg font-semibold text-brand underline underline-offset-4"
            >
              {municipality.naam}
            </Link>
            <p className="text-sm text-muted">
              Gouden Gemeente {municipality.cohort} · {municipality.provincie}
            </p>
            <p className="mt-1">{municipality.titel}</p>
          </li>
        ))}
      </ul>
    </>
  );
}
