// @vitest-environment jsdom
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { atomFeed, cohortPublished } from "@/lib/open-data/feed";
import { absoluteUrl, routes, SITE_NAME } from "@/lib/site";
import { siteOwner } from "@/lib/hosting/site-owner";
import { fixtureSite } from "./fixture-site";

const content = fixtureSite();
const ATOM = "http://www.w3.org/2005/Atom";

/** The feed as an XML document; fails on anything that is not well-formed. */
function parseFeed(xml: string): XMLDocument {
  const document = new DOMParser().parseFromString(xml, "application/xml");
  const error = document.getElementsByTagName("parsererror")[0];
  if (error) throw new Error(`feed.xml is not well-formed: ${error.textContent}`);
  return document;
}

/** The text of each direct child element with this name. */
function childText(element: Element, name: string): string | undefined {
  return [...element.children].find((child) => child.localName === name)?.textContent ?? undefined;
}

function childAttribute(element: Element, name: string, attribute: string, rel?: string): string | null | undefined {
  const child = [...element.children].find(
    (candidate) => candidate.localName === name && (rel === undefined || candidate.getAttribute("rel") === rel),
  );
  return child?.getAttribute(attribute);
}

describe("the Atom feed", () => {
  it("describes the site, links to itself and was updated when the newest cohort was published", () => {
    const root = parseFeed(atomFeed(content)).documentElement;
    expect([root.namespaceURI, root.localName]).toEqual([ATOM, "feed"]);
    expect(childText(root, "id")).toBe(absoluteUrl(routes.home));
    expect(childText(root, "title")).toBe(SITE_NAME);
    expect(childAttribute(root, "link", "href", "self")).toBe(absoluteUrl(routes.feed));
    expect(childAttribute(root, "link", "href", "alternate")).toBe(absoluteUrl(routes.home));
    // The fixture's cohort 2019 was presented on 2019-06-01.
    expect(childText(root, "updated")).toBe("2019-06-01T00:00:00.000Z");
  });

  it("has one entry per municipality, newest cohort first, then by name, with its link, title, date and cohort", () => {
    const entries = [...parseFeed(atomFeed(content)).documentElement.children].filter((child) => child.localName === "entry");
    expect(
      entries.map((entry) => [
        childText(entry, "title")?.split(":")[0],
        childText(entry, "updated"),
        childAttribute(entry, "category", "term"),
      ]),
    ).toEqual([
      ["Cederveen", "2019-06-01T00:00:00.000Z", "cohort-2019"],
      ["Eelde", "2019-06-01T00:00:00.000Z", "cohort-2019"],
      ["Aaldijk", "2017-06-01T00:00:00.000Z", "cohort-2017"],
      ["Bergum-Oost", "2017-06-01T00:00:00.000Z", "cohort-2017"],
      ["Dommelen", "2017-06-01T00:00:00.000Z", "cohort-2017"],
    ]);
    const [first] = entries;
    const cederveen = content.municipalities.find((municipality) => municipality.naam === "Cederveen");
    if (!first || !cederveen) throw new Error("Cederveen ontbreekt in de feed of de fixture");
    const url = absoluteUrl(routes.municipality("cederveen"));
    expect(childText(first, "id")).toBe(url);
    expect(childAttribute(first, "link", "href")).toBe(url);
    expect(childText(first, "title")).toBe(`Cederveen: ${cederveen.titel}`);
    expect(childText(first, "summary")).toBe(cederveen.samenvatting);
  });

  it("stays well-formed when a title or summary holds XML's special characters", () => {
    const [first, ...others] = content.municipalities;
    if (!first) throw new Error("no municipalities in the content");
    const awkward = { ...first, titel: "B&W <zeggen> \"ja\" & 'nee' ]]> klaar", samenvatting: "Zorg & Welzijn <b>vet</b> ]]>" };
    const awkwardContent = { ...content, municipalities: [awkward, ...others] };
    const entries = [...parseFeed(atomFeed(awkwardContent)).documentElement.children].filter((child) => child.localName === "entry");
    const entry = entries.find((candidate) => childText(candidate, "id") === absoluteUrl(routes.municipality(first.slug)));
    expect(entry && childText(entry, "title")).toBe(`${first.naam}: ${awkward.titel}`);
    expect(entry && childText(entry, "summary")).toBe(awkward.samenvatting);
  });
});

describe("when a cohort counts as published", () => {
  const withKeyDates = (dates: string[]) => ({
    ...content,
    cohorts: content.cohorts.map((cohort) =>
      cohort.jaar === 2019 ? { ...cohort, data: dates.map((datum) => ({ datum, omschrijving: "Een datum" })) } : cohort,
    ),
  });

  it("is its latest key date, a month-only date counting as the first", () => {
    expect(cohortPublished(withKeyDates(["2019-03-14", "2019-11"]), 2019)).toBe("2019-11-01T00:00:00Z");
    expect(cohortPublished(withKeyDates(["2019-11", "2019-11-20"]), 2019)).toBe("2019-11-20T00:00:00Z");
  });

  it("is never before 1 January of its year, also without key dates", () => {
    expect(cohortPublished(withKeyDates(["2018-12-01"]), 2019)).toBe("2019-01-01T00:00:00Z");
    expect(cohortPublished(withKeyDates([]), 2019)).toBe("2019-01-01T00:00:00Z");
  });
});

describe("a profile's later checks in the feed", () => {
  // The base fixture's Delft has two checks (2024-11-05 and 2025-03-14); its cohort 2017 was published long before.
  const fixture = loadContent(path.resolve("tests/fixtures/content-basis"));

  function delftEntry(xml: string): Element {
    const root = parseFeed(xml).documentElement;
    const entry = [...root.children].find((child) => child.localName === "entry");
    if (!entry) throw new Error("no entry for delft");
    return entry;
  }

  it("updates the entry and the feed on the day of the latest check, and keeps the cohort's date as published", () => {
    const xml = atomFeed(fixture);
    const entry = delftEntry(xml);
    expect(childText(entry, "updated")).toBe("2025-03-14T00:00:00.000Z");
    expect(childText(entry, "published")).toBe(new Date(cohortPublished(fixture, 2017)).toISOString());
    expect(childText(parseFeed(xml).documentElement, "updated")).toBe("2025-03-14T00:00:00.000Z");
  });

  it("adds the latest check to the summary, with its date, what changed and its source", () => {
    const delft = fixture.municipalities[0];
    expect(childText(delftEntry(atomFeed(fixture)), "summary")).toBe(
      `${delft?.samenvatting} Laatst gecontroleerd op 14 maart 2025: Een testwijziging. (Bron: https://www.voorbeeld.nl/nieuws/)`,
    );
  });

  it("keeps the cohort's date and the plain summary without checks", () => {
    const withoutChecks = {
      ...fixture,
      municipalities: fixture.municipalities.map((municipality) => ({ ...municipality, controles: [] })),
    };
    const entry = delftEntry(atomFeed(withoutChecks));
    expect(childText(entry, "updated")).toBe(new Date(cohortPublished(fixture, 2017)).toISOString());
    expect(childText(entry, "summary")).toBe(withoutChecks.municipalities[0]?.samenvatting);
  });
});

describe("the feed's publisher and licence", () => {
  it("names the publisher as author and states the licence and the sources' rights", () => {
    const root = parseFeed(atomFeed(content, siteOwner({ SITE_PUBLISHER: "Stichting Voorbeeld" }))).documentElement;
    const author = [...root.children].find((child) => child.localName === "author");
    expect(author && childText(author, "name")).toBe("Stichting Voorbeeld");
    const rights = childText(root, "rights") ?? "";
    expect(rights).toMatch(/^CC BY 4\.0 \(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/deed\.nl\)\. /);
    expect(rights).toContain(`blijven van hun uitgevers (${content.sources[0]?.uitgever})`);
  });
});
