import { parse } from "csv-parse/sync";
import { positionOf } from "../../lib/maps/map";
import { routes } from "../../lib/site";
import { municipalityWithCbsCode, siteContent as content } from "./content-samples";
import { expect, test } from "./fixtures";

test("the open data page offers each download, its licence and a Dataset description that search engines read", async ({ page }) => {
  await page.goto(routes.openData);
  const downloads = page.getByRole("region", { name: "Downloads" });
  const addresses: Record<string, string> = {};
  for (const name of ["gemeenten.csv", "gemeenten-excel.csv", "gemeenten.json", "gemeenten.schema.json"]) {
    addresses[name] = (await downloads.getByRole("link", { name, exact: true }).getAttribute("href")) ?? "";
  }
  await expect(page.getByRole("region", { name: "Licentie en hergebruik" }).getByRole("link", { name: /CC BY 4\.0/ })).toHaveAttribute(
    "href",
    "https://creativecommons.org/licenses/by/4.0/deed.nl",
  );

  // The Excel file, as Dutch Excel splits it: on semicolons, with decimal commas.
  const excel = await (await page.request.get(addresses["gemeenten-excel.csv"] ?? "")).text();
  const [header = [], ...rows] = parse(excel, { bom: true, delimiter: ";" }) as string[][];
  expect(header.slice(0, 5)).toEqual(["slug", "naam", "cbs_code", "cbs_code_2025", "cohort"]);
  expect(rows).toHaveLength(content.municipalities.length);
  const sample = municipalityWithCbsCode();
  const row = rows.find((cells) => cells[0] === sample.slug);
  expect(row?.[2]).toBe(sample.cbs_code);
  expect(row?.[header.indexOf("lat")]).toMatch(new RegExp(`^${Math.trunc(positionOf(sample).lat)},\\d+$`));

  // Served as CSV, so that a browser offers to open it in a spreadsheet.
  expect((await page.request.get(addresses["gemeenten.csv"] ?? "")).headers()["content-type"]).toContain("text/csv");
  const json = await (await page.request.get(addresses["gemeenten.json"] ?? "")).json();
  const schema = await (await page.request.get(addresses["gemeenten.schema.json"] ?? "")).json();
  expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
  expect(json.licentie.url).toBe("https://creativecommons.org/licenses/by/4.0/deed.nl");
  expect(Date.parse(json.gebouwd_op)).not.toBeNaN();

  const dataset = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}");
  expect(dataset["@type"]).toBe("Dataset");
  expect(dataset.dateModified).toBe(json.gebouwd_op);
  expect(dataset.distribution.map((download: { contentUrl: string }) => new URL(download.contentUrl).pathname)).toEqual([
    addresses["gemeenten.json"],
    addresses["gemeenten.csv"],
    addresses["gemeenten-excel.csv"],
  ]);
});
