import { z } from "zod";
import { SITE_NAME } from "../site";

/**
 * Who publishes the site and how visitors reach them: one place for the
 * privacy and accessibility statements, security.txt, the licence of the
 * open data and the "Klopt er iets niet?" link on profiles. Read from
 * environment variables at build time (docs/hosting.md, "Owner settings").
 */

/** The licences the open data can carry; CC BY 4.0 unless DATA_LICENSE says otherwise. */
export const DATA_LICENCES = {
  "CC-BY-4.0": {
    id: "CC-BY-4.0",
    name: "Creative Commons Naamsvermelding 4.0 Internationaal (CC BY 4.0)",
    shortName: "CC BY 4.0",
    url: "https://creativecommons.org/licenses/by/4.0/deed.nl",
  },
  "CC0-1.0": {
    id: "CC0-1.0",
    name: "Creative Commons Zero 1.0 Universeel (CC0 1.0), publiek domein",
    shortName: "CC0 1.0",
    url: "https://creativecommons.org/publicdomain/zero/1.0/deed.nl",
  },
} as const;

export type DataLicence = (typeof DATA_LICENCES)[keyof typeof DATA_LICENCES];

/** Where a reader reports a mistake: a mail address, or a web form such as a new-issue page. */
export type CorrectionRoute = { kind: "email"; address: string } | { kind: "url"; url: string };

export type SiteOwner = {
  /** The organisation that publishes the site and its data. */
  publisher: string;
  publisherUrl: string | undefined;
  /** The address for questions, accessibility and privacy requests, and security reports; undefined until it is set. */
  contactEmail: string | undefined;
  licence: DataLicence;
  /** undefined when neither CORRECTIONS_URL nor CONTACT_EMAIL is set: the site then offers no route rather than an empty one. */
  corrections: CorrectionRoute | undefined;
};

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const ownerEnvironment = z.object({
  SITE_PUBLISHER: optional(z.string().trim().min(1)),
  SITE_PUBLISHER_URL: optional(z.url({ protocol: /^https?$/, error: "moet een webadres zijn dat begint met https:// of http://" })),
  CONTACT_EMAIL: optional(z.email({ error: "moet een e-mailadres zijn, zoals redactie@example.nl" })),
  CORRECTIONS_URL: optional(z.url({ protocol: /^https$/, error: "moet een webadres zijn dat begint met https://" })),
  DATA_LICENSE: optional(
    z.enum(Object.keys(DATA_LICENCES) as [keyof typeof DATA_LICENCES], {
      error: `moet een van deze licenties zijn: ${Object.keys(DATA_LICENCES).join(", ")}`,
    }),
  ),
});

/** The environment variables the settings come from (process.env, or a test's own). */
type Environment = Record<string, string | undefined>;

/** Every wrong owner setting at once, in Dutch, as "VARIABELE: wat er mis is". */
export function ownerSettingsProblems(env: Environment = process.env): string[] {
  const result = ownerEnvironment.safeParse(env);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
}

export function siteOwner(env: Environment = process.env): SiteOwner {
  const result = ownerEnvironment.safeParse(env);
  if (!result.success) {
    throw new Error(`De instellingen van de site kloppen niet:\n${ownerSettingsProblems(env).join("\n")}`);
  }
  const settings = result.data;
  const corrections: CorrectionRoute | undefined = settings.CORRECTIONS_URL
    ? { kind: "url", url: settings.CORRECTIONS_URL }
    : settings.CONTACT_EMAIL
      ? { kind: "email", address: settings.CONTACT_EMAIL }
      : undefined;
  return {
    publisher: settings.SITE_PUBLISHER ?? SITE_NAME,
    publisherUrl: settings.SITE_PUBLISHER_URL,
    contactEmail: settings.CONTACT_EMAIL,
    licence: DATA_LICENCES[settings.DATA_LICENSE ?? "CC-BY-4.0"],
    corrections,
  };
}

/**
 * What a production build (SITE_URL with https://) lacks: without a contact
 * address the statements name no address, the profiles have no correction
 * link and there is no security.txt.
 */
export function ownerSettingsWarnings(env: Environment = process.env): string[] {
  if (!env.SITE_URL?.startsWith("https://")) return [];
  const owner = siteOwner(env);
  const warnings: string[] = [];
  if (!owner.contactEmail) {
    warnings.push(
      "CONTACT_EMAIL ontbreekt: de privacy- en toegankelijkheidsverklaring noemen geen adres en er komt geen /.well-known/security.txt. Zet CONTACT_EMAIL=adres@example.nl bij de build.",
    );
  }
  if (!owner.corrections) {
    warnings.push(
      "Er is geen adres voor correcties: profielen krijgen geen link 'Klopt er iets niet?'. Zet CORRECTIONS_URL of CONTACT_EMAIL.",
    );
  }
  if (!env.SITE_PUBLISHER) {
    warnings.push(`SITE_PUBLISHER ontbreekt: als uitgever staat nu '${SITE_NAME}'. Zet SITE_PUBLISHER="Naam van de organisatie".`);
  }
  return warnings;
}
