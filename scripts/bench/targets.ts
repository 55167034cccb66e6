/**
 * The benchmark's targets in one table: what each asks and how the report
 * judges it. The report says met or not met; nothing here is asserted as a
 * test. targetsTable() renders the table for docs/benchmark.md (a unit test
 * keeps the two equal).
 */
import { count, KB, kb, median, withSpread } from "./figures";
import { GENERATED_PROFILES } from "./generate";
import { LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_RUNS } from "./lighthouse";
import type { BenchResults } from "./results";
import type { PageWeight } from "./weigh";

/** One judgement: of a page or of the whole site; `met` is undefined where a figure is only stated, or was not measured. */
export type Outcome = { subject: string; figure: string; met: boolean | undefined };

export type Target = {
  /** What the target asks, as the report prints it. */
  text: string;
  /** How the figure is measured and judged. */
  judged: string;
  judge: (results: BenchResults) => Outcome[];
};

const ISLAND_SCRIPT_LIMIT = 15 * KB;
const DOCUMENT_SCRIPT_LIMIT = 2 * KB;
const HTML_LIMIT = 14 * KB;
const PAGE_HTML_LIMIT = 8 * KB;
const FINDER_LIMIT = 15 * KB;
/** The finder's island (islands/in-de-buurt.ts) and the path of its bundle. */
const FINDER = "in-de-buurt";
const FINDER_SCRIPT = `/js/islands/${FINDER}.js`;
const FONT_LIMIT = 60 * KB;
const CLICK_LIMIT_MS = 50;
const BLOCKING_LIMIT_MS = 50;
const BUILD_LIMIT_MS = 15;
const EXAMPLE_BUILD_LIMIT_MS = 25;
/** The measured pages held to PAGE_HTML_LIMIT: the largest of each kind (index.ts). */
const SMALL_PAGES = ["profiel", "voorbeeld", "thema"];

/** "1.000" */
const generated = count(GENERATED_PROFILES);

const islandPages = (results: BenchResults) => results.weights.filter((weight) => weight.kind === "eiland");
const documentPages = (results: BenchResults) => results.weights.filter((weight) => weight.kind === "document");
const notMeasured = (subject: string): Outcome => ({ subject, figure: "niet gemeten (--skip-lighthouse)", met: undefined });
const gz = (bytes: number) => `${kb(bytes)} KB gz`;

/** The Lighthouse runs of a page, or an outcome saying they were skipped. */
function withRuns(results: BenchResults, weight: PageWeight, judge: (runs: NonNullable<BenchResults["lighthouse"]>[string]) => Outcome) {
  const runs = results.lighthouse?.[weight.path];
  return runs?.length ? judge(runs) : notMeasured(weight.path);
}

export const TARGETS: readonly Target[] = [
  {
    text: "Eilandpagina's: geen script uit /_next/ en geen self.__next_f",
    judged: "In Chromium: geen geladen of in de HTML genoemd script uit /_next/, en de HTML bevat geen self.__next_f.",
    judge: (results) =>
      islandPages(results).map((weight) => ({
        subject: weight.path,
        figure: [
          weight.nextScripts.length ? weight.nextScripts.join(", ") : "geen /_next/",
          weight.nextFlight ? "self.__next_f aanwezig" : "geen self.__next_f",
        ].join("; "),
        met: weight.nextScripts.length === 0 && !weight.nextFlight,
      })),
  },
  {
    text: "Eilandpagina's: hoogstens 15 KB gz script in totaal (Pagefind apart)",
    judged:
      "De gzip-grootte van alle scripts die de pagina in Chromium laadt (eiland, list-flag.js, page-actions.js) opgeteld, zonder de bestanden uit /pagefind/; 1 KB = 1.024 bytes.",
    judge: (results) =>
      islandPages(results).map((weight) => ({
        subject: weight.path,
        figure: gz(weight.scriptGzip) + (weight.pagefind.files.length ? `; Pagefind apart ${gz(weight.pagefind.gzip)}` : ""),
        met: weight.scriptGzip <= ISLAND_SCRIPT_LIMIT,
      })),
  },
  {
    text: "Eilandpagina's: Lighthouse-performance (mobiel) 100, geen run onder 98",
    judged: `Mediaan van ${LIGHTHOUSE_RUNS} Lighthouse-runs (mobiel) is 100 en de laagste run is minstens 98.`,
    judge: (results) =>
      islandPages(results).map((weight) =>
        withRuns(results, weight, (runs) => {
          const scores = runs.map((run) => run.scores.performance);
          return { subject: weight.path, figure: withSpread(scores), met: median(scores) === 100 && Math.min(...scores) >= 98 };
        }),
      ),
  },
  {
    text: "Eilandpagina's: total blocking time onder 50 ms",
    judged: `Lighthouse-audit total-blocking-time (numericValue, gesimuleerd mobiel), mediaan van ${LIGHTHOUSE_RUNS} runs onder 50 ms.`,
    judge: (results) =>
      islandPages(results).map((weight) =>
        withRuns(results, weight, (runs) => {
          const times = runs.map((run) => run.totalBlockingTimeMs);
          return { subject: weight.path, figure: withSpread(times, " ms"), met: median(times) < BLOCKING_LIMIT_MS };
        }),
      ),
  },
  {
    text: `Filterklik tot bijgewerkte lijst hoogstens 50 ms met ${generated} profielen`,
    judged: `Tien echte klikken op een cohortfilter van /gemeenten/ (aan, uit, …) op de site met ${generated} gegenereerde profielen extra; Event Timing van invoer tot het beeld met de nieuwe lijst (minstens 16 ms), de mediaan.`,
    judge: ({ filterClick }) => [
      {
        subject: `${count(filterClick.profiles)} profielen`,
        figure: withSpread(filterClick.runs, " ms"),
        met: filterClick.medianMs <= CLICK_LIMIT_MS,
      },
    ],
  },
  {
    text: "HTML van elke pagina hoogstens 14 KB gz, behalve het overzicht en de voorbeelden",
    judged:
      "Elke pagina van de registry (allPagePaths()) zoals gebouwd met de echte inhoud, gzip van index.html; de grootste telt. Het overzicht en de voorbeelden (de gefilterde lijsten van alles) tellen niet mee.",
    judge: ({ html }) => {
      const held = html.filter((page) => !page.listsEverything);
      const largest = held.toSorted((a, b) => b.gzip - a.gzip)[0];
      const over = held.filter((page) => page.gzip > HTML_LIMIT).map((page) => page.path);
      return [
        {
          subject: `${held.length} pagina's`,
          figure: largest ? `grootste ${gz(largest.gzip)} (${largest.path})${over.length ? `; te groot: ${over.join(", ")}` : ""}` : "-",
          met: held.length > 0 && over.length === 0,
        },
      ];
    },
  },
  {
    text: "Het overzicht en de voorbeelden: de grootte van hun HTML vermeld",
    judged: "Gzip van index.html van de pagina's die alles tonen en filteren (in de registry: listFlag); alleen vermeld, zonder grens.",
    judge: ({ html }) =>
      html
        .filter((page) => page.listsEverything)
        .map((page) => ({ subject: page.path, figure: `${gz(page.gzip)} (${kb(page.bytes)} KB)`, met: undefined })),
  },
  {
    text: "Profielen, praktijkvoorbeelden en thema's: HTML hoogstens 8 KB gz",
    judged:
      "Gzip van de HTML van het grootste profiel, de grootste voorbeeldpagina en de grootste themapagina met de echte inhoud, de pagina's die de benchmark meet.",
    judge: ({ weights }) =>
      SMALL_PAGES.map((name) => {
        const page = weights.find((weight) => weight.name === name);
        return {
          subject: page?.path ?? name,
          figure: page ? gz(page.htmlGzip) : "niet gemeten",
          met: page ? page.htmlGzip <= PAGE_HTML_LIMIT : false,
        };
      }),
  },
  {
    text: "Zoeker 'Bij u in de buurt': eiland en gegevens samen hoogstens 15 KB gz",
    judged:
      "In Chromium: de gzip-grootte van het script van het eiland plus die van zijn gegevens in de HTML (het JSON-blok), elk apart gecomprimeerd. De antwoorden staan in een bestand per provincie, dat pas bij een keuze komt: het grootste wordt vermeld.",
    judge: ({ weights, nearbyAnswerFiles }) =>
      weights
        .filter((weight) => weight.name === FINDER)
        .map((weight) => {
          const island = weight.scripts.find((file) => file.path === FINDER_SCRIPT)?.gzip ?? 0;
          const largest = nearbyAnswerFiles.toSorted((a, b) => b.gzip - a.gzip)[0];
          const total = island + weight.islandDataGzip;
          return {
            subject: weight.path,
            figure: `eiland ${gz(island)} + gegevens ${gz(weight.islandDataGzip)} = ${gz(total)}${largest ? `; grootste antwoordbestand ${gz(largest.gzip)} (${largest.path})` : ""}`,
            met: island > 0 && total <= FINDER_LIMIT,
          };
        }),
  },
  {
    text: "Provinciepagina's van 'Bij u in de buurt': HTML hoogstens 8 KB gz",
    judged: "Gzip van index.html van elke provinciepagina zoals gebouwd met de echte inhoud; de grootste telt.",
    judge: ({ html, nearbyAnswerFiles }) => {
      const provinces = html.filter((page) => nearbyAnswerFiles.some((file) => file.path === `${page.path}antwoorden.json`));
      const largest = provinces.toSorted((a, b) => b.gzip - a.gzip)[0];
      return [
        {
          subject: `${provinces.length} provinciepagina's`,
          figure: largest ? `grootste ${gz(largest.gzip)} (${largest.path})` : "niet gemeten",
          met: largest ? largest.gzip <= PAGE_HTML_LIMIT : false,
        },
      ];
    },
  },
  {
    text: "Documentpagina's: geen framework-JS, alleen het script van de knoppen (hoogstens 2 KB gz)",
    judged: "In Chromium: geen script uit /_next/, geen self.__next_f, en alle geladen scripts samen hoogstens 2 KB gz.",
    judge: (results) =>
      documentPages(results).map((weight) => ({
        subject: weight.path,
        figure: `${weight.scripts.map((file) => file.path).join(", ") || "geen scripts"}: ${gz(weight.scriptGzip)}${weight.nextScripts.length || weight.nextFlight ? "; framework-JS aanwezig" : ""}`,
        met: weight.nextScripts.length === 0 && !weight.nextFlight && weight.scriptGzip <= DOCUMENT_SCRIPT_LIMIT,
      })),
  },
  {
    text: "Documentpagina's: Lighthouse 100 in alle vier categorieën",
    judged: `Mediaan van ${LIGHTHOUSE_RUNS} Lighthouse-runs (mobiel) per categorie: performance, accessibility, best practices, SEO; elk 100.`,
    judge: (results) =>
      documentPages(results).map((weight) =>
        withRuns(results, weight, (runs) => {
          const scores = LIGHTHOUSE_CATEGORIES.map((category) => runs.map((run) => run.scores[category]));
          return {
            subject: weight.path,
            figure: scores.map((values) => withSpread(values)).join(" / "),
            met: scores.every((values) => median(values) === 100),
          };
        }),
      ),
  },
  {
    text: "Eén script-src voor elk pad behalve /admin/, zonder 'unsafe-inline'",
    judged:
      "Het gebouwde _headers-bestand: elke regel met een Content-Security-Policy behalve /admin/* heeft dezelfde script-src, die ook in de <meta>-policy van elke pagina staat, en geen ervan staat 'unsafe-inline' toe.",
    judge: ({ headerPolicies, html }) => {
      const site = headerPolicies.filter((policy) => !policy.rule.startsWith("/admin/"));
      const sources = new Set([
        ...site.map((policy) => policy.scriptSrc),
        ...html.map((page) => page.metaScriptSrc ?? "geen <meta>-policy"),
      ]);
      const inline = [...sources].some((source) => source.includes("'unsafe-inline'"));
      return [
        {
          subject: `${site.length} regel(s), ${html.length} pagina's`,
          figure: [...sources].join(" | ") || "geen policy",
          met: site.length > 0 && sources.size === 1 && !inline,
        },
      ];
    },
  },
  {
    text: "Bouwkosten hoogstens 15 ms per extra profiel",
    judged: `De hele build (buildSite: inhoudscontrole, next build, afwerking, Pagefind) met ${generated} gegenereerde profielen extra min die met de echte inhoud, gedeeld door ${generated}.`,
    judge: ({ build }) => [
      {
        subject: `${count(build.generated)} profielen`,
        figure: `${build.perProfileMs.toFixed(1)} ms (${build.realSeconds.toFixed(1)} s → ${build.generatedSeconds.toFixed(1)} s)`,
        met: build.perProfileMs <= BUILD_LIMIT_MS,
      },
    ],
  },
  {
    text: "Bouwkosten hoogstens 25 ms per extra praktijkvoorbeeld, met zijn pagina en afbeelding",
    judged: `De hele build met ${generated} gegenereerde profielen van elk twee voorbeelden min die met dezelfde profielen van elk één voorbeeld, gedeeld door ${generated}.`,
    judge: ({ build }) => [
      {
        subject: `${count(build.generated)} voorbeelden`,
        figure: `${build.perExampleMs.toFixed(1)} ms (${build.generatedSeconds.toFixed(1)} s → ${build.moreExamplesSeconds.toFixed(1)} s)`,
        met: build.perExampleMs <= EXAMPLE_BUILD_LIMIT_MS,
      },
    ],
  },
  {
    text: "Fonts hoogstens 60 KB",
    judged: "De fonts die elke gemeten pagina in Chromium laadt; de grootste telt.",
    judge: ({ weights }) => {
      const largest = Math.max(0, ...weights.map((weight) => weight.fonts));
      return [{ subject: `${weights.length} pagina's`, figure: `${kb(largest)} KB`, met: largest <= FONT_LIMIT }];
    },
  },
];

/** A table cell: a pipe would end it, and a tag such as <meta> would vanish as HTML. */
const cell = (text: string) => text.replaceAll("|", "\\|").replaceAll("<", "&lt;");

/** The targets as a Markdown table, for docs/benchmark.md. */
export function targetsTable(targets: readonly Target[] = TARGETS): string {
  return ["| Doel | Hoe beoordeeld |", "|---|---|", ...targets.map((target) => `| ${cell(target.text)} | ${cell(target.judged)} |`)].join(
    "\n",
  );
}

/** Where the table is documented, between these two markers (scripts/bench/write-doc.ts writes it there). */
export const BENCHMARK_DOC = "docs/benchmark.md";
export const TABLE_START = "<!-- doelen: begin (tsx scripts/bench/write-doc.ts) -->";
export const TABLE_END = "<!-- doelen: einde -->";
