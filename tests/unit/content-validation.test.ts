import { execFileSync, spawnSync } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/problems";
import { fixtureContentPerTest, problemsOf, warningsOf, type Mistake } from "./fixture-content";

const contentWith = fixtureContentPerTest();

describe("content validation", () => {
  it("accepts the valid base fixture and hands out typed data", () => {
    const content = loadContent(contentWith());
    expect(content.municipalities.map((municipality) => municipality.slug)).toEqual(["delft"]);
    expect(content.municipalities[0]?.locatie).toEqual({ lat: 52.0116, lon: 4.3571 });
    expect(content.cohorts.map((cohort) => cohort.jaar)).toEqual([2017]);
    expect(content.criteria.map((criterion) => criterion.id)).toEqual(["lerend-samenwerkend", "preventie-presentie"]);
    expect(content.municipalities[0]?.controles.map((check) => check.datum)).toEqual(["2024-11-05", "2025-03-14"]);
    // Themes by volgorde, the one without one after it, whatever the alphabet says; 'wonen' has no example, which is allowed.
    expect(content.themes).toEqual([
      { id: "wonen", naam: "Wonen", omschrijving: "Een thema dat nog geen voorbeeld heeft.", volgorde: 1 },
      { id: "burgerinitiatief", naam: "Burgerinitiatief", omschrijving: "Een thema om mee te testen." },
    ]);
  });

  it.each<[Mistake, string[]]>([
    [
      "ontbrekend-veld",
      ["gemeenten/delft.md:1 provincie: het verplichte veld 'provincie' ontbreekt. Voeg het toe: 'provincie: Gelderland'."],
    ],
    [
      "onbekend-veld",
      [
        "gemeenten/delft.md:1 criteria: het verplichte veld 'criteria' ontbreekt. Voeg het toe: een regel 'criteria:' met daaronder per criterium '- id: preventie-presentie' en, ingesprongen, 'toelichting:' met de reden.",
        "gemeenten/delft.md:11 critera: onbekend veld 'critera'. Bedoelt u 'criteria'?",
      ],
    ],
    [
      "onbekend-criterium",
      ["gemeenten/delft.md:12 criteria[0].id: 'preventie' is geen bekend criterium. Kies uit: lerend-samenwerkend, preventie-presentie."],
    ],
    [
      "onbekend-cohort",
      ["gemeenten/delft.md:3 cohort: cohort 2071 bestaat niet. Kies uit: 2017, of maak eerst het bestand cohorten/2071.md aan."],
    ],
    [
      "cohort-zonder-bestand",
      ["gemeenten/delft.md:3 cohort: cohort 2019 bestaat niet. Kies uit: 2017, of maak eerst het bestand cohorten/2019.md aan."],
    ],
    ["verkeerd-type", ["gemeenten/delft.md:7 locatie.lat: hier hoort een getal, maar er staat de tekst '52,0116'. Pas de waarde aan."]],
    [
      "bestandsnaam",
      [
        "gemeenten/Den Haag.md: de bestandsnaam 'Den Haag.md' volgt de regels niet. Gebruik alleen kleine letters, cijfers en koppeltekens, zonder spaties of accenten, zoals 'wijk-bij-duurstede.md'.",
      ],
    ],
    ["lege-tekst", ["gemeenten/delft.md: de tekst onder de YAML-kop is leeg. Schrijf na de afsluitende --- minstens één alinea."]],
    [
      "criterium-zonder-toelichting",
      [
        "gemeenten/delft.md:12 criteria[0].toelichting: het verplichte veld 'toelichting' ontbreekt. Voeg het toe: 'toelichting:' met één of twee zinnen waarom de gemeente hieraan voldoet.",
      ],
    ],
    [
      "citaat-zonder-spreker",
      [
        "gemeenten/delft.md:27 citaten[0].spreker: het verplichte veld 'spreker' ontbreekt. Voeg het toe: 'spreker:' met de naam zoals bij personen.",
      ],
    ],
    [
      "spreker-onbekend",
      [
        "gemeenten/delft.md:28 citaten[0].spreker: 'Elke Louwer' staat niet bij personen. Voeg deze persoon toe onder personen (naam, rol, organisatie) of schrijf de naam precies zoals daar.",
      ],
    ],
    [
      "ongeldig-webadres",
      [
        "gemeenten/delft.md:32 partners[0].url: de tekst 'www.kwadraad.nl' is geen geldig webadres. Schrijf het volledig, beginnend met https:// of http://.",
      ],
    ],
    ["onbekende-bron", ["gemeenten/delft.md:35 bronnen[1]: '2017-verslag' is geen bekende bron. Kies uit: 2017-publicatie."]],
    [
      "dubbel-anker",
      [
        "gemeenten/delft.md:22 voorbeelden[1].id: de id 'delft-voor-elkaar' staat er twee keer. Elk voorbeeld heeft een eigen id nodig, want die wordt het ankerpunt (#delft-voor-elkaar) in de link.",
      ],
    ],
    [
      "gereserveerd-anker",
      [
        "gemeenten/delft.md:17 voorbeelden[0].id: 'bronnen' is gereserveerd voor een onderdeel van de pagina. Kies een andere id, bijvoorbeeld 'bronnen-delft'.",
      ],
    ],
    [
      "geen-datum",
      [
        "cohorten/2017.md:7 data[0].datum: de tekst 'juni 2017' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2015-06-02 (of JJJJ-MM als de bron alleen een maand noemt).",
      ],
    ],
    [
      "controle-in-de-toekomst",
      [
        "gemeenten/delft.md:39 controles[1].datum: de datum 2999-03-14 ligt in de toekomst. Schrijf de dag waarop de controle gedaan is, uiterlijk vandaag.",
      ],
    ],
    [
      "controle-verkeerde-datum",
      [
        "gemeenten/delft.md:39 controles[1].datum: de tekst '14-03-2025' is geen geldige datum. Schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2015-06-02.",
      ],
    ],
    ["controle-zonder-wijziging", ["gemeenten/delft.md:40 controles[1].wijziging: dit veld is leeg. Vul een tekst in."]],
    [
      "geen-utf8",
      [
        "gemeenten/delft.md: het bestand is niet als UTF-8 opgeslagen, waardoor letters als ë en é verminkt raken. Sla het op met de codering UTF-8 (in de meeste editors: Opslaan als → Codering → UTF-8).",
      ],
    ],
    [
      "dubbele-naam",
      [
        "gemeenten/delft-kopie.md:2 naam: de bestandsnaam past niet bij de naam 'Delft'. Noem het bestand delft.md.",
        "gemeenten/delft.md:2 naam: de naam 'Delft' staat ook in gemeenten/delft-kopie.md. Elke gemeente heeft één bestand.",
      ],
    ],
    [
      "yaml-tab",
      [
        "gemeenten/delft.md:7: de YAML-kop is onleesbaar: er staat een tab als inspringing. Gebruik spaties (twee per niveau) in plaats van tabs.",
      ],
    ],
    [
      "yaml-aanhalingsteken",
      [
        "gemeenten/delft.md:9: de YAML-kop is onleesbaar: er ontbreekt een teken, meestal een afsluitend aanhalingsteken. Sluit de tekst af met hetzelfde teken als waarmee hij begint (\" of ').",
      ],
    ],
    [
      "buiten-nederland",
      [
        "gemeenten/delft.md:7 locatie.lat: breedtegraad 48.8566 ligt buiten Nederland. Gebruik een waarde tussen 50.75 en 53.7 (let op: lat en lon niet verwisseld?).",
        "gemeenten/delft.md:8 locatie.lon: lengtegraad 2.3522 ligt buiten Nederland. Gebruik een waarde tussen 3.2 en 7.25 (let op: lat en lon niet verwisseld?).",
      ],
    ],
    ["dubbel-criterium", ["gemeenten/delft.md:14 criteria[1].id: criterium 'lerend-samenwerkend' staat er twee keer. Houd er één over."]],
    [
      "anker-van-een-criterium",
      [
        "gemeenten/delft.md:17 voorbeelden[0].id: 'criterium-lerend-samenwerkend' is gereserveerd voor een onderdeel van de pagina. Kies een andere id, bijvoorbeeld 'criterium-lerend-samenwerkend-delft'.",
      ],
    ],
    [
      "anker-van-de-kop",
      [
        "gemeenten/delft.md:17 voorbeelden[0].id: 'site-zoekterm' is gereserveerd voor een onderdeel van de pagina. Kies een andere id, bijvoorbeeld 'site-zoekterm-delft'.",
      ],
    ],
    [
      // The fix example is the one for an example's name, not for a municipality's.
      "voorbeeld-zonder-naam",
      ["gemeenten/delft.md:17 voorbeelden[0].naam: het verplichte veld 'naam' ontbreekt. Voeg het toe: 'naam: Hemelse Modder'."],
    ],
    [
      // The fix names the code the CBS data give for the name.
      "cbs-code-ontbreekt",
      [
        "gemeenten/delft.md:1 cbs_code: het verplichte veld 'cbs_code' ontbreekt. Voeg de CBS-gemeentecode van 2017 toe: 'cbs_code: GM0503'.",
      ],
    ],
    [
      "cbs-code-van-een-andere-gemeente",
      ["gemeenten/delft.md:5 cbs_code: GM0228 is de code van Ede, niet van Delft. De code van Delft is GM0503."],
    ],
    [
      "cbs-code-verkeerde-vorm",
      ["gemeenten/delft.md:5 cbs_code: de tekst 'GM503' is geen geldige gemeentecode. Schrijf GM en vier cijfers, zoals GM0503."],
    ],
    // A municipality formed after 2017 has no code of that year, and needs none: its code of 2025 places it.
    ["gemeente-van-na-2017", []],
    ["cbs-code-bestaat-niet", ["gemeenten/delft.md:5 cbs_code: GM9999 was in 2017 geen gemeentecode. De code van Delft is GM0503."]],
    [
      "cbs-code-2025-bestaat-niet",
      ["gemeenten/vijfheerenlanden.md:5 cbs_code_2025: GM9999 was in 2025 geen gemeentecode. De code van Vijfheerenlanden is GM1961."],
    ],
    [
      "cbs-code-2025-van-een-gemeente-van-2017",
      [
        "gemeenten/delft.md:5 cbs_code_2025: Delft bestond al in 2017: 'cbs_code_2025' is alleen voor een gemeente die later is ontstaan. Schrijf 'cbs_code: GM0503' in plaats van 'cbs_code_2025: GM0503'.",
      ],
    ],
    [
      "cbs-code-2025-naast-cbs-code",
      [
        "gemeenten/delft.md:6 cbs_code_2025: 'cbs_code_2025' is alleen voor een gemeente die na 2017 is ontstaan; deze gemeente heeft al 'cbs_code', en de site zoekt de code van 2025 daar zelf bij. Haal 'cbs_code_2025' weg.",
      ],
    ],
    [
      // Nothing places it: the fix names the code the CBS data of 2025 give for the name.
      "zonder-code-en-locatie",
      [
        "gemeenten/vijfheerenlanden.md:1 cbs_code_2025: er staat geen CBS-gemeentecode in, dus het profiel heeft geen plaats op de kaart. Vijfheerenlanden bestond in 2017 nog niet: voeg de code van 2025 toe, 'cbs_code_2025: GM1961'.",
      ],
    ],
    ["zonder-locatie", []],
    // Every criterion needs a municipality that exemplifies it, or its page would be empty.
    [
      "criterium-zonder-gemeente",
      [
        "criteria/preventie-presentie.md: geen enkele gemeente noemt dit criterium onder 'criteria:'. Voeg '- id: preventie-presentie' met een toelichting toe aan een gemeente die eraan voldoet, of haal dit bestand weg.",
      ],
    ],
    [
      "zonder-bron",
      [
        "gemeenten/delft.md:33 bronnen: deze lijst moet minstens 1 item bevatten. Vul de lijst aan, bijvoorbeeld met 'bronnen: [2017-publicatie]'.",
      ],
    ],
    [
      "jaar-past-niet-bij-bestand",
      ["cohorten/2017.md:2 jaar: het jaar 2018 past niet bij de bestandsnaam. Noem het bestand 2018.md of pas het jaar aan."],
    ],
    [
      "dubbele-volgorde",
      [
        "criteria/preventie-presentie.md:2 volgorde: volgorde 1 wordt ook gebruikt door criteria/lerend-samenwerkend.md. Geef elk criterium een eigen nummer.",
      ],
    ],
    ["thema-zonder-naam", ["themas/wonen.md:1 naam: het verplichte veld 'naam' ontbreekt. Voeg het toe: 'naam: Wonen'."]],
    [
      "onbekend-thema",
      [
        "gemeenten/delft.md:21 voorbeelden[0].themas[0]: 'woningbouw' is geen bekend thema. Kies uit: burgerinitiatief, wonen, of maak eerst het bestand themas/woningbouw.md aan.",
      ],
    ],
    [
      "dubbele-themanaam",
      [
        "themas/wonen.md:2 naam: het thema 'Wonen' staat ook in themas/samenleven.md. Voeg de twee samen, of geef dit thema een andere naam.",
      ],
    ],
    [
      "thema-met-tekst",
      [
        "themas/wonen.md: dit soort bestand heeft geen tekst onder de YAML-kop. Zet wat u wilt zeggen in een veld van de kop, en haal de tekst na de afsluitende --- weg.",
      ],
    ],
    [
      "voorbeeld-id-met-spaties",
      [
        "gemeenten/delft.md:17 voorbeelden[0].id: de tekst 'Delft voor Elkaar' is geen geldige id. Gebruik alleen kleine letters, cijfers en koppeltekens, zoals 'hemelse-modder'.",
      ],
    ],
  ])("reports the mistake '%s' in plain Dutch with file, line and field", (mistake, expected) => {
    expect(problemsOf(contentWith(mistake))).toEqual(expected);
  });

  it("reports mistakes in several files together, in one error", () => {
    const directory = contentWith("onbekend-criterium", "dubbele-naam");
    expect(() => loadContent(directory)).toThrow(ContentError);
    expect(problemsOf(directory)).toHaveLength(3);
    try {
      loadContent(directory);
    } catch (error) {
      expect(error).toBeInstanceOf(ContentError);
      expect(String(error instanceof Error ? error.message : error)).toMatch(/De inhoud is niet in orde: 3 problemen in 2 bestanden\.$/);
    }
  });

  it("npm run content:check prints every problem and a summary, exits 1 and shows no stack trace", () => {
    const directory = contentWith("geen-utf8", "geen-datum", "bestandsnaam");
    let output = "";
    let status = 0;
    try {
      execFileSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/check-content.ts"], {
        env: { ...process.env, CONTENT_DIR: directory },
        encoding: "utf8",
        stdio: "pipe",
      });
    } catch (error) {
      if (!(error instanceof Error && "status" in error && "stdout" in error && "stderr" in error)) throw error;
      status = Number(error.status);
      output = `${String(error.stdout)}${String(error.stderr)}`;
    }
    expect(status).toBe(1);
    expect(output).toContain("het bestand is niet als UTF-8 opgeslagen");
    expect(output).toContain("'juni 2017' is geen geldige datum");
    expect(output).toContain("de bestandsnaam 'Den Haag.md' volgt de regels niet");
    expect(output).toMatch(/De inhoud is niet in orde: 3 problemen in 3 bestanden\.\n$/);
    expect(output).not.toMatch(/^\s+at /m);
  }, 20_000);

  it("warns, without failing, when an override lies outside the municipality's own area, naming file, line and field", () => {
    const directory = contentWith("locatie-buiten-gebied");
    const warning =
      "gemeenten/delft.md:6 locatie: de locatie 52.0907, 5.1214 ligt buiten het gebied van Delft (GM0503), dus de marker staat op de kaarten buiten de eigen gemeente. Klopt dit niet, haal 'locatie' dan weg: de marker komt dan vanzelf op het midden van het gebied. Staat hij bewust daar, laat het dan zo.";
    expect(warningsOf(directory)).toEqual([warning]);
    expect(problemsOf(directory)).toEqual([]);
    // An override inside the area, as the base fixture's, or none at all: nothing to say.
    expect(warningsOf(contentWith())).toEqual([]);
    expect(warningsOf(contentWith("zonder-locatie"))).toEqual([]);
  });

  it("npm run content:check prints a warning and passes, and on GitHub annotates it as a warning", () => {
    const directory = contentWith("locatie-buiten-gebied");
    const run = spawnSync(process.execPath, [path.resolve("node_modules/tsx/dist/cli.mjs"), "scripts/check-content.ts"], {
      env: { ...process.env, CONTENT_DIR: directory, GITHUB_ACTIONS: "true" },
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("delft.md:6 locatie: de locatie 52.0907, 5.1214 ligt buiten het gebied van Delft");
    expect(run.stderr).toContain(
      "Let op: 1 waarschuwing in 1 bestand. Een waarschuwing houdt de publicatie niet tegen; kijk wel of het klopt.",
    );
    expect(run.stdout).toMatch(/^::warning file=.*delft\.md,line=6,title=Inhoud%3A locatie::.*ligt buiten het gebied van Delft/m);
    expect(run.stdout).toContain("Inhoud in orde");
  }, 20_000);

  it("renders a body with script, event handlers and javascript: links to clean HTML", () => {
    const [municipality] = loadContent(contentWith("onveilige-tekst")).municipalities;
    const html = municipality?.html ?? "";
    expect(html).toContain("Een alinea.");
    // Raw HTML is dropped whole, so the image with onerror never reaches the page.
    expect(html).not.toContain("<img");
    expect(html).toContain("Klik hier");
    expect(html).not.toMatch(/<script|alert\("script"\)/i);
    expect(html).not.toMatch(/onerror/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});
