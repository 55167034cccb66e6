import { describe, expect, it } from "vitest";
import { pageHead } from "@/lib/pages/page-metadata";

describe("pageHead", () => {
  it("gives a page the site's name after its own title, and a preview title without it", () => {
    const head = pageHead({ title: "De cohorten", description: "De lichtingen.", path: "/cohorten/" });
    expect(head.title).toBe("De cohorten | Gouden Gemeenten");
    expect(head.socialTitle).toBe("De cohorten");
    expect(head.canonical).toBe("http://localhost:3000/cohorten/");
    expect(head.image).toEqual({ url: "http://localhost:3000/social.png", width: 1200, height: 630, alt: "Gouden Gemeenten" });
    expect(head.robots).toBeNull();
  });

  it("calls the home page by the site's name", () => {
    expect(pageHead({ description: "Alles.", path: "/" }).title).toBe("Gouden Gemeenten");
  });

  it("keeps the 404 page out of search engines and gives it no address of its own", () => {
    const head = pageHead({ title: "Pagina niet gevonden", description: "Weg.", noindex: true });
    expect(head.canonical).toBeNull();
    expect(head.robots).toBe("noindex");
  });

  it("passes through getStaticProps: no undefined anywhere", () => {
    const head = pageHead({ title: "Ede", description: "Een profiel.", path: "/gemeenten/ede/" });
    expect(JSON.parse(JSON.stringify(head))).toEqual(head);
  });
});
