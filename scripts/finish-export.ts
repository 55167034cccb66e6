/**
 * After `next build`, on the exported site:
 * 1. The 404 page. The App Router always writes its own not-found page to
 *    404.html, over a Pages Router 404, and that one loads the framework. The
 *    site's 404 is the document page pages/niet-gevonden.tsx: it is copied to
 *    404.html (and 404/index.html), which static hosts serve for unknown
 *    addresses, and its own folder goes, as does the App Router's unused one.
 * 2. Every HTML page gets the site's script policy as a <meta>, for hosts
 *    that send no headers (GitHub Pages), and a page with an inline script
 *    stops the build: the policy would refuse it (lib/hosting/csp.ts).
 * 3. /.well-known/security.txt from the owner settings, only when
 *    CONTACT_EMAIL is set: RFC 9116 requires a contact, and a route handler
 *    would always write its file. Its Expires counts from this build.
 * Usage: tsx scripts/finish-export.ts [siteDir]   (default: out)
 */
import fs from "node:fs";
import path from "node:path";
import { withScriptPolicy } from "../lib/hosting/csp";
import { securityTxt } from "../lib/hosting/security-txt";
import { absoluteUrl, NOT_FOUND_PAGE, routes } from "../lib/site";
import { siteOwner } from "../lib/hosting/site-owner";

const siteDir = path.resolve(process.argv[2] ?? "out");

const notFound = path.join(siteDir, NOT_FOUND_PAGE, "index.html");
if (!fs.existsSync(notFound)) {
  console.error(`${notFound} ontbreekt: de 404-pagina (pages${NOT_FOUND_PAGE}.tsx) is niet gebouwd.`);
  process.exit(1);
}
fs.copyFileSync(notFound, path.join(siteDir, "404.html"));
fs.mkdirSync(path.join(siteDir, "404"), { recursive: true });
fs.copyFileSync(notFound, path.join(siteDir, "404", "index.html"));
for (const unused of [NOT_FOUND_PAGE, "/_not-found"]) fs.rmSync(path.join(siteDir, unused), { recursive: true, force: true });

const pages = fs.readdirSync(siteDir, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith(".html"));
const problems: string[] = [];
for (const page of pages) {
  const file = path.join(siteDir, page);
  try {
    fs.writeFileSync(file, withScriptPolicy(fs.readFileSync(file, "utf8")));
  } catch (error) {
    problems.push(`${file}: ${error instanceof Error ? error.message : String(error)}`);
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}

const security = securityTxt(siteOwner(), new Date(), absoluteUrl(routes.securityTxt));
if (security) {
  const file = path.join(siteDir, routes.securityTxt);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, security);
}
console.log(
  `404-pagina op zijn plek en scriptbeleid in ${pages.length} pagina's (${path.relative(process.cwd(), siteDir) || "."})` +
    (security ? `; ${routes.securityTxt} geschreven` : `; geen ${routes.securityTxt}: CONTACT_EMAIL is niet gezet`),
);
