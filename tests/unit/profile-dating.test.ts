import { describe, expect, it } from "vitest";
import { checkSourceLink, checksNewestFirst, datingLine, profileDating, sourceYears } from "@/lib/site/profile-dating";

const older = { datum: "2024-11-05", wijziging: "Niets veranderd.", bron: "Testverslag" };
const newer = { datum: "2025-03-14", wijziging: "Een testwijziging.", bron: "https://www.voorbeeld.nl/nieuws/" };

describe("how current a profile is", () => {
  it("names the cohort's year and each year of its sources once, oldest first", () => {
    expect(sourceYears([{ jaar: 2017 }, { jaar: 2015 }, { jaar: 2017 }])).toEqual([2015, 2017]);
    expect(datingLine(2017, [2015, 2017])).toBe("Stand van zaken: gekozen in 2017, op basis van bronnen uit 2015 en 2017.");
    expect(datingLine(2015, [2015])).toBe("Stand van zaken: gekozen in 2015, op basis van bronnen uit 2015.");
  });

  it("says nothing about sources it does not know", () => {
    expect(datingLine(2019, [])).toBe("Stand van zaken: gekozen in 2019.");
  });

  it("takes the newest check as the latest, wherever it stands in the file", () => {
    expect(profileDating(2017, [{ jaar: 2017 }], [newer, older]).latestCheck).toEqual(newer);
    expect(profileDating(2017, [{ jaar: 2017 }], [older, newer]).latestCheck).toEqual(newer);
    expect(profileDating(2017, [{ jaar: 2017 }], [])).toEqual({ line: "Stand van zaken: gekozen in 2017, op basis van bronnen uit 2017." });
  });

  it("lists the checks newest first, the later in the file first on the same day", () => {
    const sameDay = { ...newer, wijziging: "Nog een wijziging." };
    expect(checksNewestFirst([older, newer, sameDay])).toEqual([sameDay, newer, older]);
  });

  it("links a source only when it is a web address", () => {
    expect(checkSourceLink("https://www.voorbeeld.nl/nieuws/")).toEqual({
      text: "https://www.voorbeeld.nl/nieuws/",
      href: "https://www.voorbeeld.nl/nieuws/",
    });
    expect(checkSourceLink("Testverslag")).toEqual({ text: "Testverslag" });
    expect(checkSourceLink("javascript:alert(1)")).toEqual({ text: "javascript:alert(1)" });
  });
});
