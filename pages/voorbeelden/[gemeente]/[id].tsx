import type { GetStaticPaths } from "next";
import { Breadcrumbs } from "@/components/breadcrumbs";
import { Citation } from "@/components/citation";
import { CohortBadge } from "@/components/cohort-badge";
import { CopyLinkButton } from "@/components/copy-link-button";
import { ExampleCards } from "@/components/example-cards";
import { PageLink } from "@/components/page-link";
import { ProfileCorrection } from "@/components/profile/profile-correction";
import { ShareButton } from "@/components/share-button";
import { SourceList } from "@/components/source-list";
import { criterionAnchor } from "@/lib/content/page-anchors";
import { staticPaths, staticProps, type DocumentProps } from "@/lib/pages/document-props";
import { exampleRoute, type ExamplePageData } from "@/lib/pages/example-page";
import { routes } from "@/lib/site";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };

export const getStaticPaths: GetStaticPaths = () => staticPaths(exampleRoute);

export const getStaticProps = staticProps(exampleRoute);

export default function ExamplePage({
  page: { example, municipality, themes, criteria, related, sources, url, corrections },
}: DocumentProps<ExamplePageData>) {
  const profile = routes.municipality(municipality.slug);
  return (
    <article>
      <Breadcrumbs
        items={[{ label: "Home", href: routes.home }, { label: "Voorbeelden", href: routes.examples }, { label: example.naam }]}
      />
      <header className="max-w-measure">
        <p className="font-semibold text-gold-ink">Voorbeeld uit de praktijk · {municipality.naam}</p>
        <h1 className="mt-1 text-display font-bold">{example.naam}</h1>
        <p className="mt-4 text-lg leading-relaxed">{example.beschrijving}</p>
        <div className="mt-5 flex flex-wrap gap-3">
          <ShareButton title={`${example.naam} · ${municipality.naam}`} text={example.beschrijving} />
          <CopyLinkButton fragment="" label={example.naam} />
        </div>
      </header>

      <dl className="mt-8 grid max-w-measure gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">Gemeente</dt>
        <dd className="flex flex-wrap items-center gap-2">
          <PageLink href={profile}>{municipality.naam}</PageLink>
          <CohortBadge year={municipality.cohort} />
        </dd>
        <dt className="font-semibold">Provincie</dt>
        <dd>{municipality.provincie}</dd>
        <dt className="font-semibold">{themes.length === 1 ? "Thema" : "Thema's"}</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-4 gap-y-1">
            {themes.map((theme) => (
              <li key={theme.id}>
                <PageLink href={routes.theme(theme.id)}>{theme.naam}</PageLink>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p className="mt-4 max-w-measure">
        <PageLink href={`${profile}#${example.id}`}>Dit voorbeeld in het profiel van {municipality.naam}</PageLink>, met wat de gemeente
        verder doet: <PageLink href={profile}>{municipality.titel}</PageLink>.
      </p>

      <section aria-labelledby="waarom-goud" className="mt-10 max-w-measure">
        <h2 id="waarom-goud" className="text-2xl font-bold">
          Waarom {municipality.naam} goud is
        </h2>
        <ul className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
          {criteria.map((criterion) => (
            <li key={criterion.id}>
              <PageLink href={`${profile}#${criterionAnchor(criterion.id)}`}>{criterion.label}</PageLink>
            </li>
          ))}
        </ul>
      </section>

      {related.length > 0 && (
        <section aria-labelledby="vergelijkbaar" className="mt-10">
          <h2 id="vergelijkbaar" className="text-2xl font-bold">
            Vergelijkbare voorbeelden uit andere gemeenten
          </h2>
          <ExampleCards examples={related} labelledBy="vergelijkbaar" className="mt-4 md:grid-cols-2 lg:grid-cols-3" />
        </section>
      )}

      <SourceList sources={sources} />
      <Citation subject="dit voorbeeld" title={`${example.naam} (${municipality.naam})`} url={url} sources={sources} />
      <ProfileCorrection route={corrections} name={`${example.naam} (${municipality.naam})`} url={url} subject="dit voorbeeld" />
    </article>
  );
}
