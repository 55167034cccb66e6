import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { draftMunicipality, draftProblems, emptyValuePaths } from "@/lib/cms/draft";
import { decapFileFormat } from "@/lib/cms/file-format";
import { loadContent } from "@/lib/content/load";

const BASIS = "tests/fixtures/content-basis";
const FILE = `${BASIS}/gemeenten/delft.md`;
/** The base fixture's profile as the editor holds it, read by the editor's file format: the front matter and the body as one entry. */
function profileEntry(): Record<string, unknown> {
  return decapFileFormat("gemeenten").fromFile(fs.readFileSync(FILE, "utf8"));
}

describe("de controle van de editor voor het opslaan", () => {
  it("vindt niets aan een bestaand profiel", () => {
    expect(draftProblems("gemeenten", profileEntry(), FILE)).toEqual([]);
  });

  it("meldt wat npm run content:check meldt, met bestand en veld, en elk probleem tegelijk", () => {
    const entry = profileEntry();
    entry.citaten = [{ tekst: "Een citaat.", spreker: "Iemand Anders", bron: "2017-publicatie" }];
    entry.locatie = { lat: 60, lon: 5.66 };
    entry.body = " ";
    expect(draftProblems("gemeenten", entry, FILE)).toEqual([
      `${FILE} locatie.lat: breedtegraad 60 ligt buiten Nederland. Gebruik een waarde tussen 50.75 en 53.7 (let op: lat en lon niet verwisseld?).`,
      `${FILE} citaten[0].spreker: 'Iemand Anders' staat niet bij personen. Voeg deze persoon toe onder personen (naam, rol, organisatie) of schrijf de naam precies zoals daar.`,
      `${FILE}: de tekst onder de YAML-kop is leeg. Schrijf na de afsluitende --- minstens één alinea.`,
    ]);
  });

  it("vraagt bij een halve locatie ook de andere helft, en vindt niets aan een profiel zonder locatie", () => {
    const entry = profileEntry();
    entry.locatie = { lat: 52.0116 };
    expect(draftProblems("gemeenten", entry, FILE)).toEqual([
      `${FILE} locatie.lon: het verplichte veld 'lon' ontbreekt. Voeg het toe: 'lon: 5.66'.`,
    ]);
    delete entry.locatie;
    expect(draftProblems("gemeenten", entry, FILE)).toEqual([]);
  });

  it("haalt een lege of leeggemaakte locatie helemaal weg, maar niet een halve", () => {
    expect(emptyValuePaths({ naam: "Ede", locatie: { lat: "", lon: " " } })).toEqual([["locatie"]]);
    expect(emptyValuePaths({ naam: "Ede", locatie: {} })).toEqual([["locatie"]]);
    expect(emptyValuePaths({ naam: "Ede", locatie: { lat: 52.04, lon: "" } })).toEqual([["locatie", "lon"]]);
  });

  it("vindt de velden die leeggemaakt zijn, ook in de items van een lijst, maar niet een leeg item van een lijst met teksten", () => {
    expect(emptyValuePaths({ naam: "Ede", titel: "", personen: [{ naam: "A", rol: " " }], leden: ["", "Weert"], body: "" })).toEqual([
      ["titel"],
      ["personen", 0, "rol"],
      ["body"],
    ]);
  });
});

describe("de voorvertoning van een profiel dat nog niet af is", () => {
  it("leest wat er is en laat de rest leeg", () => {
    expect(
      draftMunicipality({ naam: "Ede", criteria: [{ id: "preventie-presentie" }], voorbeelden: [{ themas: ["jeugd", 3, ""] }] }),
    ).toMatchObject({
      naam: "Ede",
      cohort: undefined,
      titel: "",
      criteria: [{ id: "preventie-presentie", toelichting: "" }],
      voorbeelden: [{ id: "", naam: "", themas: ["jeugd"] }],
      citaten: [],
    });
  });

  it("leest een volledig profiel zoals de site het laadt", () => {
    const [profile] = loadContent(BASIS).municipalities;
    const draft = draftMunicipality(profileEntry());
    expect(profile).toBeDefined();
    expect(draft).toMatchObject({
      naam: profile?.naam,
      cohort: profile?.cohort,
      voorbeelden: profile?.voorbeelden,
      citaten: profile?.citaten,
      personen: profile?.personen,
    });
  });
});
