import { todaysMunicipalities } from "../../lib/maps/today";
import { nearbyAnswers } from "../../lib/nearby/answers";
import { provinceSlug } from "../../lib/pages/nearby-page";
import { routes } from "../../lib/site";
import type { Page } from "@playwright/test";
import { siteContent } from "./content-samples";
import { expect, expectNoAxeViolations, test } from "./fixtures";

const nearestOf = (municipality: (typeof answers)[number]) => {
  const [answer] = municipality.answers;
  if (answer?.kind !== "dichtbij") throw new Error(`${municipality.name} heeft een eigen Gouden Gemeente.`);
  return answer.nearest;
};

/**
 * "Bij u in de buurt" without JavaScript, as a search engine or a reader with scripts off gets it: from the
 * page of provinces to a province's table of every municipality of today (CBS 2025), each with its answer,
 * and on to a profile. The province is one where the content has both kinds of answer.
 */
const { answers } = nearbyAnswers(siteContent);
const withOwn = answers.find((answer) => answer.answers.some((one) => one.kind !== "dichtbij"));
if (!withOwn) throw new Error("De inhoud heeft geen Gouden Gemeente die de zoeker kan plaatsen.");
const province = withOwn.province;
const withoutOwn = answers.find((answer) => answer.province === province && answer.answers[0]?.kind === "dichtbij");
if (!withoutOwn) throw new Error(`Elke gemeente van ${province} heeft een eigen Gouden Gemeente; de test zoekt er ook een zonder.`);

test("a province's page lists every municipality of today with its answer, without JavaScript", async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(routes.nearby);
  await page.getByRole("link", { name: province, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.nearbyProvince(provinceSlug(province))}$`));
  await expect(page.getByRole("heading", { level: 1, name: `Bij u in de buurt: ${province}` })).toBeVisible();

  const table = page.getByRole("table", { name: `De gemeenten van ${province} en hun Gouden Gemeente` });
  const names = todaysMunicipalities()
    .filter((municipality) => municipality.province === province)
    .map((municipality) => municipality.name);
  await expect(table.getByRole("rowheader")).toHaveText(names);

  const row = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: withoutOwn.name, exact: true }) });
  await expect(row.getByRole("list", { name: "Dichtstbij" }).getByRole("listitem")).toHaveCount(3);
  await expect(row.getByRole("listitem").first()).toHaveText(/, \d+ km$/);
  const own = withOwn.answers.find((one) => one.kind !== "dichtbij");
  if (!own) throw new Error("unreachable: withOwn has an answer of its own");
  const ownRow = table.getByRole("row").filter({ has: page.getByRole("rowheader", { name: withOwn.name, exact: true }) });
  await ownRow.getByRole("link", { name: own.profile.name, exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`${routes.municipality(own.profile.slug)}$`));
  await expect(page.getByRole("heading", { level: 1 })).toContainText(own.profile.name);
  await context.close();
});

/**
 * The finder on /in-de-buurt/: typed, picked from the suggestions, shared as a link, and Back. What it
 * answers comes from the same computation as the province pages, on today's content (which the test
 * reads, never names).
 */
test.describe("the finder", () => {
  const field = (page: Page) => page.getByRole("combobox", { name: "Uw gemeente" });
  // The island's second status, after the field's own (which counts the suggestions): the answer.
  const status = (page: Page) => page.locator('[data-island="in-de-buurt"]').getByRole("status").last();

  test("a typed name offers suggestions; a picked one answers in words, as cards and on a map, in the URL", async ({ page }) => {
    await page.goto(routes.nearby);
    await field(page).fill(withoutOwn.name);
    await expect(field(page)).toHaveAttribute("aria-expanded", "true");
    await page.getByRole("option", { name: withoutOwn.name, exact: true }).click();

    await expect(page).toHaveURL(new RegExp(`\\?gemeente=${withoutOwn.slug}$`));
    const nearest = nearestOf(withoutOwn);
    await expect(status(page)).toContainText(`${withoutOwn.name} is geen Gouden Gemeente.`);
    for (const { profile, km } of nearest) await expect(status(page)).toContainText(`${profile.name} (${km} km)`);
    const answer = page.getByRole("region", { name: `Dichtbij ${withoutOwn.name}` });
    await expect(answer.getByRole("heading", { level: 3 })).toHaveText(nearest.map(({ profile }) => profile.name));
    await expect(answer.getByRole("img", { name: new RegExp(`^Kaart met ${withoutOwn.name}`) })).toBeVisible();
    await expect(field(page)).toHaveValue(withoutOwn.name);
    await expectNoAxeViolations(page);

    await answer.getByRole("link", { name: nearest[0]?.profile.name, exact: true }).click();
    await expect(page.getByRole("heading", { level: 1 })).toContainText(nearest[0]?.profile.name ?? "");
  });

  test("Enter and the arrow keys choose, and Back shows the answer before", async ({ page }) => {
    const own = withOwn.answers.find((one) => one.kind !== "dichtbij");
    if (!own) throw new Error("unreachable: withOwn has an answer of its own");
    await page.goto(routes.nearby);
    // Typed in full, without accents' care or capitals, and sent with Enter.
    await field(page).fill(withoutOwn.name.toUpperCase());
    await field(page).press("Escape");
    await field(page).press("Enter");
    await expect(status(page)).toContainText(`${withoutOwn.name} is geen Gouden Gemeente.`);

    await field(page).fill(withOwn.name);
    await field(page).press("ArrowDown");
    const options = page.getByRole("option");
    await expect(options.first()).toHaveAttribute("aria-selected", "true");
    await expect(field(page)).toHaveAttribute("aria-activedescendant", (await options.first().getAttribute("id")) ?? "");
    const wanted = (await options.allTextContents()).indexOf(withOwn.name);
    expect(wanted, "the typed name is among the suggestions").toBeGreaterThanOrEqual(0);
    for (let step = 0; step < wanted; step += 1) await field(page).press("ArrowDown");
    await expect(options.nth(wanted)).toHaveAttribute("aria-selected", "true");
    await field(page).press("Enter");
    await expect(page).toHaveURL(new RegExp(`\\?gemeente=${withOwn.slug}$`));
    await expect(status(page)).toContainText(own.profile.name);
    await expect(status(page)).not.toContainText("is geen Gouden Gemeente");

    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`\\?gemeente=${withoutOwn.slug}$`));
    await expect(status(page)).toContainText(`${withoutOwn.name} is geen Gouden Gemeente.`);
    await expect(field(page)).toHaveValue(withoutOwn.name);
  });

  test("a shared link answers at once; a misspelt one offers close names; a hostile one only a message", async ({ page }) => {
    await page.goto(`${routes.nearby}?gemeente=${withoutOwn.slug}`);
    await expect(status(page)).toContainText(`${withoutOwn.name} is geen Gouden Gemeente.`);

    // One letter dropped from the middle: a typo, which the finder does not take for the name but offers.
    const typo = withoutOwn.name.slice(0, 3) + withoutOwn.name.slice(4);
    await page.goto(`${routes.nearby}?gemeente=${encodeURIComponent(typo)}`);
    await expect(status(page)).toContainText(`Geen gemeente gevonden voor ‘${typo}’.`);
    await page.getByRole("link", { name: withoutOwn.name, exact: true }).click();
    await expect(status(page)).toContainText(`${withoutOwn.name} is geen Gouden Gemeente.`);

    // A name of two municipalities (CBS data, not content): the finder asks which.
    await page.goto(`${routes.nearby}?gemeente=bergen`);
    await expect(status(page)).toContainText("Meer dan één gemeente heet ‘bergen’. Welke bedoelt u?");
    await page.getByRole("link", { name: "Bergen (L.)", exact: true }).click();
    await expect(page).toHaveURL(/\?gemeente=bergen-l$/);
    await expect(status(page)).toContainText("Bergen (L.)");
    await expect(status(page)).not.toContainText("Welke bedoelt u?");

    let dialogs = 0;
    page.on("dialog", (dialog) => {
      dialogs += 1;
      void dialog.dismiss();
    });
    for (const hostile of ['<img src=x onerror="alert(1)">', "a".repeat(500), "%00%ff", "gemeente=&gemeente="]) {
      await page.goto(`${routes.nearby}?gemeente=${encodeURIComponent(hostile)}`);
      await expect(status(page)).toContainText("Geen gemeente gevonden");
      await expect(page.getByRole("img", { name: /^Kaart met/ })).toHaveCount(0);
    }
    expect(dialogs).toBe(0);

    await page.goto(routes.nearby);
    await field(page).press("Enter");
    await expect(status(page)).toHaveText("Vul de naam van uw gemeente in.");
    await expect(page).toHaveURL(new RegExp(`${routes.nearby}$`));
  });

  test("when a province's answers cannot be fetched, it says so, links the province's page, and the next choice tries again", async ({
    page,
    consoleErrors,
  }) => {
    const neighbour = answers.find((answer) => answer.province === province && answer.slug !== withoutOwn.slug);
    if (!neighbour) throw new Error(`${province} heeft maar één gemeente; de test zoekt er twee.`);
    // Only the first fetch fails.
    await page.route(`**${routes.nearbyAnswers(provinceSlug(province))}`, (route) => route.fulfill({ status: 503, body: "" }), {
      times: 1,
    });
    await page.goto(`${routes.nearby}?gemeente=${withoutOwn.slug}`);
    await expect(status(page)).toContainText(`Het antwoord voor ${withoutOwn.name} kon niet worden geladen.`);
    await expect(status(page).getByRole("link", { name: "pagina van de provincie" })).toHaveAttribute(
      "href",
      routes.nearbyProvince(provinceSlug(province)),
    );
    // The browser's own line about the failed request is the only error.
    expect(consoleErrors).toEqual([expect.stringContaining("503")]);
    consoleErrors.length = 0;

    await field(page).fill(neighbour.name);
    await field(page).press("Escape");
    await field(page).press("Enter");
    await expect(status(page)).toContainText(neighbour.name);
    await expect(status(page)).not.toContainText("kon niet worden geladen");

    await page.goBack();
    await expect(status(page)).toContainText(withoutOwn.name);
    await expect(status(page)).not.toContainText("kon niet worden geladen");
  });
});
