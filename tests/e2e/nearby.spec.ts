import { todaysMunicipalities } from "../../lib/maps/today";
import { nearbyAnswers } from "../../lib/nearby/answers";
import { provinceSlug } from "../../lib/pages/nearby-page";
import { routes } from "../../lib/site";
import { siteContent } from "./content-samples";
import { expect, test } from "./fixtures";

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
