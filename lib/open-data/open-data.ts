import { stringify } from "csv-stringify/sync";
import { z } from "zod";
import { buildInfo, type BuildInfo } from "./build-info";
import { CBS_CODE_PATTERN, CBS_CODE_YEAR } from "../maps/cbs-codes";
import { positionOf } from "../maps/map";
import { sinceSelection, todayOf2017Code, todaysCodeOf } from "../maps/today";
import { claimOn, cohortYears } from "../content/queries";
import { PROVINCES, type SiteContent } from "../content/schema";
import { listInDutch } from "../site/format";
import { checksNewestFirst, checkSummary, latestCheck } from "../site/profile-dating";
import { absoluteUrl, routes } from "../site";
import { siteOwner, type SiteOwner } from "../hosting/site-owner";

/**
 * The open data, built from the same loader as the pages. The zod schemas
 * below are the one description of the JSON download: its TypeScript types
 * and its published JSON Schema (/data/gemeenten.schema.json) come from them.
 * Field names follow the front matter, in Dutch.
 */
const cbsCode = z.string().regex(CBS_CODE_PATTERN);
const isoDate = z.iso.date();

export const openDataRecordSchema = z
  .strictObject({
    slug: z.string().meta({ description: "Vaste sleutel van de gemeente; het laatste deel van het webadres van het profiel." }),
    naam: z.string(),
    cbs_code: cbsCode.nullable().meta({
      description: `CBS-gemeentecode van ${CBS_CODE_YEAR} (GMxxxx); null voor een regio, waarvan de leden elk een code hebben. Codes veranderen bij een gemeentelijke herindeling.`,
    }),
    cbs_code_2025: cbsCode.nullable().meta({
      description:
        "CBS-gemeentecode van 2025: dezelfde als die van 2017, of die van de gemeente waarin de gemeente sindsdien is opgegaan; null voor een regio, waarvan de leden elk een code hebben.",
    }),
    cohort: z.int().meta({ description: "Het jaar waarin de gemeente Gouden Gemeente werd." }),
    provincie: z.enum(PROVINCES).meta({ description: "De provincie op het moment van selectie." }),
    provincie_opmerking: z.string().nullable().meta({
      description: "Wat er sinds de selectie veranderde (herindeling, andere provincie), afgeleid uit de CBS-indelingen van 2017 en 2025.",
    }),
    lat: z.number().meta({
      description:
        "Breedtegraad (WGS84) van het midden van het gebied van de gemeente (bij een regio: van de leden samen), op vier decimalen; of van de plek die de redactie daarvoor in de plaats koos.",
    }),
    lon: z.number().meta({ description: "Lengtegraad (WGS84)." }),
    titel: z.string().meta({ description: "De titel die de bron het profiel gaf." }),
    samenvatting: z.string().meta({ description: "Samenvatting in eigen woorden van de redactie." }),
    url: z.url().meta({ description: "Het profiel op deze site." }),
    criteria: z
      .record(z.string(), z.strictObject({ voldoet: z.boolean(), toelichting: z.string().nullable() }))
      .meta({ description: "Per criterium (id) of de gemeente ervoor model staat, en waarom." }),
    voorbeelden: z.array(
      z.strictObject({
        id: z.string(),
        naam: z.string(),
        beschrijving: z.string(),
        themas: z.array(z.string()),
        url: z.url().meta({ description: "De eigen pagina van het voorbeeld op deze site." }),
      }),
    ),
    personen: z.array(z.strictObject({ naam: z.string(), rol: z.string().nullable(), organisatie: z.string().nullable() })),
    partners: z.array(z.strictObject({ naam: z.string(), url: z.string().nullable() })),
    leden: z
      .array(z.strictObject({ naam: z.string(), cbs_code: cbsCode, cbs_code_2025: cbsCode.nullable() }))
      .meta({ description: `Alleen bij een regio: de deelnemende gemeenten met hun CBS-code van ${CBS_CODE_YEAR} en die van 2025.` }),
    bronnen: z.array(z.string()).meta({ description: "Ids van de bronnen; zie 'bronnen' bovenaan het bestand." }),
    laatste_controle: isoDate.nullable().meta({ description: "Datum van de laatste controle door de redactie na de selectie." }),
    controles: z
      .array(z.strictObject({ datum: isoDate, wijziging: z.string(), bron: z.string() }))
      .meta({ description: "Latere controles door de redactie, de nieuwste eerst." }),
  })
  .meta({ title: "Gouden Gemeente" });

export type OpenDataRecord = z.infer<typeof openDataRecordSchema>;

export const openDataSchema = z
  .strictObject({
    titel: z.string(),
    beschrijving: z.string(),
    bron: z.url().meta({ description: "De pagina die deze gegevens beschrijft." }),
    uitgever: z.string(),
    licentie: z.strictObject({ id: z.string(), naam: z.string(), url: z.url() }),
    rechten_bronnen: z.string().meta({ description: "Wie de rechten heeft op de geciteerde bronnen." }),
    gebouwd_op: z.iso.datetime().meta({ description: "Wanneer dit bestand gemaakt is (UTC)." }),
    inhoudsversie: z
      .string()
      .nullable()
      .meta({ description: "De Git-commit van de inhoud waaruit dit bestand gemaakt is; '+gewijzigd' bij niet-vastgelegde wijzigingen." }),
    criteria: z.array(z.strictObject({ id: z.string(), kort: z.string(), omschrijving: z.string() })),
    bronnen: z.array(z.strictObject({ id: z.string(), titel: z.string(), uitgever: z.string(), jaar: z.int(), soort: z.string() })),
    gemeenten: z.array(openDataRecordSchema),
  })
  .meta({ title: "Gouden Gemeenten: open data", description: "Het bestand /data/gemeenten.json van de site Gouden Gemeenten." });

export type OpenData = z.infer<typeof openDataSchema>;

/** The published JSON Schema of gemeenten.json, generated from openDataSchema. */
export function openDataJsonSchema(): Record<string, unknown> {
  return { $id: absoluteUrl(routes.dataSchema), ...z.toJSONSchema(openDataSchema, { target: "draft-2020-12" }) };
}

/** Who holds the rights to what the site quotes: the publishers of its sources. */
export function sourceRights(content: SiteContent): string {
  const publishers = [...new Set(content.sources.map((source) => source.uitgever))].sort((a, b) => a.localeCompare(b, "nl"));
  return `De licentie geldt voor de teksten en gegevens van deze site. De titels en citaten uit de bronnen blijven van hun uitgevers (${listInDutch(publishers)}); noem hen bij hergebruik.`;
}

export function openDataRecords(content: SiteContent): OpenDataRecord[] {
  const { municipalities, criteria } = content;
  return municipalities.map((municipality) => {
    const url = absoluteUrl(routes.municipality(municipality.slug));
    const { lat, lon } = positionOf(municipality);
    return {
      slug: municipality.slug,
      naam: municipality.naam,
      cbs_code: municipality.cbs_code ?? null,
      cbs_code_2025: municipality.leden?.length ? null : (todaysCodeOf(municipality)[0] ?? null),
      cohort: municipality.cohort,
      provincie: municipality.provincie,
      provincie_opmerking: sinceSelection(municipality) ?? null,
      lat,
      lon,
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
        url: absoluteUrl(routes.example(municipality.slug, example.id)),
      })),
      personen: municipality.personen.map((person) => ({
        naam: person.naam,
        rol: person.rol ?? null,
        organisatie: person.organisatie ?? null,
      })),
      partners: municipality.partners.map((partner) => ({ naam: partner.naam, url: partner.url ?? null })),
      leden: (municipality.leden ?? []).map((member) => ({
        naam: member.naam,
        cbs_code: member.cbs_code,
        cbs_code_2025: todayOf2017Code(member.cbs_code)?.code ?? null,
      })),
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

/** The JSON download: the records plus where they come from, under which licence, built when and from what. */
export function openDataJson(content: SiteContent, owner: SiteOwner = siteOwner(), build: BuildInfo = buildInfo()): OpenData {
  const { criteria, sources } = content;
  return {
    titel: "Gouden Gemeenten",
    beschrijving: `De Gouden Gemeenten van ${listInDutch(cohortYears(content))} met de criteria waarvoor ze model staan, hun praktijkvoorbeelden en bronnen.`,
    bron: absoluteUrl(routes.openData),
    uitgever: owner.publisher,
    licentie: { id: owner.licence.id, naam: owner.licence.name, url: owner.licence.url },
    rechten_bronnen: sourceRights(content),
    gebouwd_op: build.builtAt,
    inhoudsversie: build.contentRevision,
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
 * How a spreadsheet should read the file: the international CSV (commas,
 * decimal points) or the one for Excel with Dutch regional settings, which
 * splits on semicolons and reads a decimal comma.
 */
type CsvDialect = { delimiter: "," | ";"; decimal: "." | "," };
export const CSV_DIALECTS = {
  international: { delimiter: ",", decimal: "." },
  dutchExcel: { delimiter: ";", decimal: "," },
} as const satisfies Record<string, CsvDialect>;

/**
 * A CSV download: one row per municipality, one column per criterion
 * ("ja"/"nee"); the later checks, one per line of their cell, newest first;
 * the build's date and content version last. CRLF line ends, a field quoted
 * only when it holds the delimiter, a quote or a line break. Starts with a
 * byte-order mark so that spreadsheet programs read the UTF-8 (ë, é) correctly.
 */
export function openDataCsv(
  content: SiteContent,
  dialect: CsvDialect = CSV_DIALECTS.international,
  build: BuildInfo = buildInfo(),
): string {
  const { criteria } = content;
  const decimal = (value: number) => String(value).replace(".", dialect.decimal);
  const header = [
    "slug",
    "naam",
    "cbs_code",
    "cbs_code_2025",
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
    "gebouwd_op",
    "inhoudsversie",
  ];
  const rows = openDataRecords(content).map((record) => [
    record.slug,
    record.naam,
    record.cbs_code ?? "",
    record.cbs_code_2025 ?? "",
    record.cohort,
    record.provincie,
    decimal(record.lat),
    decimal(record.lon),
    record.titel,
    record.samenvatting,
    ...criteria.map((criterion) => (record.criteria[criterion.id]?.voldoet ? "ja" : "nee")),
    record.voorbeelden.map((example) => example.naam).join("; "),
    record.leden.map((member) => `${member.naam} (${member.cbs_code})`).join("; "),
    record.bronnen.join("; "),
    record.url,
    record.laatste_controle ?? "",
    record.controles.map((check) => `${check.datum}: ${checkSummary(check)}`).join("\n"),
    build.builtAt,
    build.contentRevision ?? "",
  ]);
  return stringify([header, ...rows], { bom: true, record_delimiter: "windows", delimiter: dialect.delimiter });
}
