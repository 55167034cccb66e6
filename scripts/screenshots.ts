/**
 * npm run screenshots — the reader's view of the built site (out/) at phone and
 * desktop widths, in both colour schemes, for documentation and review. Writes
 * docs/afbeeldingen/lezer/<page>-<width>-<scheme>.png. Not a test: look at them.
 */
import fs from "node:fs";
import path from "node:path";
import { chromium } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./chromium";
import { serveSite } from "./serve-site";

const PORT = 4192;
const OUTPUT = "docs/afbeeldingen/lezer";
const WIDTHS = [320, 390, 1280];
const SCHEMES = ["light", "dark"] as const;
/** The whole profile and comparison; the first screen of the listing. */
const PAGES = [
  { name: "profiel-ede", path: "/gemeenten/ede/", fullPage: true },
  { name: "gemeenten", path: "/gemeenten/", fullPage: false },
  { name: "vergelijk", path: "/vergelijk/?gemeenten=ede,zaanstad,oss", fullPage: true },
];

const server = await serveSite("out", PORT);
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  fs.mkdirSync(OUTPUT, { recursive: true });
  for (const { name, path: pagePath, fullPage } of PAGES) {
    for (const width of WIDTHS) {
      for (const colorScheme of SCHEMES) {
        const page = await browser.newPage({ viewport: { width, height: width < 800 ? 780 : 900 }, colorScheme });
        await page.goto(`http://127.0.0.1:${PORT}${pagePath}`, { waitUntil: "networkidle" });
        const file = path.join(OUTPUT, `${name}-${width}-${colorScheme === "light" ? "licht" : "donker"}.png`);
        await page.screenshot({ path: file, fullPage });
        console.log(file);
        await page.close();
      }
    }
  }
} finally {
  await browser.close();
  server.kill();
}
