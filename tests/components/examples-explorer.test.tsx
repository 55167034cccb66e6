import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { ExamplesExplorer, type ExampleItem } from "@/components/examples-explorer";
import { EXAMPLE_PARAMS } from "@/lib/listing/example-filters";

const example = (name: string, themes: string[]): ExampleItem => ({
  key: name,
  name,
  description: `Over ${name}`,
  municipality: "Ede",
  href: `/gemeenten/ede/#${name.toLowerCase()}`,
  themes,
});
const items = [
  example("Inkooptafels", ["wonen"]),
  example("GeheugenHuis", ["ouderen-en-dementie", "wonen"]),
  example("Jongerenwerk", ["jeugd"]),
];
const themes = [
  { id: "jeugd", label: "Jeugd" },
  { id: "ouderen-en-dementie", label: "Ouderen en dementie" },
  { id: "wonen", label: "Wonen" },
];
const shownNames = () => screen.getAllByRole("heading", { level: 2 }).map((heading) => heading.textContent);

beforeEach(() => {
  window.history.replaceState(null, "", "/voorbeelden/");
});

describe("ExamplesExplorer", () => {
  it("filters by any of the chosen themes, writes the URL and resets", async () => {
    const user = userEvent.setup();
    render(<ExamplesExplorer items={items} themes={themes} />);
    expect(screen.getByRole("status")).toHaveTextContent("3 voorbeelden");
    expect(screen.getByRole("button", { name: "Alle thema's tonen" })).toBeDisabled();

    await user.click(screen.getByRole("checkbox", { name: "Ouderen en dementie (1)" }));
    expect(window.location.search).toBe("?thema=ouderen-en-dementie");
    expect(shownNames()).toEqual(["GeheugenHuis"]);
    expect(screen.getByRole("status")).toHaveTextContent("1 voorbeeld");

    await user.click(screen.getByRole("checkbox", { name: "Jeugd (1)" }));
    expect(window.location.search).toBe("?thema=ouderen-en-dementie&thema=jeugd");
    expect(shownNames()).toEqual(["GeheugenHuis", "Jongerenwerk"]);

    await user.click(screen.getByRole("button", { name: "Alle thema's tonen" }));
    expect(window.location.search).toBe("");
    expect(shownNames()).toEqual(["Inkooptafels", "GeheugenHuis", "Jongerenwerk"]);
  });

  it("shows the selection of a deep link and ignores unknown themes", () => {
    window.history.replaceState(null, "", "/voorbeelden/?thema=wonen&thema=onbekend");
    render(<ExamplesExplorer items={items} themes={themes} />);
    expect(screen.getByRole("checkbox", { name: "Wonen (2)" })).toBeChecked();
    expect(screen.getByRole("checkbox", { name: "Wonen (2)" })).toHaveAttribute("name", EXAMPLE_PARAMS.theme);
    expect(shownNames()).toEqual(["Inkooptafels", "GeheugenHuis"]);
  });
});
