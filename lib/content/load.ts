import path from "node:path";
import slugify from "@sindresorhus/slugify";
import { renderMarkdown } from "./markdown";
import { overrideOutsideArea, type Position } from "../maps/map";
import { ContentError, formatPath, type ContentProblem } from "./problems";
import type { z } from "zod";
import { readCollection, validateCollection, type ContentFile, type RawContentFile } from "./read-collection";
import { contentSchemas, type Municipality, type SiteContent } from "./schema";

/** The content folder; CONTENT_DIR lets tests and previews build from another set. */
export function contentDirectory(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

/**
 * Reads, validates and renders all content. The schema holds every rule
 * about one file; this keeps only the rules across files, and the warnings.
 * Every problem in every file is collected first; if there is any, one
 * ContentError lists them all. Warnings (probably a mistake, perhaps meant)
 * are added to `warnings`, for the content check to show; they never stop
 * the loading.
 */
export function loadContent(contentDir: string = contentDirectory(), warnings: ContentProblem[] = []): SiteContent {
  const problems: ContentProblem[] = [];
  const read = (folder: string, fileNameExample: string) => readCollection({ contentDir, folder, problems, fileNameExample });

  const sourceFiles = read("bronnen", "2017-publicatie.md");
  const cohortFiles = read("cohorten", "2017.md");
  const criterionFiles = read("criteria", "preventie-presentie.md");
  const municipalityFiles = read("gemeenten", "wijk-bij-duurstede.md");
  const lessonFiles = read("lessen", "2015.md");
  const themeFiles = read("themas", "wonen.md");

  const schemas = contentSchemas({
    cohorts: cohortFiles.ids.map(Number),
    criteria: criterionFiles.ids,
    sources: sourceFiles.ids,
    themes: themeFiles.ids,
  });
  const sources = validateCollection(sourceFiles.files, schemas.bronnen, problems);
  const cohorts = validateCollection(cohortFiles.files, schemas.cohorten, problems);
  const criteria = validateCollection(criterionFiles.files, schemas.criteria, problems);
  const municipalities = validateCollection(municipalityFiles.files, schemas.gemeenten, problems);
  const lessons = validateCollection(lessonFiles.files, schemas.lessen, problems);
  const themes = validateCollection(themeFiles.files, schemas.themas, problems, false);

  // The rules across files look at every readable file, also one with other
  // mistakes, so that editors see all problems in one run. Each reads only
  // the fields it needs, and only where that field itself is valid.
  const readable = (files: readonly RawContentFile[]) => files.filter((file) => file.hasValidName);

  for (const file of readable(cohortFiles.files)) {
    const year = validField(file, "jaar", schemas.cohorten.shape.jaar);
    if (year !== undefined && String(year) !== file.id) {
      problems.push(at(file, ["jaar"], `het jaar ${year} past niet bij de bestandsnaam. Noem het bestand ${year}.md of pas het jaar aan.`));
    }
  }

  const seenOrders = new Map<number, string>();
  for (const file of readable(criterionFiles.files)) {
    const order = validField(file, "volgorde", schemas.criteria.shape.volgorde);
    if (order === undefined) continue;
    const other = seenOrders.get(order);
    if (other) {
      problems.push(at(file, ["volgorde"], `volgorde ${order} wordt ook gebruikt door ${other}. Geef elk criterium een eigen nummer.`));
    }
    seenOrders.set(order, file.file);
  }

  const seenThemeNames = new Map<string, string>();
  for (const file of readable(themeFiles.files)) {
    const name = validField(file, "naam", schemas.themas.shape.naam);
    if (name === undefined) continue;
    const sameName = seenThemeNames.get(name.toLocaleLowerCase("nl"));
    if (sameName) {
      problems.push(at(file, ["naam"], `het thema '${name}' staat ook in ${sameName}. Voeg de twee samen, of geef dit thema een andere naam.`));
    }
    seenThemeNames.set(name.toLocaleLowerCase("nl"), file.file);
  }

  const seenNames = new Map<string, string>();
  for (const file of readable(municipalityFiles.files)) {
    const name = validField(file, "naam", schemas.gemeenten.shape.naam);
    if (name === undefined) continue;
    const expectedSlug = slugify(name);
    if (file.id !== expectedSlug) {
      problems.push(at(file, ["naam"], `de bestandsnaam past niet bij de naam '${name}'. Noem het bestand ${expectedSlug}.md.`));
    }
    const sameName = seenNames.get(name.toLocaleLowerCase("nl"));
    if (sameName) {
      problems.push(at(file, ["naam"], `de naam '${name}' staat ook in ${sameName}. Elke gemeente heeft één bestand.`));
    }
    seenNames.set(name.toLocaleLowerCase("nl"), file.file);
  }

  // A warning, not an error: an editor may move a marker out of its area on purpose, but a typo or another profile's
  // coordinates are likelier. The schema cannot say it: it runs in the browser editor too, without the boundaries.
  for (const file of municipalities) {
    const { locatie } = file.data;
    if (locatie && overrideOutsideArea(file.data)) warnings.push(at(file, ["locatie"], outsideOwnArea(file.data, locatie)));
  }

  // A criterion no one claims would be a page without examples. Checked only
  // when every profile could be read and has valid criteria, so that one
  // mistyped id or unreadable file is not also reported as unclaimed criteria.
  const claimLists = readable(municipalityFiles.files).map((file) => validField(file, "criteria", schemas.gemeenten.shape.criteria));
  const everyProfileRead = municipalityFiles.files.length === municipalityFiles.ids.length;
  if (everyProfileRead && claimLists.every((claims) => claims !== undefined)) {
    const claimed = new Set(claimLists.flatMap((claims) => claims?.map((claim) => claim.id) ?? []));
    for (const file of readable(criterionFiles.files)) {
      if (claimed.has(file.id)) continue;
      problems.push({
        file: file.file,
        message: `geen enkele gemeente noemt dit criterium onder 'criteria:'. Voeg '- id: ${file.id}' met een toelichting toe aan een gemeente die eraan voldoet, of haal dit bestand weg.`,
      });
    }
  }

  if (problems.length) throw new ContentError(problems);

  const rendered = <T>(file: ContentFile<T>) => ({ ...file.data, id: file.id, html: renderMarkdown(file.body) });
  const byName = new Intl.Collator("nl").compare;
  return {
    sources: sources.map(rendered),
    cohorts: cohorts.map(rendered).sort((a, b) => a.jaar - b.jaar),
    criteria: criteria.map(rendered).sort((a, b) => a.volgorde - b.volgorde),
    municipalities: municipalities
      .map((file) => ({ ...file.data, slug: file.id, html: renderMarkdown(file.body) }))
      .sort((a, b) => byName(a.naam, b.naam)),
    lessons: lessons.map(rendered).sort((a, b) => a.cohort - b.cohort || a.id.localeCompare(b.id)),
    themes: themes
      .map((file) => ({ ...file.data, id: file.id }))
      .sort((a, b) => (a.volgorde ?? Infinity) - (b.volgorde ?? Infinity) || byName(a.naam, b.naam)),
  };
}

/** One field of a file's header, parsed by its own schema: undefined when missing or invalid. */
function validField<T>(file: RawContentFile, key: string, schema: z.ZodType<T>): T | undefined {
  const header = file.frontMatter;
  if (typeof header !== "object" || header === null || !(key in header)) return undefined;
  const result = schema.safeParse(Reflect.get(header, key));
  return result.success ? result.data : undefined;
}

/** What to tell an editor whose `locatie` lies outside the municipality's own area (map.ts overrideOutsideArea). */
function outsideOwnArea({ naam, cbs_code, cbs_code_2025, leden }: Omit<Municipality, "slug" | "html">, { lat, lon }: Position): string {
  const area = leden?.length
    ? `de gebieden van de leden van ${naam}`
    : `het gebied van ${naam} (${cbs_code ?? `${cbs_code_2025}, de indeling van 2025`})`;
  return `de locatie ${lat}, ${lon} ligt buiten ${area}, dus de marker staat op de kaarten buiten de eigen gemeente. Klopt dit niet, haal 'locatie' dan weg: de marker komt dan vanzelf op het midden van het gebied. Staat hij bewust daar, laat het dan zo.`;
}

function at(file: Pick<RawContentFile, "file" | "lineOf">, fieldPath: PropertyKey[], message: string): ContentProblem {
  return {
    file: file.file,
    line: file.lineOf(fieldPath),
    field: formatPath(fieldPath),
    message,
  };
}
