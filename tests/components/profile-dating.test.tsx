import { render, screen, within } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProfileChecks } from "@/components/profile/profile-checks";
import { ProfileIntro } from "@/components/profile/profile-intro";
import { profileDating } from "@/lib/site/profile-dating";

const profile = {
  naam: "Delft",
  titel: "Alles draait om co-creatie",
  samenvatting: "Een gemeente om mee te testen.",
  provincie: "Zuid-Holland",
  cohort: 2017,
};
const older = { datum: "2024-11-05", wijziging: "Een eerdere testcontrole zonder wijziging.", bron: "Testverslag" };
const newer = { datum: "2025-03-14", wijziging: "Een testwijziging.", bron: "https://www.voorbeeld.nl/nieuws/" };

describe("ProfileIntro, what changed since the selection", () => {
  it("says so in a notice when the municipality has merged, and shows none otherwise", () => {
    const sinceSelection = "Delft is sinds de selectie opgegaan in de gemeente Voorbeeld.";
    const { unmount } = render(<ProfileIntro profile={profile} sinceSelection={sinceSelection} />);
    expect(screen.getByRole("complementary", { name: "Let op: Sinds de selectie veranderd" })).toHaveTextContent(sinceSelection);
    unmount();
    render(<ProfileIntro profile={profile} />);
    expect(screen.queryByRole("complementary")).toBeNull();
  });
});

describe("ProfileIntro, how current the profile is", () => {
  it("says from when its information dates, right under the heading's summary", () => {
    render(<ProfileIntro profile={profile} dating={profileDating(2017, [{ jaar: 2017 }], [])} />);
    const line = screen.getByText("Stand van zaken: gekozen in 2017, op basis van bronnen uit 2017.");
    expect(line).toBeVisible();
    expect(within(screen.getByRole("banner")).getByText(/Stand van zaken/)).toBe(line);
    expect(screen.queryByText(/Laatst gecontroleerd/)).toBeNull();
  });

  it("names the latest check with a link to the list of checks", () => {
    render(<ProfileIntro profile={profile} dating={profileDating(2017, [{ jaar: 2017 }], [newer, older])} />);
    expect(screen.getByText(/Laatst gecontroleerd op/)).toHaveTextContent(
      "Stand van zaken: gekozen in 2017, op basis van bronnen uit 2017. Laatst gecontroleerd op 14 maart 2025.",
    );
    expect(screen.getByRole("link", { name: "14 maart 2025" })).toHaveAttribute("href", "#controles");
  });

  it("leaves the line out where it is not known, as in a preview without a cohort", () => {
    render(<ProfileIntro profile={{ ...profile, cohort: undefined }} />);
    expect(screen.queryByText(/Stand van zaken/)).toBeNull();
  });
});

describe("ProfileChecks", () => {
  it("is a section named by its heading that lists every check, newest first, with date, change and source", () => {
    render(<ProfileChecks checks={[older, newer]} />);
    const section = screen.getByRole("region", { name: /Latere controles/ });
    expect(section).toHaveAttribute("aria-labelledby", "controles");
    const items = within(section).getAllByRole("listitem");
    expect(items.map((item) => item.textContent)).toEqual([
      "14 maart 2025: Een testwijziging. (Bron: https://www.voorbeeld.nl/nieuws/)",
      "5 november 2024: Een eerdere testcontrole zonder wijziging. (Bron: Testverslag)",
    ]);
    expect(within(items[0] ?? section).getByRole("link", { name: "https://www.voorbeeld.nl/nieuws/" })).toHaveAttribute(
      "href",
      "https://www.voorbeeld.nl/nieuws/",
    );
    expect(within(items[1] ?? section).queryByRole("link")).toBeNull();
    expect(within(items[0] ?? section).getByText("14 maart 2025")).toHaveAttribute("datetime", "2025-03-14");
  });

  it("shows nothing for a profile without checks", () => {
    const { container } = render(<ProfileChecks checks={[]} />);
    expect(container).toBeEmptyDOMElement();
  });
});
