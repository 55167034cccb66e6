import { useMemo } from "react";
import { compareSearch, ignoredMessages, parseCompareSlugs } from "@/lib/listing/compare";
import type { CompareData } from "@/lib/pages/compare-data";
import { navigateToSearch, useUrlSearch } from "@/lib/listing/use-url-search";
import { ComparePicker } from "./compare-picker";
import { CompareTable } from "./compare-table";

type Props = { data: CompareData };

/**
 * The comparison, read from the URL (?gemeenten=a,b,c), so that a copied link
 * shows the same columns. The static HTML has no query: it shows the form.
 */
export function CompareView({ data }: Props) {
  const search = useUrlSearch();
  const bySlug = useMemo(() => new Map(data.municipalities.map((municipality) => [municipality.slug, municipality])), [data]);
  const selection = useMemo(() => parseCompareSlugs(search, [...bySlug.keys()]), [search, bySlug]);
  const columns = selection.slugs.flatMap((slug) => bySlug.get(slug) ?? []);
  const messages = ignoredMessages(selection, (slug) => bySlug.get(slug)?.naam ?? slug);

  return (
    <div className="space-y-6">
      <ComparePicker
        municipalities={data.municipalities}
        chosen={selection.slugs}
        onPick={(slugs) => navigateToSearch(compareSearch(slugs))}
      />
      <div role="status" aria-live="polite">
        {messages.length ? (
          <div className="rounded-card border-l-4 border-cohort-2 bg-warning p-4">
            <p className="font-semibold">Niet alles uit de link staat in de vergelijking</p>
            <ul className="mt-1 list-disc pl-5">
              {messages.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          </div>
        ) : null}
      </div>
      {columns.length === 0 ? (
        <p className="text-lg">Kies hierboven de gemeenten die u naast elkaar wilt zien.</p>
      ) : (
        <>
          {columns.length === 1 ? <p>Kies nog een of twee gemeenten om te vergelijken.</p> : null}
          <CompareTable columns={columns} criteria={data.criteria} sources={data.sources} />
        </>
      )}
    </div>
  );
}
