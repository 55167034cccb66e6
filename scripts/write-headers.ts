/**
 * npm run headers, and part of npm run build before `next build` copies
 * public/ into the site: writes public/_headers and docs/nginx.conf from
 * lib/hosting/http-headers.ts. Both are committed; a unit test fails when they are
 * out of date.
 * Usage: tsx scripts/write-headers.ts
 */
import fs from "node:fs";
import { HEADERS_FILE, headersFile, NGINX_FILE, nginxConfig } from "../lib/hosting/http-headers";

// Only a changed file is written: both are committed, and a build leaves them as they are when current.
for (const [file, text] of [
  [HEADERS_FILE, headersFile()],
  [NGINX_FILE, nginxConfig()],
] as const) {
  if (!fs.existsSync(file) || fs.readFileSync(file, "utf8") !== text) fs.writeFileSync(file, text);
}
console.log(`Headers geschreven: ${HEADERS_FILE} en ${NGINX_FILE} (uit lib/hosting/http-headers.ts)`);
