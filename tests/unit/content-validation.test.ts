import { afterEach, describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { ContentError } from "@/lib/content/problems";
import { fixtureContent, problemsOf, removeFixtureContent } from "./fixture-content";

const created: string[] = [];
function contentWith(...mistakes: string[]): string {
  const directory = fixtureContent(...mistakes);
  created.push(directory);
  return directory;
}
afterEach(() => {
  created.splice(0).forEach(removeFixtureContent);
});

describe("content validation", () => {
  it("accepts the valid base fixture and hands out typed data", () => {
    const content = loadContent(contentWith());
    expect(content.municipalities.map((municipality) => municipality.slug)).toEqual(["delft"]);
    expect(content.municipalities[0]?.locatie).toEqual({ lat: 52.0116, lon: 4.3571 });
    expect(content.cohorts.map((cohort) => cohort.jaar)).toEqual([2017]);
    expect(content.criteria.map((criterion) => criterion.id)).toEqual(["lerend-samenwerkend", "preventie-presentie"]);
  });

  it.each([
    [
      "ontbrekend-veld",
      ["gemeenten/delft.md:1 provincie: het verplichte veld 'provincie' ontbreekt. Voeg het toe: 'provincie: Gelderland'."],
    ],
    [
      "onbekend-veld",
      [
        "gemeenten/delft.md:1 criteria: het verplichte veld 'criteria' ontbreekt. Voeg het toe: een regel 'criteria:' met daaronder per criterium '- id: preventie-presentie' en, ingesprongen, 'toelichting:' met de reden.",
        "gemeenten/delft.md:10 critera: onbekend veld 'critera'. Bedoelt u 'criteria'?",
      ],
    ],
    [
      "onbekend-criterium",
      ["gemeenten/delft.md:11 criteria[0].id: 'preventie' is geen bekend criterium. Kies uit: lerend-samenwerkend, preventie-presentie."],
    ],
    [
      "onbekend-cohort",
      ["gemeenten/delft.md:3 cohort: cohort 2019 bestaat niet. Kies uit: 2017, of maak eerst het bestand cohorten/2019.md aan."],
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
      ["gemeenten/delft.md:6: de YAML-kop is onleesbaar: er staat een tab als inspringing. Gebruik spaties (twee per niveau) in plaats van tabs."],
    ],
    [
      "yaml-aanhalingsteken",
      [
        "gemeenten/delft.md:8: de YAML-kop is onleesbaar: er ontbreekt een teken, meestal een afsluitend aanhalingsteken. Sluit de tekst af met hetzelfde teken als waarmee hij begint (\" of ').",
      ],
    ],
    [
      "buiten-nederland",
      [
        "gemeenten/delft.md:6 locatie.lat: breedtegraad 48.8566 ligt buiten Nederland. Gebruik een waarde tussen 50.75 en 53.7 (let op: lat en lon niet verwisseld?).",
        "gemeenten/delft.md:7 locatie.lon: lengtegraad 2.3522 ligt buiten Nederland. Gebruik een waarde tussen 3.2 en 7.25 (let op: lat en lon niet verwisseld?).",
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
      expect(String(error instanceof Error ? error.message : error)).toMatch(
        /De inhoud is niet in orde: 3 problemen in 2 bestanden\.$/,
      );
    }
  });

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
