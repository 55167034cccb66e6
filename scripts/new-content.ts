/**
 * npm run content:new — creates a correctly named content file from a
 * commented template:
 *   npm run content:new -- gemeente "Naam" --cohort 2019
 *   npm run content:new -- cohort 2019
 * It never overwrites a file and checks the name first.
 */
import fs from "node:fs";
import path from "node:path";
import slugify from "@sindresorhus/slugify";
import { contentDirectory } from "../lib/content/load";
import { SLUG_PATTERN } from "../lib/content/schema";

const USAGE = [
  "Gebruik:",
  '  npm run content:new -- gemeente "Naam van de gemeente" --cohort 2019',
  "  npm run content:new -- cohort 2019",
].join("\n");

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(1);
}

function fillTemplate(name: string, values: Record<string, string>): string {
  const template = fs.readFileSync(path.join(import.meta.dirname, "templates", `${name}.md`), "utf8");
  return template.replaceAll(/\{\{(\w+)\}\}/g, (_, key: string) => values[key] ?? "");
}

function create(file: string, text: string): void {
  if (fs.existsSync(file)) fail(`${path.relative(process.cwd(), file)} bestaat al. Er is niets overschreven.`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text, { flag: "wx" });
  console.log(`Aangemaakt: ${path.relative(process.cwd(), file)}\nVul de velden in en controleer met: npm run content:check`);
}

function isYear(value: string | undefined): value is string {
  return value !== undefined && /^(19|20)\d{2}$/.test(value);
}

const [kind, ...rest] = process.argv.slice(2);
const contentDir = contentDirectory();

if (kind === "cohort") {
  const [year] = rest;
  if (!isYear(year)) fail(`'${year ?? ""}' is geen jaartal. Geef het jaar van het cohort, bijvoorbeeld 2019.`);
  create(path.join(contentDir, "cohorten", `${year}.md`), fillTemplate("cohort", { jaar: year }));
} else if (kind === "gemeente") {
  const cohortIndex = rest.indexOf("--cohort");
  const cohort = cohortIndex >= 0 ? rest[cohortIndex + 1] : undefined;
  const name = rest
    .filter((_, index) => cohortIndex < 0 || (index !== cohortIndex && index !== cohortIndex + 1))
    .join(" ")
    .trim();
  if (!name) fail("Geef de naam van de gemeente tussen aanhalingstekens.");
  if (/["#:{}[\]]/.test(name)) fail(`De naam '${name}' bevat een teken dat niet in een naam hoort (" # : { } [ ]).`);
  if (!isYear(cohort)) fail("Geef het cohort met --cohort gevolgd door het jaar, bijvoorbeeld --cohort 2019.");
  const slug = slugify(name);
  if (!SLUG_PATTERN.test(slug)) fail(`Van de naam '${name}' is geen bestandsnaam te maken. Gebruik de naam zoals de bron hem schrijft.`);
  create(path.join(contentDir, "gemeenten", `${slug}.md`), fillTemplate("gemeente", { naam: name, cohort }));
  if (!fs.existsSync(path.join(contentDir, "cohorten", `${cohort}.md`))) {
    console.log(`Let op: het cohort ${cohort} bestaat nog niet. Maak het aan met: npm run content:new -- cohort ${cohort}`);
  }
} else {
  fail(kind ? `Onbekende soort '${kind}'. Kies 'gemeente' of 'cohort'.` : "Zeg wat u wilt aanmaken.");
}
