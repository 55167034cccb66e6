/**
 * Page weights. In Chromium: what each measured page loads for itself
 * (HTML, scripts one by one, CSS, fonts), with Pagefind's files (/pagefind/)
 * apart and any of Next's runtime (/_next/ scripts, self.__next_f) named. From
 * the built folder: every page's HTML (the registry's allPagePaths()) and the
 * script policy the site sends (_headers and each page's <meta>).
 */
import fs from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";

/** A page the benchmark loads in Chromium and runs Lighthouse on. */
export type MeasuredPage = {
  /** How the report names it: "home", "profiel", "criterium", or the page's islands. */
  name: string;
  path: string;
  /** A document page runs no script but the buttons'; an island page hydrates its islands. */
  kind: "document" | "eiland";
};

export type LoadedFile = { path: string; bytes: number; gzip: number };

export type PageWeight = MeasuredPage & {
  html: number;
  htmlGzip: number;
  /** The page's own scripts (islands, list flag, buttons), Pagefind's apart. */
  scripts: LoadedFile[];
  scriptGzip: number;
  /** The islands' data in the HTML (each <script type="application/json" data-island-props>), gzipped apart and summed. */
  islandDataGzip: number;
  /** Everything loaded from /pagefind/ (its UI, worker, WebAssembly, index), and the scripts among it. */
  pagefind: { files: LoadedFile[]; gzip: number; scriptGzip: number };
  /** Scripts from /_next/, loaded or named in the HTML: none on a page without Next's runtime. */
  nextScripts: string[];
  /** Whether the HTML carries Next's App Router payload (self.__next_f). */
  nextFlight: boolean;
  css: number;
  fonts: number;
};

const PAGEFIND = "/pagefind/";
const gzip = (bytes: Buffer) => gzipSync(bytes).length;
const sum = (files: readonly LoadedFile[], key: "bytes" | "gzip") => files.reduce((total, file) => total + file[key], 0);

/** Loads each page once in a fresh tab and weighs what it received. */
export async function pageWeights(browser: Browser, origin: string, pages: readonly MeasuredPage[]): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const measured of pages) {
    const page = await browser.newPage();
    const received: { path: string; type: string; body: Buffer }[] = [];
    const bodies: Promise<void>[] = [];
    page.on("response", (response) => {
      bodies.push(
        response.body().then(
          (body) => void received.push({ path: new URL(response.url()).pathname, type: response.request().resourceType(), body }),
          () => undefined, // a redirect has no body
        ),
      );
    });
    await page.goto(`${origin}${measured.path}`, { waitUntil: "networkidle" });
    await Promise.all(bodies);
    await page.close();

    const of = (type: string, where: (file: string) => boolean) =>
      received
        .filter((file) => file.type === type && where(file.path))
        .map((file) => ({ path: file.path, bytes: file.body.length, gzip: gzip(file.body) }));
    const ownFile = (file: string) => !file.startsWith(PAGEFIND);
    const document = received.find((file) => file.type === "document");
    const html = document?.body.toString("utf8") ?? "";
    const scripts = of("script", ownFile);
    const pagefindFiles = received
      .filter((file) => file.path.startsWith(PAGEFIND))
      .map((file) => ({ path: file.path, bytes: file.body.length, gzip: gzip(file.body) }));
    const namedInHtml = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]*)"/g)].map((match) => new URL(match[1] ?? "", origin).pathname);
    weights.push({
      ...measured,
      html: document?.body.length ?? 0,
      htmlGzip: document ? gzip(document.body) : 0,
      scripts,
      scriptGzip: sum(scripts, "gzip"),
      islandDataGzip: [...html.matchAll(/<script type="application\/json" data-island-props="[^"]*">([\s\S]*?)<\/script>/g)].reduce(
        (total, [, data = ""]) => total + gzip(Buffer.from(data)),
        0,
      ),
      pagefind: {
        files: pagefindFiles,
        gzip: sum(pagefindFiles, "gzip"),
        scriptGzip: sum(
          of("script", (file) => !ownFile(file)),
          "gzip",
        ),
      },
      nextScripts: [...new Set([...scripts.map((file) => file.path), ...namedInHtml].filter((file) => file.startsWith("/_next/")))],
      nextFlight: html.includes("self.__next_f"),
      css: sum(of("stylesheet", ownFile), "bytes"),
      fonts: sum(
        of("font", () => true),
        "bytes",
      ),
    });
  }
  return weights;
}

export type HtmlSize = {
  path: string;
  bytes: number;
  gzip: number;
  /** A filtered list of everything (the listing, the examples index): its size is stated, not held to the limit. */
  listsEverything: boolean;
  /** The script-src of the page's <meta> policy (scripts/finish-export.ts), for hosts without headers. */
  metaScriptSrc: string | undefined;
};

const scriptSrcOf = (policy: string | undefined) =>
  policy
    ?.split(";")
    .map((directive) => directive.trim())
    .find((directive) => directive.startsWith("script-src "));

/** The HTML of every page as built, gzipped as a server would send it. */
export function htmlSizes(siteDir: string, pagePaths: readonly string[], listPaths: readonly string[]): HtmlSize[] {
  return pagePaths.map((pagePath) => {
    const file = fs.readFileSync(path.join(siteDir, pagePath, "index.html"));
    const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(file.toString("utf8"))?.[1];
    return {
      path: pagePath,
      bytes: file.length,
      gzip: gzip(file),
      listsEverything: listPaths.includes(pagePath),
      metaScriptSrc: scriptSrcOf(meta),
    };
  });
}

/** The script-src each path rule of the built _headers file (Netlify / Cloudflare Pages syntax) sets, if it sets a policy. */
export function headerScriptSources(siteDir: string): { rule: string; scriptSrc: string }[] {
  const rules: { rule: string; scriptSrc: string }[] = [];
  let rule = "";
  for (const line of fs.readFileSync(path.join(siteDir, "_headers"), "utf8").split("\n")) {
    if (!line.trim() || line.trimStart().startsWith("#")) continue;
    if (!/^\s/.test(line)) rule = line.trim();
    else if (/^\s+Content-Security-Policy:/i.test(line)) {
      const scriptSrc = scriptSrcOf(line.slice(line.indexOf(":") + 1));
      if (scriptSrc) rules.push({ rule, scriptSrc });
    }
  }
  return rules;
}

/** The finder's answer files in the built folder (one per province; the finder fetches one when a reader chooses). */
export function nearbyAnswerFiles(siteDir: string, filePaths: readonly string[]): LoadedFile[] {
  return filePaths.map((filePath) => {
    const body = fs.readFileSync(path.join(siteDir, filePath));
    return { path: filePath, bytes: body.length, gzip: gzip(body) };
  });
}
