import { render, screen } from "@testing-library/react";
import { describe, expect, it } from "vitest";
import { ProfileSections } from "@/components/profile/profile-sections";

/** A profile with something in every section. */
const example = {
  criteria: [{ id: "lerend-samenwerkend", label: "Lerend en samenwerkend", toelichting: "Omdat de gemeente leert." }],
  examples: [{ id: "de-kas", naam: "De Kas", beschrijving: "Een plek om te ontmoeten.", themas: ["ontmoeting"] }],
  themeName: (id: string) => `Thema ${id}`,
  body: <p>Het verhaal van de gemeente.</p>,
  quotations: [{ tekst: "Samen komen we verder.", spreker: "Anna de Vries", bron: "bron-a" }],
  people: [
    { naam: "Anna de Vries", rol: "directeur", organisatie: "Welzijn Noord" },
    { naam: "Bram Jansen", rol: "wethouder" },
  ],
  sourceTitle: (id: string) => `Titel van ${id}`,
  members: [{ naam: "Noorddorp" }, { naam: "Zuiddorp" }],
  partners: [{ naam: "Stichting Zuid", url: "https://www.example.nl/" }],
};

describe("ProfileSections", () => {
  it("shows a profile's sections in the order of the profile page and the editor's preview", () => {
    render(<ProfileSections {...example} />);
    const order = [
      "Lerend en samenwerkend",
      "De Kas",
      "Het verhaal van de gemeente.",
      "Samen komen we verder.",
      "Noorddorp",
      "Bram Jansen",
      "Stichting Zuid",
    ];
    const text = document.body.textContent ?? "";
    const positions = order.map((fragment) => text.indexOf(fragment));
    expect(
      positions.every((position) => position >= 0),
      `missing: ${order.filter((_, index) => positions[index] === -1).join(", ")}`,
    ).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(screen.getByRole("link", { name: /Stichting Zuid/ })).toHaveAttribute("href", "https://www.example.nl/");
    // An example's themes by the names the page gives them, not by their ids.
    expect(screen.getByText("Thema ontmoeting")).toBeInTheDocument();
  });

  it("gives each example the action the page asks for, and none in the preview", () => {
    const { rerender } = render(
      <ProfileSections {...example} exampleAction={(item) => <button type="button">Link kopiëren: {item.naam}</button>} />,
    );
    expect(screen.getByRole("button", { name: "Link kopiëren: De Kas" })).toBeInTheDocument();
    rerender(<ProfileSections {...example} />);
    expect(screen.queryByRole("button")).toBeNull();
  });
});
