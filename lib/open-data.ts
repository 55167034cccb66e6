import { stringify } from "csv-stringify/sync";
import { claimOn, cohortYears } from "./content/queries";
import type { SiteContent } from "./content/schema";
import { listInDutch } from "./format";
import { checksNewestFirst, checkSummary, latestCheck } from "./profile-dating";
import { absoluteUrl, routes } from "./site";

/**
 * The open data: one record per municipality, built from the same loader as
 * the pages. Field names follow the front matter, in Dutch.
 */
export type OpenDataRecord = {
  slug: string;
  naam: string;
  cohort: number;
  provincie: string;
  provincie_opmerking: string | null;
  lat: number;
  lon: number;
  titel: string;
  samenvatting: string;
  url: string;
  criteria: Record<string, { voldoet: boolean; toelichting: string | null }>;
  voorbeelden: { id: string; naam: string; beschrijving: string; themas: string[]; url: string }[];
  personen: { naam: string; rol: string | null; organisatie: string | null }[];
  partners: { naam: string; url: string | null }[];
  leden: string[];
  bronnen: string[];
  /** The editors' later checks, newest first, and the date of the latest (null when there is none). */
  laatste_controle: string | null;
  controles: { datum: string; wijziging: string; bron: string }[];
};

export function openDataRecords(content: SiteContent): OpenDataRecord[] {
  const { municipalities, criteria } = content;
  return municipalities.map((municipality) => {
    const url = absoluteUrl(routes.municipality(municipality.slug));
    return {
      slug: municipality.slug,
      naam: municipality.naam,
      cohort: municipality.cohort,
      provincie: municipality.provincie,
      provincie_opmerking: municipality.provincie_opmerking ?? null,
      lat: municipality.locatie.lat,
      lon: municipality.locatie.lon,
      titel: municipality.titel,
      samenvatting: municipality.samenvatting,
      url,
      criteria: Object.fromEntries(
        criteria.map((criterion) => {
          const toelichting = claimOn(municipality, criterion.id);
          return [criterion.id, { voldoet: toelichting !== undefined, toelichting: toelichting ?? null }];
        }),
      ),
      voorbeelden: municipality.voorbeelden.map((example) => ({
        id: example.id,
        naam: example.naam,
        beschrijving: example.beschrijving,
        themas: example.themas,
        url: `${url}#${example.id}`,
      })),
      personen: municipality.personen.map((person) => ({
        naam: person.naam,
        rol: person.rol ?? null,
        organisatie: person.organisatie ?? null,
      })),
      partners: municipality.partners.map((partner) => ({ naam: partner.naam, url: partner.url ?? null })),
      leden: municipality.leden ?? [],
      bronnen: municipality.bronnen,
      laatste_controle: latestCheck(municipality.controles)?.datum ?? null,
      controles: checksNewestFirst(municipality.controles).map((check) => ({
        datum: check.datum,
        wijziging: check.wijziging,
        bron: check.bron,
      })),
    };
  });
}

/** The JSON download: the records plus where they come from. */
export function openDataJson(content: SiteContent) {
  const { criteria, sources } = content;
  return {
    titel: "Gouden Gemeenten",
    beschrijving: `De Gouden Gemeenten van ${listInDutch(cohortYears(content))} met de criteria waarvoor ze model staan, hun praktijkvoorbeelden en bronnen.`,
    bron: absoluteUrl(routes.openData),
    criteria: criteria.map((criterion) => ({ id: criterion.id, kort: criterion.kort, omschrijving: criterion.omschrijving })),
    bronnen: sources.map((source) => ({
      id: source.id,
      titel: source.titel,
      uitgever: source.uitgever,
      jaar: source.jaar,
      soort: source.soort,
    })),
    gemeenten: openDataRecords(content),
  };
}

/**
 * The CSV download: one row per municipality, one column per criterion
 * ("ja"/"nee"); the later checks last, one per line of their cell, newest first. RFC 4180: CRLF line ends, a field quoted only when it holds
 * a comma, quote or line break. Starts with a byte-order mark so that
 * spreadsheet programs read the UTF-8 (ë, é) correctly.
 */
export function openDataCsv(content: SiteContent): string {
  const { criteria } = content;
  const header = [
    "slug",
    "naam",
    "cohort",
    "provincie",
    "lat",
    "lon",
    "titel",
    "samenvatting",
    ...criteria.map((criterion) => criterion.id),
    "voorbeelden",
    "leden",
    "bronnen",
    "url",
    "laatste_controle",
    "controles",
  ];
  const rows = openDataRecords(content).map((record) => [
    record.slug,
    record.naam,
    record.cohort,
    record.provincie,
    record.lat,
    record.lon,
    record.titel,
    record.samenvatting,
    ...criteria.map((criterion) => (record.criteria[criterion.id]?.voldoet ? "ja" : "nee")),
    record.voorbeelden.map((example) => example.naam).join("; "),
    record.leden.join("; "),
    record.bronnen.join("; "),
    record.url,
    record.laatste_controle ?? "",
    record.controles.map((check) => `${check.datum}: ${checkSummary(check)}`).join("\n"),
  ]);
  return stringify([header, ...rows], { bom: true, record_delimiter: "windows" });
}
