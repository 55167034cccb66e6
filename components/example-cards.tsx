import { PageLink } from "@/components/page-link";
import type { ExampleIndexItem } from "@/lib/content/queries";
import { routes } from "@/lib/site";

type Props = {
  examples: readonly ExampleIndexItem[];
  /** The id of the heading that names the list. */
  labelledBy: string;
  /** The description under each name, where the page is about the examples (a theme's page). */
  withDescriptions?: boolean;
  className?: string;
};

/**
 * Practice examples as cards, each linking to the example's page. Left out of
 * the search index: search finds each example once, on its own page.
 */
export function ExampleCards({ examples, labelledBy, withDescriptions = false, className = "" }: Props) {
  return (
    <ul aria-labelledby={labelledBy} className={`grid content-start gap-4 ${className}`} data-pagefind-ignore="all">
      {examples.map((example) => (
        <li key={example.key} className="rounded-card border border-line bg-surface p-4">
          <h3 className="text-lg font-bold">
            <PageLink href={routes.example(example.municipalitySlug, example.exampleId)}>{example.name}</PageLink>
          </h3>
          <p className="text-muted">{example.municipality}</p>
          {withDescriptions ? <p className="mt-2">{example.description}</p> : null}
        </li>
      ))}
    </ul>
  );
}
