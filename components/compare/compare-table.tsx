import type { ReactNode } from "react";
import { PageLink } from "@/components/page-link";
import { ScrollingTable } from "@/components/scrolling-table";
import type { CompareData, ComparedMunicipality } from "@/lib/pages/compare-data";
import { criterionAnchor } from "@/lib/content/page-anchors";
import { listInDutch } from "@/lib/site/format";
import { routes } from "@/lib/site";

type Props = { columns: ComparedMunicipality[]; criteria: CompareData["criteria"]; sources: CompareData["sources"] };

/**
 * The chosen municipalities side by side, one column each, as a real table.
 * On a narrow screen it scrolls sideways inside its own box, with the row
 * labels kept in view, so that a row still reads across. The box is
 * positioned so that it also clips the screen reader texts (absolutely
 * positioned) of its far columns, which would otherwise widen the page.
 */
export function CompareTable({ columns, criteria, sources }: Props) {
  const rows: { label: string; cell: (municipality: ComparedMunicipality) => ReactNode }[] = [
    {
      label: "Cohort",
      cell: (municipality) => <PageLink href={routes.cohort(municipality.cohort)}>Cohort {municipality.cohort}</PageLink>,
    },
    { label: "Provincie", cell: (municipality) => municipality.provincie },
    ...criteria.map((criterion) => ({
      label: criterion.label,
      cell: (municipality: ComparedMunicipality) => <Justification municipality={municipality} criterion={criterion} />,
    })),
    {
      label: "Voorbeelden",
      cell: (municipality) => (
        <CellList
          items={municipality.voorbeelden.map((example) => (
            <PageLink key={example.id} href={routes.example(municipality.slug, example.id)}>
              {example.naam}
            </PageLink>
          ))}
          empty="Geen voorbeelden beschreven"
        />
      ),
    },
    {
      label: "Personen",
      cell: (municipality) => (
        <CellList
          items={municipality.personen.map((person) => {
            const about = [person.rol, person.organisatie].filter((part) => part !== null);
            return about.length ? `${person.naam} (${about.join(", ")})` : person.naam;
          })}
          empty="Niemand genoemd"
        />
      ),
    },
    {
      label: "Bronnen",
      cell: (municipality) => <CellList items={municipality.bronnen.map((id) => sources[id] ?? id)} empty="Geen bronnen" />,
    },
  ];

  return (
    <ScrollingTable
      captionId="vergelijking-titel"
      caption={`${listInDutch(columns.map((municipality) => municipality.naam))} naast elkaar`}
    >
      <thead>
        <tr className="border-b border-line">
          <th scope="col" className="sticky left-0 z-10 w-28 bg-surface p-2 text-left align-bottom sm:w-40">
            Onderdeel
          </th>
          {columns.map((municipality) => (
            <th key={municipality.slug} scope="col" className="min-w-56 p-2 text-left align-bottom text-base">
              <PageLink href={routes.municipality(municipality.slug)}>{municipality.naam}</PageLink>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.label} className="border-b border-line last:border-0">
            <th scope="row" className="sticky left-0 z-10 w-28 bg-surface p-2 text-left align-top font-semibold sm:w-40">
              {row.label}
            </th>
            {columns.map((municipality) => (
              <td key={municipality.slug} className="min-w-56 p-2 align-top">
                {row.cell(municipality)}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </ScrollingTable>
  );
}

type JustificationProps = { municipality: ComparedMunicipality; criterion: { id: string; label: string } };

function Justification({ municipality, criterion }: JustificationProps) {
  const justification = municipality.criteria[criterion.id];
  if (justification === undefined) return <span className="text-muted">Niet gekozen op dit criterium</span>;
  return (
    <>
      <p>{justification}</p>
      <PageLink href={`${routes.municipality(municipality.slug)}#${criterionAnchor(criterion.id)}`} className="mt-1 inline-block">
        Lees meer
        <span className="sr-only">
          {" "}
          over {municipality.naam}: {criterion.label}
        </span>
      </PageLink>
    </>
  );
}

function CellList({ items, empty }: { items: ReactNode[]; empty: string }) {
  if (!items.length) return <span className="text-muted">{empty}</span>;
  return (
    <ul className="space-y-1">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}
