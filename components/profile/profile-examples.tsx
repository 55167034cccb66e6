import type { ReactNode } from "react";
import { PracticeExample } from "@/components/practice-example";
import { SectionHeading } from "@/components/section-heading";
import { PROFILE_SECTION_IDS } from "@/lib/content/page-anchors";
import type { PracticeExample as Example } from "@/lib/content/schema";

type Props = {
  examples: readonly Example[];
  /** A theme's name, from its id as the example names it. */
  themeName: (themeId: string) => string;
  /** A theme's page, where there is one (not in the editor's preview). */
  themeHref?: (themeId: string) => string;
  /** A control per example, such as its copy-link button; none in the editor's preview. */
  actionFor?: (example: Example) => ReactNode;
};

export function ProfileExamples({ examples, themeName, themeHref, actionFor }: Props) {
  if (!examples.length) return null;
  return (
    // Left out of the search index: search finds each example once, on its own page, which links back here.
    <section aria-labelledby={PROFILE_SECTION_IDS.examples} className="mt-10" data-pagefind-ignore="all">
      <SectionHeading id={PROFILE_SECTION_IDS.examples}>Voorbeelden uit de praktijk</SectionHeading>
      <div className="mt-4 grid gap-4 md:grid-cols-2">
        {examples.map((example) => (
          <PracticeExample
            key={example.id}
            id={example.id}
            name={example.naam}
            description={example.beschrijving}
            themes={example.themas.map((themeId) => ({ label: themeName(themeId), href: themeHref?.(themeId) }))}
            action={actionFor?.(example)}
          />
        ))}
      </div>
    </section>
  );
}
