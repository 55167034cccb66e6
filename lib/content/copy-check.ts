import fs from "node:fs";
import path from "node:path";
import type { ContentProblem } from "./problems";
import type { SiteContent } from "./schema";

/** How many consecutive words shared with a source count as copied prose. */
export const COPY_RUN_LENGTH = 10;

/** A prose text of ours: the content file it is in (relative to the content folder) and its field. */
export type ProseText = { file: string; field: string; text: string };
export type CopiedRun = { file: string; field: string; words: string };

/** Lower-case words without punctuation, so that only the wording counts. */
export function normaliseWords(text: string): string[] {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("nl")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Every prose text of ours that shares a run of `runLength` consecutive words
 * with one of the source texts. Reports the first run per text.
 */
export function findCopiedRuns(
  prose: readonly ProseText[],
  sources: readonly string[],
  runLength: number = COPY_RUN_LENGTH,
): CopiedRun[] {
  const sourceRuns = new Set<string>();
  for (const source of sources) {
    const words = normaliseWords(source);
    for (let index = 0; index + runLength <= words.length; index++) {
      sourceRuns.add(words.slice(index, index + runLength).join(" "));
    }
  }
  const copied: CopiedRun[] = [];
  for (const { file, field, text } of prose) {
    const words = normaliseWords(text);
    for (let index = 0; index + runLength <= words.length; index++) {
      const run = words.slice(index, index + runLength).join(" ");
      if (sourceRuns.has(run)) {
        copied.push({ file, field, words: run });
        break;
      }
    }
  }
  return copied;
}

/**
 * The text of a rendered body without what it quotes on purpose: blockquotes,
 * and titles of publications set in italics (only titles the content knows).
 */
function textWithoutQuotes(html: string, knownTitles: readonly string[]): string {
  return html
    .replace(/<blockquote[\s\S]*?<\/blockquote>/g, " ")
    .replace(/<em>([\s\S]*?)<\/em>/g, (emphasis, inner: string) => {
      const words = normaliseWords(inner).join(" ");
      return knownTitles.some((title) => title.includes(words)) ? " " : emphasis;
    })
    .replace(/<[^>]+>/g, " ")
    .replace(/&[#\w]+;/g, " ");
}

/**
 * All prose we wrote ourselves. Left out are what is quoted on purpose: the
 * quotations (citaten, a criterion's citaat), titles of sources and
 * publications, and the title each source gave a municipality.
 */
export function proseOf(content: SiteContent): ProseText[] {
  const knownTitles = [...content.sources.map((source) => source.titel), ...content.cohorts.map((cohort) => cohort.publicatie)].map(
    (title) => normaliseWords(title).join(" "),
  );
  const textOf = (html: string) => textWithoutQuotes(html, knownTitles);
  const texts: ProseText[] = [];
  const add = (file: string, field: string, text: string | undefined) => {
    if (text) texts.push({ file, field, text });
  };
  for (const municipality of content.municipalities) {
    const where = `gemeenten/${municipality.slug}.md`;
    add(where, "samenvatting", municipality.samenvatting);
    add(where, "tekst", textOf(municipality.html));
    municipality.criteria.forEach((criterion, index) => add(where, `criteria[${index}].toelichting`, criterion.toelichting));
    municipality.voorbeelden.forEach((example, index) => add(where, `voorbeelden[${index}].beschrijving`, example.beschrijving));
  }
  for (const cohort of content.cohorts) {
    const where = `cohorten/${cohort.id}.md`;
    add(where, "samenvatting", cohort.samenvatting);
    add(where, "tekst", textOf(cohort.html));
    cohort.data.forEach((keyDate, index) => add(where, `data[${index}].omschrijving`, keyDate.omschrijving));
  }
  for (const criterion of content.criteria) {
    add(`criteria/${criterion.id}.md`, "omschrijving", criterion.omschrijving);
    add(`criteria/${criterion.id}.md`, "tekst", textOf(criterion.html));
  }
  for (const lessons of content.lessons) {
    add(`lessen/${lessons.id}.md`, "samenvatting", lessons.samenvatting);
    add(`lessen/${lessons.id}.md`, "tekst", textOf(lessons.html));
  }
  for (const source of content.sources) add(`bronnen/${source.id}.md`, "tekst", textOf(source.html));
  for (const theme of content.themes) add(`themas/${theme.id}.md`, "omschrijving", theme.omschrijving);
  return texts;
}

/** Where the source texts are: SOURCES_DIR, or the shared folder beside the project. */
export function sourcesDirectory(): string {
  return path.resolve(process.env.SOURCES_DIR ?? path.join(process.cwd(), "..", "shared", "sources"));
}

export type SourceCheck =
  /** The folder is not there (as on GitHub): nothing to compare with, which is not a mistake in the content. */
  | { checked: false; note: string }
  | { checked: true; sourceCount: number; problems: ContentProblem[] };

/**
 * Compares all our prose with the source texts (`*.txt`) in `sourcesDir`.
 * A missing folder is reported in one line and passes; a folder without
 * source texts, or prose that shares a run of words with one, is a problem.
 */
export function checkOwnWords(content: SiteContent, contentDir: string, sourcesDir: string = sourcesDirectory()): SourceCheck {
  if (!fs.existsSync(sourcesDir)) {
    return {
      checked: false,
      note: `Eigen woorden niet gecontroleerd: de map met bronteksten ${sourcesDir} ontbreekt (wijs een andere map aan met SOURCES_DIR).`,
    };
  }
  const sources = fs
    .readdirSync(sourcesDir)
    .filter((name) => name.endsWith(".txt"))
    .map((name) => fs.readFileSync(path.join(sourcesDir, name), "utf8"));
  const displayPath = (file: string) => path.relative(process.cwd(), path.join(contentDir, file)) || file;
  if (sources.length === 0) {
    return {
      checked: true,
      sourceCount: 0,
      problems: [
        {
          file: path.relative(process.cwd(), sourcesDir) || sourcesDir,
          message: "deze map met bronteksten bevat geen .txt-bestanden. Zet de bronteksten erin, of wijs met SOURCES_DIR de juiste map aan.",
        },
      ],
    };
  }
  const problems = findCopiedRuns(proseOf(content), sources).map(
    (run): ContentProblem => ({
      file: displayPath(run.file),
      ...(run.field ? { field: run.field } : {}),
      message: `deze tekst deelt ${COPY_RUN_LENGTH} woorden op een rij met een brontekst ('${run.words}'). Schrijf het in eigen woorden, of neem het op als citaat met spreker en bron.`,
    }),
  );
  return { checked: true, sourceCount: sources.length, problems };
}
