import fs from "node:fs";
import path from "node:path";

/**
 * A built site read from disk, as the static server serves it: what a check
 * of the files needs (the pages, their HTML, their elements, whether an
 * address exists) without a browser or a server. Each page is parsed once.
 */
export type BuiltSite = {
  /** The origin the site's absolute addresses use (SITE_URL at build time). */
  origin: string;
  /** Every page in the sitemap, as paths with the base path. */
  sitemapPaths: string[];
  /** A path that no page has: the server answers it with the 404 page. */
  missingPath: string;
  /** The file the server answers a path with, or null (a 404). */
  fileFor(pathname: string): string | null;
  /** The text the server answers a path with: the 404 page for missingPath, an error for any other path without a file. */
  text(pathname: string): string;
  /** The parsed page, without its scripts running (with the DOMParser of the test environment, jsdom). */
  document(pathname: string): Document;
  /** The ids in a page's HTML or an SVG file, or null if the path has neither. */
  ids(pathname: string): Set<string> | null;
};

/** Opens the site in `root` (out/ by default, or SITE_DIR) served from `basePath`. */
export function openBuiltSite(root = process.env.SITE_DIR ?? "out", basePath = ""): BuiltSite {
  const siteDir = path.resolve(root, `.${basePath}`);
  const sitemapFile = path.join(siteDir, "sitemap.xml");
  if (!fs.existsSync(sitemapFile)) {
    throw new Error(`${sitemapFile} ontbreekt: bouw de site eerst (npm run build, of npm run build:variant voor de variant).`);
  }
  const locations = [...fs.readFileSync(sitemapFile, "utf8").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1] ?? ""));
  const notFoundFile = path.join(siteDir, "404.html");
  const missingPath = `${basePath}/bestaat-niet/`;
  const rootDir = path.resolve(root);

  /** Like `serve` (the test server and `npm start`): a folder's index.html, a file, or the file with .html added. */
  function fileFor(pathname: string): string | null {
    const relative = decodeURIComponent(pathname);
    if (!relative.startsWith(`${basePath}/`)) return null;
    const file = path.join(rootDir, relative);
    // A path that climbs out of the site (/..%2F..) has no file there, whatever lies outside.
    if (!file.startsWith(`${rootDir}${path.sep}`)) return null;
    const candidates = relative.endsWith("/") ? [path.join(file, "index.html")] : [file, `${file}.html`, path.join(file, "index.html")];
    return candidates.find((candidate) => fs.existsSync(candidate) && fs.statSync(candidate).isFile()) ?? null;
  }

  const textByPath = new Map<string, string>();
  function text(pathname: string): string {
    if (!textByPath.has(pathname)) {
      // Never the 404 page in place of a page that should exist: its checks would pass for the missing one.
      const file = pathname === missingPath ? notFoundFile : fileFor(pathname);
      if (file === null) throw new Error(`${pathname} heeft geen bestand in ${siteDir}`);
      textByPath.set(pathname, fs.readFileSync(file, "utf8"));
    }
    return textByPath.get(pathname) ?? "";
  }

  const documents = new Map<string, Document>();
  function document(pathname: string): Document {
    const parsed = documents.get(pathname) ?? new DOMParser().parseFromString(text(pathname), "text/html");
    documents.set(pathname, parsed);
    return parsed;
  }

  const idsByPath = new Map<string, Set<string> | null>();
  function ids(pathname: string): Set<string> | null {
    if (!idsByPath.has(pathname)) {
      const file = fileFor(pathname);
      idsByPath.set(
        pathname,
        file?.endsWith(".html") || file?.endsWith(".svg")
          ? new Set([...text(pathname).matchAll(/\sid="([^"]+)"/g)].map((match) => match[1] ?? ""))
          : null,
      );
    }
    return idsByPath.get(pathname) ?? null;
  }

  return {
    origin: locations[0]?.origin ?? "",
    sitemapPaths: locations.map((location) => location.pathname),
    missingPath,
    fileFor,
    text,
    document,
    ids,
  };
}
