import { z } from "zod";

/**
 * The one place where every front-matter shape is declared. The TypeScript
 * types of the site derive from these schemas, and the loader validates every
 * Markdown file against them. Field names are Dutch because editors write them.
 * All objects are strict: an unknown key (a typo such as `critera:`) is an error.
 */

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Bounding box of the European Netherlands, with a small margin for the coast. */
export const NETHERLANDS_BOUNDS = {
  minLat: 50.75,
  maxLat: 53.7,
  minLon: 3.2,
  maxLon: 7.25,
} as const;

export const PROVINCES = [
  "Drenthe",
  "Flevoland",
  "Friesland",
  "Gelderland",
  "Groningen",
  "Limburg",
  "Noord-Brabant",
  "Noord-Holland",
  "Overijssel",
  "Utrecht",
  "Zeeland",
  "Zuid-Holland",
] as const;

/** Themes of practice examples, the facets of the examples index. */
export const THEMES = {
  jeugd: "Jeugd",
  "ouderen-en-dementie": "Ouderen en dementie",
  "schulden-en-armoede": "Schulden en armoede",
  statushouders: "Statushouders",
  "werk-en-participatie": "Werk en participatie",
  "wijkteams-en-toegang": "Wijkteams en toegang",
  "inkoop-en-financiering": "Inkoop en financiering",
  burgerinitiatief: "Burgerinitiatief",
  ontmoeting: "Ontmoeting",
  "vrijwilligers-en-mantelzorg": "Vrijwilligers en mantelzorg",
  "zorg-en-gezondheid": "Zorg en gezondheid",
} as const;

export type ThemeId = keyof typeof THEMES;
export const THEME_IDS = Object.keys(THEMES) as [ThemeId, ...ThemeId[]];

export const SOURCE_KINDS = [
  "persbericht",
  "webpagina",
  "verslag",
  "publicatie",
  "nieuwsbericht",
] as const;

const text = z.string().trim().min(1);
const slug = z.string().regex(SLUG_PATTERN);
const webAddress = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
/** A calendar date written as YYYY-MM-DD (YAML 1.2 keeps it a string). */
const calendarDate = z.iso.date();
/** A key date: a day (2015-06-02), or only a month (2016-12) where the source gives no day. */
const keyDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);
const year = z.int().min(2000).max(2100);

export const sourceSchema = z.strictObject({
  titel: text,
  uitgever: text,
  jaar: year,
  soort: z.enum(SOURCE_KINDS),
  datum: calendarDate.optional(),
  plaats: text.optional(),
  url: webAddress.optional(),
});

export const cohortSchema = z.strictObject({
  jaar: year,
  titel: text,
  samenvatting: text,
  geselecteerd_door: text,
  data: z.array(z.strictObject({ datum: keyDate, omschrijving: text })).min(1),
  publicatie: text,
  bronnen: z.array(slug).min(1),
});

export const criterionSchema = z.strictObject({
  volgorde: z.int().min(1),
  kort: text,
  omschrijving: text,
  citaat: z.strictObject({ tekst: text, bron: slug }),
});

/** Role and organisation are optional: the 2015 report leaves some of them out, and we invent nothing. */
const person = z.strictObject({
  naam: text,
  rol: text.optional(),
  organisatie: text.optional(),
});

export const municipalitySchema = z.strictObject({
  naam: text,
  cohort: year,
  provincie: z.enum(PROVINCES),
  provincie_opmerking: text.optional(),
  locatie: z.strictObject({
    lat: z.number().min(-90).max(90),
    lon: z.number().min(-180).max(180),
  }),
  titel: text,
  samenvatting: text,
  criteria: z
    .array(z.strictObject({ id: slug, toelichting: text }))
    .min(1),
  voorbeelden: z
    .array(
      z.strictObject({
        id: slug,
        naam: text,
        beschrijving: text,
        themas: z.array(z.enum(THEME_IDS)).min(1),
      }),
    )
    .default([]),
  personen: z.array(person).default([]),
  citaten: z
    .array(z.strictObject({ tekst: text, spreker: text, bron: slug }))
    .default([]),
  partners: z
    .array(z.strictObject({ naam: text, url: webAddress.optional() }))
    .default([]),
  leden: z.array(text).optional(),
  bronnen: z.array(slug).min(1),
});

export const lessonsSchema = z.strictObject({
  titel: text,
  samenvatting: text,
  cohort: year,
  bronnen: z.array(slug).min(1),
});

export type SourceFrontMatter = z.infer<typeof sourceSchema>;
export type CohortFrontMatter = z.infer<typeof cohortSchema>;
export type CriterionFrontMatter = z.infer<typeof criterionSchema>;
export type MunicipalityFrontMatter = z.infer<typeof municipalitySchema>;
export type LessonsFrontMatter = z.infer<typeof lessonsSchema>;
