import fs from "node:fs";
import { parse } from "csv-parse/sync";
import { loadContent } from "../../lib/content/load";
import { criterionAnchor } from "../../lib/content/page-anchors";
import { routes } from "../../lib/site";
import { openBuiltSite } from "./built-site";

/**
 * What the built files promise per profile and in the downloads, read from
 * disk: each profile's preview image and JSON-LD, the anchors the matrix and
 * the examples index link to, and the feed and data files against the content.
 */
const site = openBuiltSite();
const content = loadContent();

describe.each(content.municipalities.map((municipality) => [municipality.naam, municipality] as const))("%s", (_, municipality) => {
  const path = routes.municipality(municipality.slug);

  it("has a preview image of 1200×630 and social metadata", () => {
    const document = site.document(path);
    const image = document.querySelector('meta[property="og:image"]')?.getAttribute("content") ?? "";
    expect(image).toMatch(/^https?:\/\/[^/]+\/gemeenten\/[a-z0-9-]+\/social\.png$/);
    expect(document.querySelector('meta[property="og:image:width"]')?.getAttribute("content")).toBe("1200");
    expect(document.querySelector('meta[name="twitter:card"]')?.getAttribute("content")).toBe("summary_large_image");
    const png = fs.readFileSync(site.fileFor(new URL(image).pathname) ?? `${image} ontbreekt`);
    expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
    expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
  });

  it("describes its municipality and award in JSON-LD", () => {
    const jsonLd = JSON.parse(site.document(path).querySelector('script[type="application/ld+json"]')?.textContent ?? "");
    expect(jsonLd["@type"]).toBe("WebPage");
    expect(jsonLd.about.name).toBe(municipality.naam);
    expect(jsonLd.about.award).toBe(`Gouden Gemeente ${municipality.cohort}`);
  });

  it("has every anchor the matrix and the examples index link to", () => {
    const anchors = [
      ...municipality.criteria.map((claim) => criterionAnchor(claim.id)),
      ...municipality.voorbeelden.map((example) => example.id),
    ];
    const ids = site.ids(path);
    expect(anchors.filter((anchor) => !ids?.has(anchor))).toEqual([]);
  });
});

it("the JSON and CSV downloads have one record per profile, matching the content", () => {
  const json = JSON.parse(site.text(routes.dataJson));
  expect(json.gemeenten.map((record: { slug: string }) => record.slug)).toEqual(content.municipalities.map((m) => m.slug));
  for (const record of json.gemeenten) {
    const municipality = content.municipalities.find((m) => m.slug === record.slug)!;
    expect(record.naam).toBe(municipality.naam);
    for (const criterion of content.criteria) {
      expect(record.criteria[criterion.id].voldoet).toBe(municipality.criteria.some((claim) => claim.id === criterion.id));
    }
  }

  const [header = [], ...records]: string[][] = parse(site.text(routes.dataCsv), { bom: true });
  expect(header.slice(0, 6)).toEqual(["slug", "naam", "cbs_code", "cbs_code_2025", "cohort", "provincie"]);
  expect(records).toHaveLength(content.municipalities.length);
  for (const row of records) {
    const municipality = content.municipalities.find((m) => m.slug === row[0])!;
    expect(row[1]).toBe(municipality.naam);
    expect(row[2]).toBe(municipality.cbs_code ?? "");
    for (const criterion of content.criteria) {
      const expected = municipality.criteria.some((claim) => claim.id === criterion.id) ? "ja" : "nee";
      expect(row[header.indexOf(criterion.id)]).toBe(expected);
    }
  }
});

it("the Atom feed is well-formed XML with one entry per profile, linked from every page's head", () => {
  const feed = new DOMParser().parseFromString(site.text(routes.feed), "application/xml");
  expect(feed.querySelector("parsererror")?.textContent ?? null).toBeNull();
  expect(feed.documentElement.namespaceURI).toBe("http://www.w3.org/2005/Atom");
  const entries = [...feed.querySelectorAll("entry > link")].map((link) => new URL(link.getAttribute("href") ?? "").pathname);
  expect(entries.toSorted()).toEqual(content.municipalities.map((m) => routes.municipality(m.slug)).toSorted());
  expect(site.document(routes.home).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute("href")).toMatch(
    /\/feed\.xml$/,
  );
});
