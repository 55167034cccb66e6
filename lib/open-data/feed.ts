import { Feed } from "feed";
import type { Municipality, SiteContent } from "../content/schema";
import { latestCheck, latestCheckSentence } from "../site/profile-dating";
import { sourceRights } from "./open-data";
import { absoluteUrl, routes, SITE_DESCRIPTION, SITE_NAME } from "../site";
import { siteOwner, type SiteOwner } from "../hosting/site-owner";

/**
 * When a cohort's profiles count as published: its latest key date, but not
 * before 1 January of its year (a month-only date counts as the 1st).
 */
export function cohortPublished(content: SiteContent, year: number): string {
  const cohort = content.cohorts.find((candidate) => candidate.jaar === year);
  const dates = (cohort?.data ?? []).map((keyDate) => (keyDate.datum.length === 7 ? `${keyDate.datum}-01` : keyDate.datum));
  const latest = [...dates, `${year}-01-01`].sort().at(-1) ?? `${year}-01-01`;
  return `${latest}T00:00:00Z`;
}

/** When a profile last changed: the day of its latest check, or else when its cohort was published. */
export function profileUpdated(content: SiteContent, municipality: Municipality): string {
  const check = latestCheck(municipality.controles);
  const published = cohortPublished(content, municipality.cohort);
  return check && `${check.datum}T00:00:00Z` > published ? `${check.datum}T00:00:00Z` : published;
}

/** A profile's summary in the feed, with its latest check after it where there is one. */
export function profileFeedSummary(municipality: Municipality): string {
  const check = latestCheck(municipality.controles);
  return check ? `${municipality.samenvatting} ${latestCheckSentence(check)}` : municipality.samenvatting;
}

/**
 * An Atom feed of the profiles, newest cohort first, so followers learn of a
 * new cohort; a profile's entry is updated on the day of its latest check. The feed library does the XML escaping. It writes titles and
 * summaries as CDATA marked type="html": readers show our plain text as is,
 * unless it contains something that looks like a tag ("<b>").
 */
export function atomFeed(content: SiteContent, owner: SiteOwner = siteOwner()): string {
  const { municipalities } = content;
  const entries = [...municipalities].sort((a, b) => b.cohort - a.cohort || a.naam.localeCompare(b.naam, "nl"));
  const updated =
    entries
      .map((municipality) => profileUpdated(content, municipality))
      .sort()
      .at(-1) ?? cohortPublished(content, new Date().getUTCFullYear());
  const feed = new Feed({
    id: absoluteUrl(routes.home),
    title: SITE_NAME,
    description: SITE_DESCRIPTION,
    link: absoluteUrl(routes.home),
    feedLinks: { atom: absoluteUrl(routes.feed) },
    updated: new Date(updated),
    author: { name: owner.publisher },
    // Atom's <rights>: the licence of our texts, and that the quoted sources keep theirs.
    copyright: `${owner.licence.shortName} (${owner.licence.url}). ${sourceRights(content)}`,
    // Without this the library names itself (its repository URL) in every build.
    generator: false,
  });
  for (const municipality of entries) {
    const url = absoluteUrl(routes.municipality(municipality.slug));
    feed.addItem({
      id: url,
      link: url,
      title: `${municipality.naam}: ${municipality.titel}`,
      date: new Date(profileUpdated(content, municipality)),
      published: new Date(cohortPublished(content, municipality.cohort)),
      category: [{ term: `cohort-${municipality.cohort}`, name: `Cohort ${municipality.cohort}` }],
      description: profileFeedSummary(municipality),
    });
  }
  return feed.atom1();
}
