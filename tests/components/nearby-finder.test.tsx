import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { beforeEach, describe, expect, it } from "vitest";
import { NearbyFinder } from "@/components/nearby-finder";
import type { FinderIndex } from "@/lib/nearby/finder";

/** A made-up index: the finder's field works on names alone, before any province's answers are fetched. */
const index: FinderIndex = ["utrecht|Amersfoort|Amerongen-Oost|Vijfheerenlanden<Leerdam", "zuid-holland|'s-Gravenhage=Den Haag"].join("\n");

beforeEach(() => window.history.replaceState(null, "", "/in-de-buurt/"));

const field = () => screen.getByRole("combobox", { name: "Uw gemeente" });
const optionNames = () => screen.getAllByRole("option").map((option) => option.textContent);
const selected = () => screen.getAllByRole("option").find((option) => option.getAttribute("aria-selected") === "true")?.textContent;

describe("the finder's field", () => {
  it("suggests names as the reader types, with the municipality an alias or a name of 2017 leads to", async () => {
    render(<NearbyFinder index={index} />);
    const user = userEvent.setup();
    await user.type(field(), "ame");
    expect(field()).toHaveAttribute("aria-expanded", "true");
    expect(optionNames()).toEqual(["Amerongen-Oost", "Amersfoort"]);
    await user.clear(field());
    await user.type(field(), "den");
    expect(optionNames()).toEqual(["Den Haag ('s-Gravenhage)"]);
    await user.clear(field());
    await user.type(field(), "leer");
    expect(optionNames()).toEqual(["Leerdam (nu Vijfheerenlanden)"]);
    expect(screen.getByText("1 suggestie, kies met de pijltjestoetsen.")).toBeInTheDocument();
  });

  it("moves through the suggestions with the arrow keys, round at both ends, and closes them with Escape", async () => {
    render(<NearbyFinder index={index} />);
    const user = userEvent.setup();
    await user.type(field(), "ame");
    await user.keyboard("{ArrowUp}");
    expect(selected()).toBe("Amersfoort");
    expect(field()).toHaveAttribute("aria-activedescendant", screen.getByRole("option", { name: "Amersfoort" }).id);
    await user.keyboard("{ArrowDown}");
    expect(selected()).toBe("Amerongen-Oost");
    await user.keyboard("{ArrowDown}");
    expect(selected()).toBe("Amersfoort");
    await user.keyboard("{Escape}");
    expect(field()).toHaveAttribute("aria-expanded", "false");
    expect(field()).not.toHaveAttribute("aria-activedescendant");
    expect(field()).toHaveValue("ame");
    await user.keyboard("{Escape}");
    expect(field()).toHaveValue("");
  });

  it("lets the caret move in the field again with the left and right arrows, Home and End, highlighting nothing", async () => {
    render(<NearbyFinder index={index} />);
    const user = userEvent.setup();
    await user.type(field(), "ame");
    for (const key of ["{ArrowLeft}", "{ArrowRight}", "{Home}", "{End}"]) {
      await user.keyboard("{ArrowDown}");
      expect(selected(), key).toBe("Amerongen-Oost");
      await user.keyboard(key);
      expect(selected(), key).toBeUndefined();
      expect(field(), key).not.toHaveAttribute("aria-activedescendant");
    }
  });

  it("puts the highlighted suggestion in the URL with Enter, and a name of 2017 as typed", async () => {
    render(<NearbyFinder index={index} />);
    const user = userEvent.setup();
    await user.type(field(), "ame");
    await user.keyboard("{ArrowDown}{ArrowDown}{Enter}");
    expect(window.location.search).toBe("?gemeente=amersfoort");
    await user.clear(field());
    await user.type(field(), "Leerdam{Escape}{Enter}");
    expect(window.location.search).toBe("?gemeente=leerdam");
  });

  it("takes the one suggestion left for a name typed in part, and sends a text without any as typed", async () => {
    render(<NearbyFinder index={index} />);
    const user = userEvent.setup();
    await user.type(field(), "amersf{Escape}{Enter}");
    expect(window.location.search).toBe("?gemeente=amersfoort");
    await user.clear(field());
    await user.type(field(), "ame{Escape}{Enter}");
    expect(window.location.search).toBe("?gemeente=ame");
  });

  it("asks for a name when the field is empty, and leaves the URL alone", async () => {
    render(<NearbyFinder index={index} />);
    const user = userEvent.setup();
    await user.click(screen.getByRole("button", { name: "Zoek" }));
    expect(screen.getByText("Vul de naam van uw gemeente in.")).toBeInTheDocument();
    expect(field()).toHaveAccessibleDescription("Vul de naam van uw gemeente in.");
    expect(window.location.search).toBe("");
    await user.type(field(), "a");
    expect(screen.queryByText("Vul de naam van uw gemeente in.")).not.toBeInTheDocument();
    expect(field()).not.toHaveAccessibleDescription();
  });
});
