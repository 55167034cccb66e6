import { useMemo } from "react";
import { PageLink } from "@/components/page-link";
import { EXAMPLE_PARAMS, matchesThemes, parseThemes, serialiseThemes } from "@/lib/listing/example-filters";
import { countLabel } from "@/lib/site/format";
import { toggle } from "@/lib/listing/search-params";
import { navigateToSearch, useHydrated, useShowFilteredList, useUrlSearch } from "@/lib/listing/use-url-search";

export type ExampleItem = {
  key: string;
  name: string;
  description: string;
  municipality: string;
  href: string;
  themes: string[];
};

type Props = { items: ExampleItem[]; themes: { id: string; label: string }[] };

/** The practice examples of all profiles, filtered by theme (any of the chosen); the themes live in ?thema=. */
export function ExamplesExplorer({ items, themes }: Props) {
  const search = useUrlSearch();
  const hydrated = useHydrated();
  const selected = useMemo(
    () =>
      parseThemes(
        search,
        themes.map((theme) => theme.id),
      ),
    [search, themes],
  );
  const results = items.filter((item) => matchesThemes(item, selected));

  useShowFilteredList();

  const label = (id: string) => themes.find((theme) => theme.id === id)?.label ?? id;

  return (
    <>
      <div role="search" aria-label="Filter op thema" className="rounded-card border border-line bg-surface p-4">
        <fieldset disabled={!hydrated}>
          <legend className="font-semibold">Thema</legend>
          <ul className="mt-2 flex flex-wrap gap-2">
            {themes.map((theme) => {
              const count = items.filter((item) => item.themes.includes(theme.id)).length;
              return (
                <li key={theme.id}>
                  <label className="flex min-h-10 cursor-pointer items-center gap-2 rounded-chip border border-control bg-paper px-3 has-[:checked]:border-link has-[:checked]:bg-gold-soft has-[:focus-visible]:outline has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-focus">
                    <input
                      type="checkbox"
                      name={EXAMPLE_PARAMS.theme}
                      value={theme.id}
                      checked={selected.includes(theme.id)}
                      onChange={() => navigateToSearch(serialiseThemes(toggle(selected, theme.id)))}
                      className="h-4 w-4 accent-[var(--color-link)]"
                    />
                    {theme.label} <span className="text-muted">({count})</span>
                  </label>
                </li>
              );
            })}
          </ul>
          <button
            type="button"
            onClick={() => navigateToSearch("")}
            disabled={!selected.length}
            className="mt-3 min-h-10 rounded border border-control px-3 text-link disabled:text-muted"
          >
            Alle thema&apos;s tonen
          </button>
        </fieldset>
      </div>

      <p role="status" aria-live="polite" aria-atomic="true" className="mt-6 text-lg font-semibold">
        {countLabel(results.length, "voorbeeld", "voorbeelden")}
      </p>
      <ul data-results className="mt-4 grid gap-4 md:grid-cols-2">
        {results.map((item) => (
          <li key={item.key} className="rounded-card border border-line bg-surface p-4">
            <h2 className="text-lg font-bold">
              <PageLink href={item.href}>{item.name}</PageLink>
            </h2>
            <p className="text-sm font-semibold text-muted">{item.municipality}</p>
            <p className="mt-2">{item.description}</p>
            <p className="mt-2 text-sm text-muted">
              <span className="sr-only" data-pagefind-ignore="">
                Thema&apos;s:{" "}
              </span>
              {item.themes.map(label).join(" · ")}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
