/**
 * The time from a real (trusted) click on a cohort filter of the listing to
 * the frame that shows the updated list: ten clicks, alternating on and off,
 * measured with the Event Timing API as INP measures it. The API reports only
 * events of 16 ms or more, so a shorter click counts as 16.
 */
import type { Browser } from "@playwright/test";
import { routes } from "../../lib/site";

export const CLICKS = 10;

export async function filterClickMs(browser: Browser, origin: string, cohortLabel: string): Promise<number[]> {
  const page = await browser.newPage();
  await page.goto(`${origin}${routes.municipalities}`, { waitUntil: "networkidle" });
  // Wait for hydration: until then the filter fieldset is disabled.
  await page.waitForFunction(() => document.querySelector<HTMLFieldSetElement>('[role="search"] fieldset')?.disabled === false);
  await page.evaluate(() => {
    const events: { name: string; duration: number }[] = [];
    Object.assign(window, { benchEvents: events });
    const observing: PerformanceObserverInit & { durationThreshold: number } = { type: "event", durationThreshold: 16 };
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) events.push({ name: entry.name, duration: entry.duration });
    }).observe(observing);
  });
  const checkbox = page.getByRole("checkbox", { name: cohortLabel, exact: true });
  const timings: number[] = [];
  for (let run = 0; run < CLICKS; run++) {
    const before = await page.getByRole("status").first().textContent();
    await page.evaluate(() => {
      (window as unknown as { benchEvents: unknown[] }).benchEvents.length = 0;
    });
    await checkbox.click();
    await page.waitForFunction((text) => document.querySelector('[role="status"]')?.textContent !== text, before);
    await page.waitForTimeout(300);
    timings.push(
      await page.evaluate(() => {
        const events = (window as unknown as { benchEvents: { name: string; duration: number }[] }).benchEvents;
        return Math.max(
          16,
          ...events.filter((event) => ["pointerdown", "pointerup", "click"].includes(event.name)).map((event) => event.duration),
        );
      }),
    );
  }
  await page.close();
  return timings;
}
