import slugify from "@sindresorhus/slugify";
import { z } from "zod";
import { CBS_CODE_PATTERN, CBS_CODE_YEAR, cbsCode2025Of, cbsCode2025Problem, cbsCodeOf, cbsCodeProblem, TODAYS_CODE_YEAR } from "../maps/cbs-codes";
import { isReservedAnchor } from "./page-anchors";

/**
 * The content model: every rule about one content file, and what editors
 * read about each field. The TypeScript types of the site derive from these
 * schemas; the loader validates every Markdown file against them and keeps
 * only the rules across files. Field names are Dutch because editors write
 * them. All objects are strict: an unknown key (a typo such as `critera:`) is
 * an error.
 *
 * Each field carries, as zod metadata, its Dutch label, a help text and an
 * example of how to fill it in. The error messages, the templates of
 * `npm run content:new` and the field reference in docs/redactie.md are made
 * from them, so they cannot drift apart.
 */

declare module "zod" {
  interface GlobalMeta {
    /** The field's name in plain Dutch, for forms and the guide. */
    label?: string;
    /** What belongs in the field, in one or two sentences. */
    help?: string;
    /** How to write it, as the fix in an error message: 'naam: Ede'. */
    example?: string;
    /** A text of one or more sentences: a text area in the browser editor. */
    multiline?: boolean;
    /** A field that holds the id of another content file: a pick-list of that folder in the browser editor. */
    reference?: "cohorten" | "criteria" | "bronnen" | "themas";
    /** How a pick-list shows its values to editors, where the values are ids. */
    choiceLabels?: Readonly<Record<string, string>>;
  }
}

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

/** Kinds of source, with how the about page names them. */
export const SOURCE_KINDS = {
  persbericht: "Persbericht",
  webpagina: "Webpagina",
  verslag: "Verslag",
  publicatie: "Publicatie",
  nieuwsbericht: "Nieuwsbericht",
} as const;

export type SourceKind = keyof typeof SOURCE_KINDS;
export const SOURCE_KIND_IDS = Object.keys(SOURCE_KINDS) as [SourceKind, ...SourceKind[]];

/**
 * The ids of the other content files a file may refer to, taken from the file
 * names: every file present counts, even one with mistakes of its own, so
 * that one mistake is not reported again as a cascade of unknown references.
 */
export type ContentReferences = {
  cohorts: readonly number[];
  criteria: readonly string[];
  sources: readonly string[];
  themes: readonly string[];
};

const text = z.string().trim().min(1);
/** Sentences rather than a name or a title. */
const prose = text.meta({ multiline: true });
const slug = z.string().regex(SLUG_PATTERN);
const cbsCode = z.string().regex(CBS_CODE_PATTERN);
const webAddress = z.url({ protocol: /^https?$/, hostname: z.regexes.domain });
/** A calendar date written as YYYY-MM-DD (YAML 1.2 keeps it a string). */
const calendarDate = z.iso.date();
/** A key date: a day (2015-06-02), or only a month (2016-12) where the source gives no day. */
const keyDate = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/);
const year = z.int().min(2000).max(2100);
/** A day that has already come: a check cannot have happened tomorrow. Compared with today's date in UTC, when the content is checked. */
const pastDate = calendarDate.superRefine((date, context) => {
  const today = new Date().toISOString().slice(0, 10);
  // Only a valid date: a wrong one already has its own message.
  if (calendarDate.safeParse(date).success && date > today) {
    context.addIssue({ code: "custom", message: `de datum ${date} ligt in de toekomst. Schrijf de dag waarop de controle gedaan is, uiterlijk vandaag.` });
  }
});

function sourceId(references: ContentReferences) {
  return slug
    .superRefine((id, context) => {
      if (!references.sources.includes(id)) {
        context.addIssue({ code: "custom", message: `'${id}' is geen bekende bron. Kies uit: ${references.sources.join(", ")}.` });
      }
    })
    .meta({ reference: "bronnen" });
}

/** A cohort year that has its file; `offerNewFile` adds how to make one, where a new cohort is a likely intent. */
function cohortYear(references: ContentReferences, offerNewFile: boolean) {
  return year
    .superRefine((cohort, context) => {
      if (!references.cohorts.includes(cohort)) {
        const newFile = offerNewFile ? `, of maak eerst het bestand cohorten/${cohort}.md aan` : "";
        context.addIssue({ code: "custom", message: `cohort ${cohort} bestaat niet. Kies uit: ${references.cohorts.join(", ")}${newFile}.` });
      }
    })
    .meta({ reference: "cohorten" });
}

function sourceIds(references: ContentReferences) {
  return z.array(sourceId(references)).min(1).meta({
    label: "Bronnen",
    help: "De ids van de bronnen: de bestandsnamen zonder .md in content/bronnen/.",
    example: "'bronnen: [2017-publicatie]'",
  });
}

function degrees(axis: "lat" | "lon") {
  const [name, min, max] =
    axis === "lat"
      ? (["breedtegraad", NETHERLANDS_BOUNDS.minLat, NETHERLANDS_BOUNDS.maxLat] as const)
      : (["lengtegraad", NETHERLANDS_BOUNDS.minLon, NETHERLANDS_BOUNDS.maxLon] as const);
  // The refinement writes the Dutch message; the bounds in the metadata are for the form's number field.
  return z
    .number()
    .superRefine((value, context) => {
      if (value < min || value > max) {
        context.addIssue({
          code: "custom",
          message: `${name} ${value} ligt buiten Nederland. Gebruik een waarde tussen ${min} en ${max} (let op: lat en lon niet verwisseld?).`,
        });
      }
    })
    .meta({ minimum: min, maximum: max });
}

export const sourceSchema = z.strictObject({
  titel: text.meta({ label: "Titel", help: "De titel van de bron, zoals de bron hem zelf noemt.", example: "'titel: \"Elf Nieuwe Gouden Gemeenten\"'" }),
  uitgever: text.meta({ label: "Uitgever", help: "Wie de bron uitgaf.", example: "'uitgever: Sociaal Werk Nederland'" }),
  jaar: year.meta({ label: "Jaar", help: "Het jaar van verschijnen.", example: "'jaar: 2017'" }),
  soort: z.enum(SOURCE_KIND_IDS).meta({ choiceLabels: SOURCE_KINDS, label: "Soort", help: "Wat voor bron het is.", example: "'soort: publicatie'" }),
  datum: calendarDate.optional().meta({ label: "Datum", help: "De dag van verschijnen, als de bron die noemt: JJJJ-MM-DD.", example: "'datum: 2015-06-02'" }),
  plaats: text.optional().meta({ label: "Plaats", help: "Waar de bijeenkomst of uitgave was, als de bron die noemt.", example: "'plaats: Utrecht'" }),
  url: webAddress.optional().meta({ label: "Webadres", help: "Het webadres van de bron, volledig met https://, als die online staat.", example: "'url: https://www.voorbeeld.nl/'" }),
});

export function cohortSchema(references: ContentReferences) {
  return z.strictObject({
    jaar: year.meta({ label: "Jaar", help: "Het jaar van het cohort; gelijk aan de bestandsnaam.", example: "'jaar: 2017'" }),
    titel: text.meta({ label: "Titel", help: "Een korte titel van de lichting.", example: "'titel: \"Elf nieuwe Gouden Gemeenten\"'" }),
    samenvatting: prose.meta({ label: "Samenvatting", help: "Eén of twee zinnen in eigen woorden.", example: "'samenvatting:' met één of twee zinnen over het cohort" }),
    geselecteerd_door: text.meta({ label: "Geselecteerd door", help: "Wie de gemeenten koos.", example: "'geselecteerd_door: Sociaal Werk Nederland'" }),
    data: z
      .array(
        z.strictObject({
          datum: keyDate.meta({
            label: "Datum",
            help: "JJJJ-MM-DD, of JJJJ-MM als de bron alleen een maand noemt.",
            example: "'datum: 2015-06-02'",
          }),
          omschrijving: text.meta({ label: "Omschrijving", help: "Wat er die dag gebeurde, in een korte zin.", example: "'omschrijving:' met een korte zin" }),
        }),
      )
      .min(1)
      .meta({
        label: "Belangrijke data",
        help: "De belangrijke data uit de bronnen, elk met een korte omschrijving.",
        example: "een regel 'data:' met daaronder per datum '- datum: 2015-06-02' en, ingesprongen, 'omschrijving:'",
      }),
    publicatie: text.meta({ label: "Publicatie", help: "De titel van de publicatie over dit cohort.", example: "'publicatie: \"Elf Nieuwe Gouden Gemeenten\"'" }),
    bronnen: sourceIds(references),
  });
}

export function criterionSchema(references: ContentReferences) {
  return z.strictObject({
    volgorde: z.int().min(1).meta({ label: "Volgorde", help: "De plaats in de lijst van criteria; elk criterium een eigen nummer.", example: "'volgorde: 1'" }),
    kort: text.meta({ label: "Korte naam", help: "De naam van het criterium in een paar woorden.", example: "'kort: \"Preventie en presentie\"'" }),
    omschrijving: prose.meta({ label: "Omschrijving", help: "Wat het criterium inhoudt, in één of twee zinnen.", example: "'omschrijving:' met een korte zin" }),
    citaat: z
      .strictObject({
        tekst: prose.meta({ label: "Tekst", help: "De omschrijving van het criterium, letterlijk uit de bron.", example: "'tekst: \"het citaat, letterlijk\"'" }),
        bron: sourceId(references).meta({ label: "Bron", help: "De id van de bron van het citaat.", example: "'bron: 2017-publicatie'" }),
      })
      .meta({
        label: "Citaat",
        help: "Hoe de bron het criterium zelf omschrijft.",
        example: "een regel 'citaat:' met daaronder, ingesprongen, 'tekst:' en 'bron:'",
      }),
  });
}

/** Role and organisation are optional: the 2015 report leaves some of them out, and we invent nothing. */
const person = z.strictObject({
  naam: text.meta({ label: "Naam", help: "Voor- en achternaam zoals in de bron.", example: "'naam: Eric Wichgers'" }),
  rol: text.optional().meta({ label: "Rol", help: "De functie, alleen als de bron die noemt.", example: "'rol: directeur'" }),
  organisatie: text.optional().meta({ label: "Organisatie", help: "De organisatie, alleen als de bron die noemt.", example: "'organisatie: Figulus Welzijn'" }),
});

/** The themes of the examples are content too (content/themas/): an editor adds one without a developer. */
export const themeSchema = z.strictObject({
  naam: text.meta({ label: "Naam", help: "De naam van het thema, kort, met een hoofdletter.", example: "'naam: Wonen'" }),
  omschrijving: prose.meta({
    label: "Omschrijving",
    help: "Wat onder het thema valt, in één of twee zinnen in eigen woorden.",
    example: "'omschrijving:' met één of twee zinnen over het thema",
  }),
  volgorde: z
    .int()
    .min(1)
    .optional()
    .meta({ label: "Volgorde", help: "De plaats in de lijst van thema's; thema's zonder volgorde komen daarna, op naam.", example: "'volgorde: 3'" }),
});

function practiceExample(references: ContentReferences) {
  const themeId = slug
    .superRefine((id, context) => {
      if (!references.themes.includes(id)) {
        const known = references.themes.length ? references.themes.join(", ") : "nog geen";
        context.addIssue({ code: "custom", message: `'${id}' is geen bekend thema. Kies uit: ${known}, of maak eerst het bestand themas/${id}.md aan.` });
      }
    })
    .meta({ reference: "themas" });
  return z.strictObject({
    id: slug.meta({
      label: "Id",
      help: "Wordt het ankerpunt in de link (/gemeenten/zaanstad/#hemelse-modder): kleine letters, cijfers en koppeltekens, uniek binnen het bestand.",
      example: "'id: hemelse-modder'",
    }),
    naam: text.meta({ label: "Naam", help: "De naam van het voorbeeld zoals de bron die noemt.", example: "'naam: Hemelse Modder'" }),
    beschrijving: prose.meta({ label: "Beschrijving", help: "Wat het voorbeeld is en doet, in eigen woorden.", example: "'beschrijving:' met een korte beschrijving van het voorbeeld" }),
    themas: z
      .array(themeId)
      .min(1)
      .meta({
        label: "Thema's",
        help: "Een of meer thema's, voor het overzicht van voorbeelden: de bestandsnamen zonder .md in content/themas/.",
        example: "een regel 'themas:' met daaronder per thema '- jeugd'",
      }),
  });
}

/** A code of the wrong form has its own message already. */
function wellFormed(code: string | undefined): code is string {
  return code !== undefined && CBS_CODE_PATTERN.test(code);
}

type CodeFields = { naam: string; cbs_code?: string; cbs_code_2025?: string; leden?: unknown[]; locatie?: unknown };

/**
 * What is wrong with the codes that place a profile: a region has only its
 * members' codes; a municipality of 2017 its code of 2017 (the site looks up
 * the one of 2025 itself); a municipality formed later its code of 2025.
 * Without any code and without an override `locatie` a profile has no place:
 * no marker, no position in the open data, no nearest examples.
 */
function codeProblems({ naam, cbs_code: code2017, cbs_code_2025: code2025, leden, locatie }: CodeFields): { path: PropertyKey[]; message: string }[] {
  if (leden?.length) {
    const remove = (field: string) => ({
      path: [field],
      message: `een regio heeft geen eigen gemeentecode: de codes staan bij de leden. Haal '${field}' hier weg.`,
    });
    return [...(code2017 ? [remove("cbs_code")] : []), ...(code2025 !== undefined ? [remove("cbs_code_2025")] : [])];
  }
  if (code2017 !== undefined) {
    const problem = wellFormed(code2017) ? cbsCodeProblem(code2017, naam) : undefined;
    const twice = `'cbs_code_2025' is alleen voor een gemeente die na ${CBS_CODE_YEAR} is ontstaan; deze gemeente heeft al 'cbs_code', en de site zoekt de code van ${TODAYS_CODE_YEAR} daar zelf bij. Haal 'cbs_code_2025' weg.`;
    return [...(problem ? [{ path: ["cbs_code"], message: problem }] : []), ...(code2025 !== undefined ? [{ path: ["cbs_code_2025"], message: twice }] : [])];
  }
  const known2017 = cbsCodeOf(naam);
  if (known2017 && code2025 !== undefined) {
    return [
      {
        path: ["cbs_code_2025"],
        message: `${naam} bestond al in ${CBS_CODE_YEAR}: 'cbs_code_2025' is alleen voor een gemeente die later is ontstaan. Schrijf 'cbs_code: ${known2017}' in plaats van 'cbs_code_2025: ${code2025}'.`,
      },
    ];
  }
  if (known2017) {
    return [{ path: ["cbs_code"], message: `het verplichte veld 'cbs_code' ontbreekt. Voeg de CBS-gemeentecode van ${CBS_CODE_YEAR} toe: 'cbs_code: ${known2017}'.` }];
  }
  if (code2025 !== undefined) {
    const problem = wellFormed(code2025) ? cbsCode2025Problem(code2025, naam) : undefined;
    return problem ? [{ path: ["cbs_code_2025"], message: problem }] : [];
  }
  if (locatie) return [];
  const known2025 = cbsCode2025Of(naam);
  const unplaced = "er staat geen CBS-gemeentecode in, dus het profiel heeft geen plaats op de kaart.";
  return [
    {
      path: ["cbs_code_2025"],
      message: known2025
        ? `${unplaced} ${naam} bestond in ${CBS_CODE_YEAR} nog niet: voeg de code van ${TODAYS_CODE_YEAR} toe, 'cbs_code_2025: ${known2025}'.`
        : `${unplaced} Voeg 'cbs_code' toe met de code van ${CBS_CODE_YEAR} (heette de gemeente toen anders: de code van die naam), 'cbs_code_2025' met de code van ${TODAYS_CODE_YEAR} voor een gemeente die later is ontstaan, of voor een regio 'leden' met de codes van de leden.`,
    },
  ];
}

export function municipalitySchema(references: ContentReferences) {
  const criterionId = slug
    .superRefine((id, context) => {
      if (!references.criteria.includes(id)) {
        context.addIssue({ code: "custom", message: `'${id}' is geen bekend criterium. Kies uit: ${references.criteria.join(", ")}.` });
      }
    })
    .meta({ reference: "criteria" });

  return z
    .strictObject({
      naam: text.meta({
        label: "Naam",
        help: "De naam zoals de bron die schrijft. De bestandsnaam is ervan afgeleid: Wijk bij Duurstede wordt wijk-bij-duurstede.md.",
        example: "'naam: Ede'",
      }),
      cohort: cohortYear(references, true).meta({ label: "Cohort", help: "Het jaar van het cohort; het bestand content/cohorten/<jaar>.md moet bestaan.", example: "'cohort: 2017'" }),
      provincie: z.enum(PROVINCES).meta({ label: "Provincie", help: "De provincie op het moment van selectie.", example: "'provincie: Gelderland'" }),
      cbs_code: cbsCode.optional().meta({
        label: "CBS-gemeentecode (2017)",
        help: "De code van de gemeente bij het CBS in 2017, zoals GM0503 voor Delft. Verplicht als de gemeente in 2017 bestond; daaruit volgen het gebied en de plaats op de kaart. Leeg voor een gemeente die later is ontstaan: die krijgt cbs_code_2025. Niet voor een regio: daar staan de codes bij de leden. Is de gemeente sindsdien opgegaan in een andere, dan zegt het profiel dat vanzelf: de site leidt het af uit de CBS-indeling van 2025.",
        example: "'cbs_code: GM0503'",
      }),
      cbs_code_2025: cbsCode.optional().meta({
        label: "CBS-gemeentecode (2025)",
        help: "Alleen voor een gemeente die na 2017 is ontstaan en dus geen code van 2017 heeft: de code bij het CBS in 2025, zoals GM1961 voor Vijfheerenlanden. Daaruit volgen het gebied en de plaats op de kaart. Niet samen met cbs_code of leden.",
        example: "'cbs_code_2025: GM1961'",
      }),
      locatie: z
        .strictObject({
          lat: degrees("lat").meta({ label: "Breedtegraad", help: "Noorderbreedte in graden, met een punt als decimaalteken.", example: "'lat: 52.04'" }),
          lon: degrees("lon").meta({ label: "Lengtegraad", help: "Oosterlengte in graden, met een punt als decimaalteken.", example: "'lon: 5.66'" }),
        })
        .optional()
        .meta({
          label: "Locatie van de marker",
          help: "Alleen invullen als de marker niet op het midden van het gebied moet staan: de site zet hem vanzelf op het midden van het gebied van de CBS-code (bij een regio: van de leden samen). Vult u het toch in, dan staat de marker op dit punt, en waarschuwt de inhoudscontrole als het buiten het gebied van de gemeente ligt.",
          example: "een regel 'locatie:' met daaronder, ingesprongen, 'lat: 52.04' en 'lon: 5.66'",
        }),
      titel: text.meta({ label: "Titel", help: "De titel die de bron het profiel geeft, letterlijk.", example: "'titel: \"Partnerschap is leidend\"'" }),
      samenvatting: prose.meta({ label: "Samenvatting", help: "Eén tot drie zinnen in eigen woorden.", example: "'samenvatting:' met één tot drie zinnen over de gemeente" }),
      criteria: z
        .array(
          z.strictObject({
            id: criterionId.meta({ label: "Criterium", help: "De id van het criterium: de bestandsnaam zonder .md in content/criteria/.", example: "'id: preventie-presentie'" }),
            toelichting: prose.meta({
              label: "Toelichting",
              help: "Waarom de gemeente hieraan voldoet, in één of twee zinnen op basis van de bron.",
              example: "'toelichting:' met één of twee zinnen waarom de gemeente hieraan voldoet",
            }),
          }),
        )
        .min(1)
        .superRefine((claims, context) => {
          claims.forEach((claim, index) => {
            if (claims.findIndex((other) => other.id === claim.id) < index) {
              context.addIssue({ code: "custom", path: [index, "id"], message: `criterium '${claim.id}' staat er twee keer. Houd er één over.` });
            }
          });
        })
        .meta({
          label: "Criteria",
          help: "De criteria waarvoor de gemeente model staat, elk met een toelichting.",
          example: "een regel 'criteria:' met daaronder per criterium '- id: preventie-presentie' en, ingesprongen, 'toelichting:' met de reden",
        }),
      voorbeelden: z
        .array(practiceExample(references))
        .default([])
        .meta({
          label: "Voorbeelden uit de praktijk",
          help: "Praktijkvoorbeelden met een naam, elk met een eigen id.",
          example: "een regel 'voorbeelden:' met daaronder per voorbeeld '- id: hemelse-modder' en, ingesprongen, 'naam:', 'beschrijving:' en 'themas:'",
        }),
      personen: z
        .array(person)
        .default([])
        .meta({
          label: "Personen",
          help: "Wie in de bron aan het woord is. Rol en organisatie alleen als de bron ze noemt.",
          example: "een regel 'personen:' met daaronder per persoon '- naam: Eric Wichgers' en, ingesprongen, 'rol:' en 'organisatie:'",
        }),
      citaten: z
        .array(
          z.strictObject({
            tekst: prose.meta({ label: "Tekst", help: "Het citaat, letterlijk en kort.", example: "'tekst: \"het citaat, letterlijk\"'" }),
            spreker: text.meta({ label: "Spreker", help: "De naam precies zoals onder personen.", example: "'spreker:' met de naam zoals bij personen" }),
            bron: sourceId(references).meta({ label: "Bron", help: "De id van de bron van het citaat.", example: "'bron: 2017-publicatie'" }),
          }),
        )
        .default([])
        .meta({
          label: "Citaten",
          help: "Korte letterlijke citaten; de spreker staat precies zo onder personen.",
          example: "een regel 'citaten:' met daaronder per citaat '- tekst: \"…\"' en, ingesprongen, 'spreker:' en 'bron:'",
        }),
      partners: z
        .array(
          z.strictObject({
            naam: text.meta({ label: "Naam", help: "De naam van de organisatie.", example: "'naam: Figulus Welzijn'" }),
            url: webAddress.optional().meta({
              label: "Webadres",
              help: "Alleen als de bron het geeft, volledig met https:// of http://.",
              example: "'url: http://www.figulus-welzijn.nl/'",
            }),
          }),
        )
        .default([])
        .meta({
          label: "Partners",
          help: "Partnerorganisaties, met hun webadres als de bron het geeft.",
          example: "een regel 'partners:' met daaronder per partner '- naam: Figulus Welzijn' en, ingesprongen, 'url:'",
        }),
      leden: z
        .array(
          z.strictObject({
            naam: text.meta({ label: "Naam", help: "De naam van de gemeente, zoals het CBS die in 2017 schreef.", example: "'naam: Leudal'" }),
            cbs_code: cbsCode.meta({ label: "CBS-gemeentecode (2017)", help: "De code van deze gemeente bij het CBS in 2017.", example: "'cbs_code: GM1640'" }),
          }),
        )
        .optional()
        .meta({
          label: "Leden van de regio",
          help: "Alleen voor een regio: de deelnemende gemeenten, elk met de CBS-code van 2017.",
          example: "een regel 'leden:' met daaronder per gemeente '- naam: Leudal' en, ingesprongen, 'cbs_code: GM1640'",
        }),
      bronnen: sourceIds(references),
      controles: z
        .array(
          z.strictObject({
            datum: pastDate.meta({ label: "Datum", help: "De dag van de controle: JJJJ-MM-DD, niet later dan vandaag.", example: "'datum: 2025-03-14'" }),
            wijziging: prose.meta({
              label: "Wat er veranderd is",
              help: "Wat de controle opleverde, in één of twee zinnen; ook als er niets veranderd is.",
              example: "'wijziging: \"Het webadres van een partner is veranderd.\"'",
            }),
            bron: text.meta({
              label: "Bron",
              help: "Waar de nieuwe informatie vandaan komt: de titel van een document, of een volledig webadres met https://.",
              example: "'bron: https://www.voorbeeld.nl/nieuws/'",
            }),
          }),
        )
        .default([])
        .meta({
          label: "Latere controles",
          help: "Alleen als de redactie het profiel na de selectie opnieuw heeft nagekeken: per controle de datum, wat er veranderd is en de bron.",
          example: "een regel 'controles:' met daaronder per controle '- datum: 2025-03-14' en, ingesprongen, 'wijziging:' en 'bron:'",
        }),
    })
    .superRefine((municipality, context) => {
      for (const { path, message } of codeProblems(municipality)) context.addIssue({ code: "custom", path, message });
      municipality.leden?.forEach((member, index) => {
        const problem = wellFormed(member.cbs_code) ? cbsCodeProblem(member.cbs_code, member.naam) : undefined;
        if (problem) context.addIssue({ code: "custom", path: ["leden", index, "cbs_code"], message: problem });
      });

      const exampleIds = municipality.voorbeelden.map((example) => example.id);
      exampleIds.forEach((id, index) => {
        const others = exampleIds.filter((_, otherIndex) => otherIndex !== index);
        if (isReservedAnchor(id, others)) {
          context.addIssue({
            code: "custom",
            path: ["voorbeelden", index, "id"],
            message: `'${id}' is gereserveerd voor een onderdeel van de pagina. Kies een andere id, bijvoorbeeld '${id}-${slugify(municipality.naam)}'.`,
          });
        } else if (exampleIds.indexOf(id) < index) {
          context.addIssue({
            code: "custom",
            path: ["voorbeelden", index, "id"],
            message: `de id '${id}' staat er twee keer. Elk voorbeeld heeft een eigen id nodig, want die wordt het ankerpunt (#${id}) in de link.`,
          });
        }
      });

      const people = municipality.personen.map((person) => person.naam);
      municipality.citaten.forEach((quotation, index) => {
        if (!people.includes(quotation.spreker)) {
          context.addIssue({
            code: "custom",
            path: ["citaten", index, "spreker"],
            message: `'${quotation.spreker}' staat niet bij personen. Voeg deze persoon toe onder personen (naam, rol, organisatie) of schrijf de naam precies zoals daar.`,
          });
        }
      });
    });
}

export function lessonsSchema(references: ContentReferences) {
  return z.strictObject({
    titel: text.meta({ label: "Titel", help: "De titel van de pagina met lessen.", example: "'titel: \"Lessen uit de leertafels van 2015\"'" }),
    samenvatting: prose.meta({ label: "Samenvatting", help: "Eén tot drie zinnen in eigen woorden.", example: "'samenvatting:' met één tot drie zinnen over de lessen" }),
    cohort: cohortYear(references, false).meta({ label: "Cohort", help: "Het jaar van het cohort waar de lessen bij horen.", example: "'cohort: 2015'" }),
    bronnen: sourceIds(references),
  });
}

/**
 * The schema of each content folder, with the references it may make. The
 * order is the order the loader reads them in, and the order of the guide.
 */
export function contentSchemas(references: ContentReferences) {
  return {
    gemeenten: municipalitySchema(references),
    cohorten: cohortSchema(references),
    criteria: criterionSchema(references),
    bronnen: sourceSchema,
    lessen: lessonsSchema(references),
    themas: themeSchema,
  };
}

export type ContentFolder = keyof ReturnType<typeof contentSchemas>;

/** The content folders, in the order of contentSchemas. */
export const CONTENT_FOLDERS = Object.keys(contentSchemas({ cohorts: [], criteria: [], sources: [], themes: [] })) as ContentFolder[];

/** The folders whose files have no text under the header: the form of the file and the editor leave it out. */
export const FOLDERS_WITHOUT_BODY: readonly ContentFolder[] = ["themas"];

export function isContentFolder(name: string): name is ContentFolder {
  return (CONTENT_FOLDERS as string[]).includes(name);
}

/** Every validated file also has its id (the file name) and its body rendered to HTML. */
type Rendered<T> = T & { id: string; html: string };

export type Source = Rendered<z.output<typeof sourceSchema>>;
export type Cohort = Rendered<z.output<ReturnType<typeof cohortSchema>>>;
export type Criterion = Rendered<z.output<ReturnType<typeof criterionSchema>>>;
/** A municipality's id is its slug, the last part of its URL. */
export type Municipality = z.output<ReturnType<typeof municipalitySchema>> & { slug: string; html: string };
export type PracticeExample = Municipality["voorbeelden"][number];
export type Lessons = Rendered<z.output<ReturnType<typeof lessonsSchema>>>;
/** A theme's id is its file name, as the examples name it. */
export type Theme = z.output<typeof themeSchema> & { id: string };

export type SiteContent = {
  sources: Source[];
  cohorts: Cohort[];
  criteria: Criterion[];
  municipalities: Municipality[];
  lessons: Lessons[];
  /** In their order: by volgorde, then the ones without, by name. */
  themes: Theme[];
};
