import { getContent } from "./content/site-content";
import { absoluteUrl, routes, SITE_DESCRIPTION, SITE_NAME } from "./site";

function escapeXml(text: string): string {
  return text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&apos;");
}

/**
 * When a cohort's profiles count as published: its latest key date, but not
 * before 1 January of its year (a month-only date counts as the 1st).
 */
export function cohortPublished(year: number): string {
  const cohort = getContent().cohorts.find((candidate) => candidate.jaar === year);
  const dates = (cohort?.data ?? []).map((keyDate) => (keyDate.datum.length === 7 ? `${keyDate.datum}-01` : keyDate.datum));
  const latest = [...dates, `${year}-01-01`].sort().at(-1) ?? `${year}-01-01`;
  return `${latest}T00:00:00Z`;
}

/** An Atom feed of the profiles, newest cohort first, so followers learn of a new cohort. */
export function atomFeed(): string {
  const { municipalities } = getContent();
  const entries = [...municipalities].sort((a, b) => b.cohort - a.cohort || a.naam.localeCompare(b.naam, "nl"));
  const updated = entries.map((municipality) => cohortPublished(municipality.cohort)).sort().at(-1) ?? cohortPublished(new Date().getUTCFullYear());
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="nl">',
    `  <title>${escapeXml(SITE_NAME)}</title>`,
    `  <subtitle>${escapeXml(SITE_DESCRIPTION)}</subtitle>`,
    `  <id>${escapeXml(absoluteUrl(routes.home))}</id>`,
    `  <link rel="self" type="application/atom+xml" href="${escapeXml(absoluteUrl(routes.feed))}"/>`,
    `  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(routes.home))}"/>`,
    `  <updated>${updated}</updated>`,
    `  <author><name>${escapeXml(SITE_NAME)}</name></author>`,
    ...entries.map((municipality) => {
      const url = absoluteUrl(routes.municipality(municipality.slug));
      return [
        "  <entry>",
        `    <id>${escapeXml(url)}</id>`,
        `    <title>${escapeXml(`${municipality.naam}: ${municipality.titel}`)}</title>`,
        `    <link rel="alternate" type="text/html" href="${escapeXml(url)}"/>`,
        `    <updated>${cohortPublished(municipality.cohort)}</updated>`,
        `    <category term="cohort-${municipality.cohort}" label="Cohort ${municipality.cohort}"/>`,
        `    <summary>${escapeXml(municipality.samenvatting)}</summary>`,
        "  </entry>",
      ].join("\n");
    }),
    "</feed>",
    "",
  ];
  return lines.join("\n");
}
