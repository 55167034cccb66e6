import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { expect, test, type Page } from "@playwright/test";
import { parse } from "yaml";
import { checkContentForm } from "@/lib/content/file-form";
import { loadContent } from "@/lib/content/load";
import { renderMarkdown } from "@/lib/content/markdown";
import { criteriaOf } from "@/lib/content/queries";
import { distinctCriterion, distinctSource, newestCohort, regionWithQuotations, years } from "./content-samples";
import { FIXTURE_THEME } from "./cohort-fixture";
import { EDITOR_REPO } from "./editor-repo";

/**
 * The browser editor at /admin/ as an editor uses it: Decap CMS from the
 * built site, logged in through the local backend (decap-server on a Git copy
 * of the content, see editor-backend.ts). The tests share that repository and
 * run in order. Screenshots for docs/redactie.md are taken on the way.
 */
// Filling a long form field by field takes a while in a real browser on two cores.
test.describe.configure({ mode: "serial", timeout: 120_000 });

const SCREENSHOTS = path.resolve("docs", "afbeeldingen");
const git = (...args: string[]) => execFileSync("git", args, { cwd: EDITOR_REPO, encoding: "utf8" });
const editorBranches = () => git("branch", "--list", "cms/*").trim();
const repoFile = (file: string) => path.join(EDITOR_REPO, file);

/** The content the editor starts from: editor-backend.ts copies content/ (not CONTENT_DIR) into its repository. */
const content = loadContent(path.resolve("content"));
/** The profile the tests open and save: a region, whose members must survive the form. */
const region = regionWithQuotations(content);
/** What the new profiles claim and cite, typed into the pick-lists by their labels. */
const criterion = distinctCriterion(content);
const source = distinctSource(content);
/** A cohort that exists, and a new one the tests add after the newest (the two-year rhythm of the cohorts). */
const existingCohort = newestCohort(content);
const newCohort = Math.max(...years(content)) + 2;

async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: path.join(SCREENSHOTS, `redactie-${name}.png`) });
}

/**
 * One editor for every flow, as an editor works: Decap (a 5 MB application) starts once, and each flow
 * opens its route from within. Its questions ("leave this page?", "publish now?") are answered yes, but
 * the offer to restore the local back-up of a form left unsaved earlier is declined: a new form starts
 * empty (once accepted, a flow's form already held the previous flow's pick-list choices).
 */
let page: Page;
test.beforeAll(async ({ browser }, testInfo) => {
  const { baseURL, viewport } = testInfo.project.use;
  page = await browser.newPage({ baseURL, viewport });
  page.on("dialog", (dialog) => void (/lokale back-up/.test(dialog.message()) ? dialog.dismiss() : dialog.accept()));
});
test.afterAll(async () => {
  await page.close();
});

/**
 * Opens a route of the editor: the first time by loading /admin/ and logging in with the local
 * backend, then always from within, through the list of the route's collection, which has no form:
 * what shows next is the route's own form, with the entries as they are now. Never straight from
 * one form to another: Decap then keeps the first form's data (in CI a new profile once opened with
 * the cohort just published in it), and a page.goto to another #route of /admin/ is no reload.
 */
async function openEditor(route: string) {
  const logInButton = page.getByRole("button", { name: "Inloggen" });
  const collectionList = page.getByRole("heading", { name: "Inhoudstypen" });
  const form = page.getByRole("button", { name: /^Opslaan$/ });
  const collection = route.split("/").slice(0, 2).join("/");
  if (new URL(page.url()).pathname.startsWith("/admin/")) await page.evaluate((hash) => (window.location.hash = hash), `#/${collection}`);
  else await page.goto(`/admin/#/${collection}`);
  await expect(logInButton.or(collectionList).first()).toBeVisible({ timeout: 60_000 });
  if (await logInButton.isVisible()) await logInButton.click();
  // Decap asks decap-server for the entries (and Git for their branches): with the other
  // project's browser tests on the second core this took over 20 s once in CI.
  await expect(collectionList).toBeVisible({ timeout: 60_000 });
  await expect(form).toHaveCount(0);
  if (route === collection) return;
  await page.evaluate((hash) => (window.location.hash = hash), `#/${route}`);
  await expect(form).toBeVisible({ timeout: 60_000 });
}

/** A field by its label as Decap shows it: optional fields get "(optioneel)" after it. */
const field = (page: Page, label: string) =>
  page.getByLabel(new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( \\(optioneel\\))?$`)).last();

/** A pick-list (Decap's react-select): type part of an option, take the first match. */
async function choose(page: Page, label: string, text: string) {
  const input = field(page, label);
  await input.click();
  // Typed, as an editor types, but only up to the first space: react-select takes a space typed into a
  // search it has not yet seen as "choose the highlighted option", which under load chose too early.
  await input.pressSequentially(text.split(" ")[0] ?? text);
  await page.getByRole("option").filter({ hasText: text }).first().click();
}

async function writeBody(page: Page, text: string) {
  const body = page.locator('[contenteditable="true"]').last();
  await body.click();
  await page.keyboard.insertText(text);
}

async function fillLast(page: Page, label: string, value: string) {
  await field(page, label).fill(value);
}

/** Save, then set the status to ready and publish: Decap's editorial workflow, as on the Git host. */
async function saveAndPublish(page: Page, screenshotName?: string) {
  await page.getByRole("button", { name: /^Opslaan$/ }).click();
  await expect(page.getByRole("button", { name: "Status: Concept" })).toBeVisible();
  await page.getByRole("button", { name: "Status: Concept" }).click();
  await page.getByRole("menuitem", { name: "Klaar" }).click();
  await expect(page.getByRole("button", { name: "Status: Klaar" })).toBeVisible();
  await page.getByRole("button", { name: "Publiceer", exact: true }).click();
  if (screenshotName) await screenshot(page, screenshotName);
  // Decap then loads the published entry anew (after reloading the media library) and puts it into whichever form is
  // open when it arrives: in CI it came after the next flow had opened a new profile, which then held the cohort's
  // title, text and sources. So the next flow starts once that entry has come back and shows again.
  const reloaded = page.waitForResponse(
    (response) => response.url().endsWith("/api/v1") && response.request().postDataJSON()?.action === "getEntry",
  );
  await page.getByRole("menuitem", { name: "Publiceer nu" }).click();
  await expect(page.getByText("Item gepubliceerd")).toBeVisible();
  await reloaded;
  await expect(page).toHaveURL(/#\/collections\/[^/]+\/entries\/[^/]+$/);
  await expect(page.getByRole("button", { name: /^Opslaan$/ })).toBeVisible({ timeout: 60_000 });
}

/** `latitude`: an override of the marker's position, which a new profile leaves out (its code places it). */
type Profile = { cohort: string; latitude?: string; speaker: string };

/** A new profile with one of each kind of field. */
async function fillMunicipality(page: Page, { cohort, latitude, speaker }: Profile) {
  await page.getByLabel("Naam", { exact: true }).first().fill("Súdwest-Fryslân");
  await choose(page, "Cohort", cohort);
  await choose(page, "Provincie", "Friesland");
  await page.getByLabel("CBS-gemeentecode (2017) (optioneel)", { exact: true }).fill("GM1900");
  if (latitude) {
    await page.getByLabel("Breedtegraad").fill(latitude);
    await page.getByLabel("Lengtegraad").fill("5.6583");
  }
  await page.getByLabel("Titel", { exact: true }).fill("Testprofiel met accenten");
  await page.getByLabel("Samenvatting").fill("Een profiel dat alleen in de tests bestaat.");

  await page.getByRole("button", { name: "Voeg criteria toe" }).click();
  await choose(page, "Criterium", criterion.kort);
  await fillLast(page, "Toelichting", "Een toelichting die alleen in de tests bestaat.");

  await page.getByRole("button", { name: "Voeg voorbeelden uit de praktijk toe" }).click();
  await fillLast(page, "Id", "testvoorbeeld");
  await fillLast(page, "Naam", "Testvoorbeeld");
  await fillLast(page, "Beschrijving", "Een voorbeeld dat alleen in de tests bestaat.");
  await choose(page, "Thema's", "Jeugd");

  await page.getByRole("button", { name: "Voeg personen toe" }).click();
  await fillLast(page, "Naam", "Test Persoon");
  await fillLast(page, "Rol", "wethouder");

  await page.getByRole("button", { name: "Voeg citaten toe" }).click();
  await fillLast(page, "Tekst", "Een citaat dat alleen in de tests bestaat.");
  await fillLast(page, "Spreker", speaker);
  await choose(page, "Bron", source.titel);

  await choose(page, "Bronnen", source.titel);
  await writeBody(page, "Dit profiel bestaat alleen in de tests.");
}

test("lists every profile, in Dutch, with the site's own profile as preview", async () => {
  await page.goto("/admin/");
  await expect(page.getByRole("button", { name: "Inloggen" })).toBeVisible();
  await screenshot(page, "inloggen");
  await openEditor("collections/gemeenten");
  const profiles = page.locator('a[href*="/collections/gemeenten/entries/"]');
  await expect(profiles).toHaveCount(content.municipalities.length);
  await expect(profiles.filter({ hasText: region.naam })).toBeVisible();
  await screenshot(page, "gemeenten");

  await profiles.filter({ hasText: region.naam }).click();
  const preview = page.frameLocator("iframe").first();
  await expect(preview.getByRole("heading", { level: 1, name: region.naam, exact: true })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Waarom deze gemeente goud is" })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "In hun eigen woorden" })).toBeVisible();
  // The site's stylesheet is applied: a criterion is a card with the site's rounded corners (a browser's own style has none).
  const claimed = criteriaOf(content.criteria, region)[0]!;
  const criterionCard = preview.getByRole("listitem").filter({ has: preview.getByRole("heading", { name: claimed.label, exact: true }) });
  expect(await criterionCard.evaluate((card) => getComputedStyle(card).borderTopLeftRadius)).toBe("12px");
  await screenshot(page, "profiel");
});

test("saving a profile after a change in one field keeps every other field and passes the content check", async () => {
  // Decap only saves a changed entry, so the test changes the title and checks that nothing else moved.
  await openEditor(`collections/gemeenten/entries/${region.slug}`);
  const title = page.getByLabel("Titel", { exact: true });
  const changedTitle = `${await title.inputValue()} (bijgewerkt)`;
  await title.fill(changedTitle);
  await page.getByRole("button", { name: /^Opslaan$/ }).click();
  await expect(page.getByRole("button", { name: "Status: Concept" })).toBeVisible();

  // The saved file sits on the entry's branch until it is published. A reviewer sees the one field that changed:
  // one line out, one line in, the rest of the file as it was (the editor writes the one form of lib/content/file-form.ts).
  const file = `content/gemeenten/${region.slug}.md`;
  const changedLines = git("diff", "--unified=0", "main", `cms/gemeenten/${region.slug}`, "--", file)
    .split("\n")
    .filter((line) => /^[-+](?![-+]{2} )/.test(line));
  expect(changedLines.map((line) => line[0])).toEqual(["-", "+"]);
  expect(changedLines.map((line) => parse(line.slice(1)))).toEqual([{ titel: region.titel }, { titel: changedTitle }]);
  const saved = git("show", `cms/gemeenten/${region.slug}:${file}`);
  const copy = fs.mkdtempSync(path.join(os.tmpdir(), "gg-redactie-"));
  try {
    fs.cpSync("content", copy, { recursive: true });
    fs.writeFileSync(path.join(copy, "gemeenten", `${region.slug}.md`), saved);
    const before = loadContent(path.resolve("content")).municipalities.find((municipality) => municipality.slug === region.slug);
    const after = loadContent(copy).municipalities.find((municipality) => municipality.slug === region.slug);
    expect(before?.leden).toHaveLength(region.leden.length);
    expect(after).toEqual({ ...before, titel: changedTitle });
  } finally {
    fs.rmSync(copy, { recursive: true, force: true });
  }
});

test("a value outside the rules gets a Dutch message and nothing is saved", async () => {
  const branchesBefore = editorBranches();
  await openEditor("collections/gemeenten/new");
  // Two mistakes: the form catches the first itself, the content check the second when saving.
  await fillMunicipality(page, { cohort: String(existingCohort), latitude: "60", speaker: "Iemand Anders" });
  await page.getByRole("button", { name: /^Opslaan$/ }).click();
  await expect(page.getByText("Breedtegraad moet tussen 50.75 en 53.7 liggen.")).toBeVisible();
  await screenshot(page, "fout-in-formulier");

  await page.getByLabel("Breedtegraad").fill("53.0333");
  // The same wording as npm run content:check, with the file (not yet named) and the field; readable where it
  // appears: the notice slides in, and its text wraps instead of running off the screen. The notice goes away
  // by itself after a while, which under load came before the check (a full npm test run); then the test
  // saves again, as an editor who missed it would.
  const refusal = page.getByRole("alert").filter({ hasText: "Kan item niet opslaan" });
  await expect(async () => {
    if (!(await refusal.isVisible())) await page.getByRole("button", { name: /^Opslaan$/ }).click();
    await expect(refusal).toContainText(
      "Kan item niet opslaan: de inhoud is nog niet in orde: content/gemeenten/(nieuw bestand) citaten[0].spreker: 'Iemand Anders' staat niet bij personen.",
      { timeout: 10_000 },
    );
    await expect(refusal).toBeInViewport({ ratio: 1, timeout: 10_000 });
  }).toPass({ timeout: 60_000 });
  await screenshot(page, "fout-bij-opslaan");
  expect(editorBranches()).toBe(branchesBefore);
  expect(fs.existsSync(repoFile("content/gemeenten/sudwest-fryslan.md"))).toBe(false);
});

test("a new cohort and a municipality in it, published from the browser, pass the content check together", async () => {
  // Two entries through the form, then a full build of the site: minutes, not seconds.
  test.setTimeout(300_000);
  await openEditor("collections/cohorten/new");
  await page.getByLabel("Jaar").fill(String(newCohort));
  await page.getByLabel("Titel", { exact: true }).fill(`Testcohort ${newCohort}`);
  await page.getByLabel("Samenvatting").fill("Een lichting die alleen in de tests bestaat.");
  await page.getByLabel("Geselecteerd door").fill("Testredactie");
  await page.getByRole("button", { name: "Voeg belangrijke data toe" }).click();
  await fillLast(page, "Datum", `${newCohort}-06-01`);
  await fillLast(page, "Omschrijving", "Bekendmaking van het testcohort");
  await page.getByLabel("Publicatie").fill(`Testbundel ${newCohort}`);
  await choose(page, "Bronnen", source.titel);
  await writeBody(page, "Dit cohort bestaat alleen in de tests.");
  await screenshot(page, "nieuw-cohort");
  await saveAndPublish(page, "publiceren");
  expect(fs.readFileSync(repoFile(`content/cohorten/${newCohort}.md`), "utf8")).toContain(`jaar: ${newCohort}`);

  await openEditor("collections/gemeenten/new");
  // A new form, not the cohort's: Decap carries a form's data into the next one opened straight from it.
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue("");
  await fillMunicipality(page, { cohort: String(newCohort), speaker: "Test Persoon" });
  await expect(page.frameLocator("iframe").first().getByRole("heading", { level: 1, name: "Súdwest-Fryslân" })).toBeVisible();
  await screenshot(page, "nieuwe-gemeente");
  await saveAndPublish(page);

  // The file name follows the site's slug rule, and the whole content passes the check.
  const written = fs.readFileSync(repoFile("content/gemeenten/sudwest-fryslan.md"), "utf8");
  expect(written).toMatch(new RegExp(`^---\nnaam: Súdwest-Fryslân\ncohort: ${newCohort}\n`));
  expect(written).toMatch(/\n---\n\nDit profiel bestaat alleen in de tests\.\n$/);
  expect(checkContentForm("gemeenten", written)).toEqual({ canonical: true });
  const published = loadContent(repoFile("content"));
  const profile = published.municipalities.find((municipality) => municipality.slug === "sudwest-fryslan");
  expect(profile).toMatchObject({
    cohort: newCohort,
    provincie: "Friesland",
    cbs_code: "GM1900",
    criteria: [{ id: criterion.id, toelichting: "Een toelichting die alleen in de tests bestaat." }],
    voorbeelden: [{ id: "testvoorbeeld", naam: "Testvoorbeeld", themas: ["jeugd"] }],
    personen: [{ naam: "Test Persoon", rol: "wethouder" }],
    citaten: [{ spreker: "Test Persoon", bron: source.id }],
    bronnen: [source.id],
  });
  // Placed by its code alone: the editor wrote no locatie, not even an empty one.
  expect(profile?.locatie).toBeUndefined();
  expect(written).not.toContain("locatie");
  expect(editorBranches()).not.toContain("sudwest-fryslan");

  // That these files build into a cohort page and a listing entry is the variant's test (tests/site/variant.test.ts,
  // tests/e2e/variant.spec.ts: tests/fixtures/cohort-2019 holds the same kind of files); a full build here would cost a minute.
  expect(published.cohorts.map((cohort) => cohort.jaar)).toContain(newCohort);
});

test("the summary on the pull request says in Dutch what the published entries added", async ({ browser }) => {
  // What check.yml puts on the pull request: the working tree against the branch the change goes into, here
  // content/ as it was before the tests above published (the repository's first commit).
  git("update-ref", "refs/remotes/origin/main", git("rev-list", "--max-parents=0", "HEAD").trim());
  const summary = execFileSync(
    process.execPath,
    [path.resolve("node_modules/tsx/dist/cli.mjs"), path.resolve("scripts/content-diff.ts"), "origin/main"],
    {
      cwd: EDITOR_REPO,
      encoding: "utf8",
    },
  );
  expect(summary).toContain(`- Nieuw: cohort ${newCohort}: Testcohort ${newCohort}\n`);
  expect(summary).toContain(`- Nieuw: gemeente Súdwest-Fryslân (cohort ${newCohort})\n`);

  // For docs/redactie.md: the summary as Markdown shows it, the way GitHub shows the run's summary and the comment.
  // In a page of its own: the editor stays open for the next flow.
  const summaryPage = await browser.newPage();
  await summaryPage.setContent(
    `<!doctype html><html lang="nl"><title>Samenvatting</title><main style="font: 16px/1.5 system-ui, sans-serif; max-width: 44rem; padding: 1rem 1.5rem; border: 1px solid #d0d7de; border-radius: 6px">${renderMarkdown(summary)}</main></html>`,
  );
  await summaryPage.getByRole("main").screenshot({ path: path.join(SCREENSHOTS, "redactie-samenvatting.png") });
  await summaryPage.close();
});

test("a theme added as a file is in the editor's list of themes and in an example's pick-list", async () => {
  // A theme file as a developer or editor adds it outside the browser, committed to the branch the editor reads.
  fs.copyFileSync(
    path.resolve("tests/fixtures/cohort-2019/themas", `${FIXTURE_THEME.id}.md`),
    repoFile(`content/themas/${FIXTURE_THEME.id}.md`),
  );
  git("add", "content/themas");
  git("commit", "--message", `Thema ${FIXTURE_THEME.naam}`);

  await openEditor("collections/themas");
  const themes = page.locator('a[href*="/collections/themas/entries/"]');
  await expect(themes).toHaveCount(content.themes.length + 1);
  await expect(themes.filter({ hasText: FIXTURE_THEME.naam })).toBeVisible();

  await openEditor("collections/gemeenten/new");
  await page.getByRole("button", { name: "Voeg voorbeelden uit de praktijk toe" }).click();
  await fillLast(page, "Naam", "Testvoorbeeld");
  await choose(page, "Thema's", FIXTURE_THEME.naam);
  // The preview, the site's own profile, names the chosen theme by the name in its file.
  const example = page.frameLocator("iframe").first().getByRole("region", { name: "Testvoorbeeld" });
  await expect(example).toContainText(`Thema's: ${FIXTURE_THEME.naam}`);
});
