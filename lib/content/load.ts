import path from "node:path";
import slugify from "@sindresorhus/slugify";
import { renderMarkdown } from "./markdown";
import { ContentError, formatPath, type ContentProblem } from "./problems";
import { readCollection, type ContentFile } from "./read-collection";
import {
  cohortSchema,
  criterionSchema,
  lessonsSchema,
  municipalitySchema,
  NETHERLANDS_BOUNDS,
  sourceSchema,
  type CohortFrontMatter,
  type CriterionFrontMatter,
  type LessonsFrontMatter,
  type MunicipalityFrontMatter,
  type SourceFrontMatter,
} from "./schema";

export type Source = SourceFrontMatter & { id: string; html: string };
export type Cohort = CohortFrontMatter & { id: string; html: string };
export type Criterion = CriterionFrontMatter & { id: string; html: string };
export type Municipality = MunicipalityFrontMatter & { slug: string; html: string };
export type Lessons = LessonsFrontMatter & { id: string; html: string };

export type SiteContent = {
  sources: Source[];
  cohorts: Cohort[];
  criteria: Criterion[];
  municipalities: Municipality[];
  lessons: Lessons[];
};

/** Anchor ids the profile page uses itself; a practice example may not take them. */
export const RESERVED_ANCHORS = ["inhoud", "leden", "criteria", "voorbeelden", "citaten", "personen", "partners", "bronnen", "verwant"];

/** The content folder; CONTENT_DIR lets tests and previews build from another set. */
export function contentDirectory(): string {
  return path.resolve(process.env.CONTENT_DIR ?? path.join(process.cwd(), "content"));
}

/**
 * Reads, validates and renders all content. Every problem in every file is
 * collected first; if there is any, one ContentError lists them all.
 */
export function loadContent(contentDir: string = contentDirectory()): SiteContent {
  const problems: ContentProblem[] = [];
  const common = { contentDir, problems };

  const { files: sourceFiles, ids: sourceIds } = readCollection({
    ...common,
    folder: "bronnen",
    schema: sourceSchema,
    fileNameExample: "2017-publicatie.md",
  });
  const { files: cohortFiles, ids: cohortIds } = readCollection({
    ...common,
    folder: "cohorten",
    schema: cohortSchema,
    fileNameExample: "2017.md",
  });
  const { files: criterionFiles, ids: criterionIds } = readCollection({
    ...common,
    folder: "criteria",
    schema: criterionSchema,
    fileNameExample: "preventie-presentie.md",
  });
  const { files: municipalityFiles } = readCollection({
    ...common,
    folder: "gemeenten",
    schema: municipalitySchema,
    fileNameExample: "wijk-bij-duurstede.md",
  });
  const { files: lessonFiles } = readCollection({
    ...common,
    folder: "lessen",
    schema: lessonsSchema,
    fileNameExample: "2015.md",
  });

  const checkSources = (file: ContentFile<unknown>, ids: readonly string[], field: (index: number) => PropertyKey[]) =>
    ids.forEach((id, index) => {
      if (!sourceIds.includes(id)) {
        problems.push(
          at(file, field(index), `'${id}' is geen bekende bron. Kies uit: ${sourceIds.join(", ")}.`),
        );
      }
    });

  for (const file of cohortFiles) {
    if (String(file.data.jaar) !== file.id) {
      problems.push(
        at(file, ["jaar"], `het jaar ${file.data.jaar} past niet bij de bestandsnaam. Noem het bestand ${file.data.jaar}.md of pas het jaar aan.`),
      );
    }
    checkSources(file, file.data.bronnen, (index) => ["bronnen", index]);
  }
  const cohortYears = cohortIds.map(Number);

  const seenOrders = new Map<number, string>();
  for (const file of criterionFiles) {
    const other = seenOrders.get(file.data.volgorde);
    if (other) {
      problems.push(
        at(file, ["volgorde"], `volgorde ${file.data.volgorde} wordt ook gebruikt door ${other}. Geef elk criterium een eigen nummer.`),
      );
    }
    seenOrders.set(file.data.volgorde, file.file);
    checkSources(file, [file.data.citaat.bron], () => ["citaat", "bron"]);
  }

  const seenNames = new Map<string, string>();
  for (const file of municipalityFiles) {
    const { data } = file;
    const expectedSlug = slugify(data.naam);
    if (file.id !== expectedSlug) {
      problems.push(
        at(file, ["naam"], `de bestandsnaam past niet bij de naam '${data.naam}'. Noem het bestand ${expectedSlug}.md.`),
      );
    }
    const sameName = seenNames.get(data.naam.toLocaleLowerCase("nl"));
    if (sameName) {
      problems.push(at(file, ["naam"], `de naam '${data.naam}' staat ook in ${sameName}. Elke gemeente heeft één bestand.`));
    }
    seenNames.set(data.naam.toLocaleLowerCase("nl"), file.file);

    if (!cohortYears.includes(data.cohort)) {
      problems.push(
        at(file, ["cohort"], `cohort ${data.cohort} bestaat niet. Kies uit: ${cohortYears.join(", ")}, of maak eerst het bestand cohorten/${data.cohort}.md aan.`),
      );
    }

    const { lat, lon } = data.locatie;
    if (lat < NETHERLANDS_BOUNDS.minLat || lat > NETHERLANDS_BOUNDS.maxLat) {
      problems.push(
        at(file, ["locatie", "lat"], `breedtegraad ${lat} ligt buiten Nederland. Gebruik een waarde tussen ${NETHERLANDS_BOUNDS.minLat} en ${NETHERLANDS_BOUNDS.maxLat} (let op: lat en lon niet verwisseld?).`),
      );
    }
    if (lon < NETHERLANDS_BOUNDS.minLon || lon > NETHERLANDS_BOUNDS.maxLon) {
      problems.push(
        at(file, ["locatie", "lon"], `lengtegraad ${lon} ligt buiten Nederland. Gebruik een waarde tussen ${NETHERLANDS_BOUNDS.minLon} en ${NETHERLANDS_BOUNDS.maxLon} (let op: lat en lon niet verwisseld?).`),
      );
    }

    const seenCriteria = new Set<string>();
    data.criteria.forEach((criterion, index) => {
      if (!criterionIds.includes(criterion.id)) {
        problems.push(
          at(file, ["criteria", index, "id"], `'${criterion.id}' is geen bekend criterium. Kies uit: ${criterionIds.join(", ")}.`),
        );
      } else if (seenCriteria.has(criterion.id)) {
        problems.push(at(file, ["criteria", index, "id"], `criterium '${criterion.id}' staat er twee keer. Houd er één over.`));
      }
      seenCriteria.add(criterion.id);
    });

    const seenAnchors = new Set<string>();
    data.voorbeelden.forEach((example, index) => {
      if (RESERVED_ANCHORS.includes(example.id)) {
        problems.push(
          at(file, ["voorbeelden", index, "id"], `'${example.id}' is gereserveerd voor een onderdeel van de pagina. Kies een andere id, bijvoorbeeld '${example.id}-${file.id}'.`),
        );
      } else if (seenAnchors.has(example.id)) {
        problems.push(
          at(file, ["voorbeelden", index, "id"], `de id '${example.id}' staat er twee keer. Elk voorbeeld heeft een eigen id nodig, want die wordt het ankerpunt (#${example.id}) in de link.`),
        );
      }
      seenAnchors.add(example.id);
    });

    const people = data.personen.map((person) => person.naam);
    data.citaten.forEach((quotation, index) => {
      if (!people.includes(quotation.spreker)) {
        problems.push(
          at(file, ["citaten", index, "spreker"], `'${quotation.spreker}' staat niet bij personen. Voeg deze persoon toe onder personen (naam, rol, organisatie) of schrijf de naam precies zoals daar.`),
        );
      }
    });
    checkSources(file, data.citaten.map((quotation) => quotation.bron), (index) => ["citaten", index, "bron"]);
    checkSources(file, data.bronnen, (index) => ["bronnen", index]);
  }

  for (const file of lessonFiles) {
    if (!cohortYears.includes(file.data.cohort)) {
      problems.push(at(file, ["cohort"], `cohort ${file.data.cohort} bestaat niet. Kies uit: ${cohortYears.join(", ")}.`));
    }
    checkSources(file, file.data.bronnen, (index) => ["bronnen", index]);
  }

  if (problems.length) throw new ContentError(problems);

  const byName = new Intl.Collator("nl").compare;
  return {
    sources: sourceFiles.map((file) => ({ ...file.data, id: file.id, html: renderMarkdown(file.body) })),
    cohorts: cohortFiles
      .map((file) => ({ ...file.data, id: file.id, html: renderMarkdown(file.body) }))
      .sort((a, b) => a.jaar - b.jaar),
    criteria: criterionFiles
      .map((file) => ({ ...file.data, id: file.id, html: renderMarkdown(file.body) }))
      .sort((a, b) => a.volgorde - b.volgorde),
    municipalities: municipalityFiles
      .map((file) => ({ ...file.data, slug: file.id, html: renderMarkdown(file.body) }))
      .sort((a, b) => byName(a.naam, b.naam)),
    lessons: lessonFiles.map((file) => ({ ...file.data, id: file.id, html: renderMarkdown(file.body) })),
  };
}

function at(file: ContentFile<unknown>, fieldPath: PropertyKey[], message: string): ContentProblem {
  return {
    file: file.file,
    line: file.lineOf(fieldPath),
    field: formatPath(fieldPath),
    message,
  };
}
