/**
 * The generated profiles of the benchmark's big site: a copy of the content
 * with extra profiles written beside the real ones. Every value a profile
 * refers to (criteria, cohort years, a source, a province, a theme) is taken
 * from the real content, so that the generated files pass the content check
 * whatever the content holds. "Benchmarkgemeente N" is no municipality of 2017,
 * so it needs no CBS code (lib/content/schema.ts).
 */
import fs from "node:fs";
import path from "node:path";
import { loadContent } from "../../lib/content/load";
import { writeContentFile } from "../../lib/content/file-form";
import { NETHERLANDS_BOUNDS, type SiteContent } from "../../lib/content/schema";

/** How many profiles the big site adds to the real ones. */
export const GENERATED_PROFILES = 1000;

/** The values of the real content a generated profile uses. */
export type GeneratedValues = {
  criteria: string[];
  cohorts: number[];
  source: string;
  province: string;
  theme: string;
};

export function generatedValues(content: SiteContent): GeneratedValues {
  const [first] = content.municipalities;
  const [source] = content.sources;
  // The content check refuses a site without profiles or sources, so this only guards the types.
  if (!first || !source) throw new Error("bench: de inhoud heeft geen gemeenten of bronnen om profielen van af te leiden");
  const usedThemes = new Set(
    content.municipalities.flatMap((municipality) => municipality.voorbeelden.flatMap((example) => example.themas)),
  );
  // A theme the real examples use, so that the generated examples join an existing facet.
  const theme = content.themes.find(({ id }) => usedThemes.has(id)) ?? content.themes[0];
  if (!theme) throw new Error("bench: de inhoud heeft geen thema's voor de voorbeelden");
  return {
    criteria: content.criteria.map((criterion) => criterion.id),
    cohorts: content.cohorts.map((cohort) => cohort.jaar),
    source: source.id,
    province: first.provincie,
    theme: theme.id,
  };
}

/**
 * Profile number `index` (from 1): most criteria, the cohorts in turn, a place that moves across the country,
 * and `examples` practice examples, each a page of its own.
 */
export function generatedProfile(index: number, values: GeneratedValues, examples = 1): { file: string; text: string } {
  const { minLat, maxLat, minLon, maxLon } = NETHERLANDS_BOUNDS;
  // Every third criterion is left out, shifting with the index; never all of them, so that a filter has work to do.
  const chosen = values.criteria.filter((_, criterion) => values.criteria.length === 1 || (index + criterion) % 3 !== 0);
  const cohort = values.cohorts[index % values.cohorts.length];
  const degrees = (min: number, max: number, steps: number) => (min + 0.1 + ((index % steps) / steps) * (max - min - 0.2)).toFixed(4);
  const name = `Benchmarkgemeente ${index}`;
  // In the one form of a content file, as the content check demands.
  const text = writeContentFile(
    "gemeenten",
    {
      naam: name,
      cohort,
      provincie: values.province,
      locatie: { lat: Number(degrees(minLat, maxLat, 200)), lon: Number(degrees(minLon, maxLon, 250)) },
      titel: `Gegenereerd profiel ${index}`,
      samenvatting: `Een gegenereerd profiel voor de benchmark, nummer ${index}.`,
      criteria: chosen.map((id) => ({ id, toelichting: "Een gegenereerde toelichting voor de benchmark." })),
      voorbeelden: Array.from({ length: examples }, (_, example) => ({
        id: `voorbeeld-${index}-${example + 1}`,
        naam: `Voorbeeld ${index}.${example + 1}`,
        beschrijving: `Een gegenereerd voorbeeld uit de praktijk voor de benchmark, nummer ${index}.${example + 1}.`,
        themas: [values.theme],
      })),
      bronnen: [values.source],
    },
    "## Over dit profiel\n\nGegenereerde tekst voor de benchmark.\n",
  );
  return { file: `benchmarkgemeente-${index}.md`, text };
}

/** A copy of `sourceDir` with `count` generated profiles of `examples` practice examples each added, in `contentDir` (emptied first). */
export function generateContent(sourceDir: string, contentDir: string, count: number, examples = 1): void {
  const values = generatedValues(loadContent(sourceDir));
  fs.rmSync(contentDir, { recursive: true, force: true });
  fs.cpSync(sourceDir, contentDir, { recursive: true });
  for (let index = 1; index <= count; index++) {
    const { file, text } = generatedProfile(index, values, examples);
    fs.writeFileSync(path.join(contentDir, "gemeenten", file), text);
  }
}
