import fs from "node:fs";

/**
 * Debian's Chromium, as the browser tests and the benchmark launch it: never a
 * downloaded browser. CHROMIUM_PATH points to another Chromium binary.
 */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

/** What to do when CHROMIUM_PATH has no browser, in Dutch; null when it has one. */
export function missingChromium(): string | null {
  if (fs.existsSync(CHROMIUM_PATH)) return null;
  return `Geen Chromium gevonden op ${CHROMIUM_PATH}. Installeer het met 'sudo apt-get update && sudo apt-get install -y chromium', of wijs met CHROMIUM_PATH=/pad/naar/chromium een andere Chromium aan.`;
}

/** Headless, and nothing that reaches the network by itself. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];
