import { describe, expect, it } from "vitest";
import { correctionHref } from "@/lib/hosting/corrections";

const page = { name: "Zoë & Ålesund?", url: "https://www.voorbeeld.nl/gemeenten/zoe-alesund/?a=1&b=2" };

describe("the link behind 'Klopt er iets niet?'", () => {
  it("is a mailto: whose subject and body survive accents, & and ? intact", () => {
    const href = correctionHref({ kind: "email", address: "redactie@voorbeeld.nl" }, page);
    const [target, query] = href.split("?", 2);
    expect(target).toBe("mailto:redactie@voorbeeld.nl");
    // Exactly two parameters: the name's own & and ? are encoded, not read as separators.
    expect(query?.split("&").map((pair) => pair.split("=")[0])).toEqual(["subject", "body"]);
    expect(href).toContain("subject=Fout%20in%20het%20profiel%20van%20Zo%C3%AB%20%26%20%C3%85lesund%3F");
    // Spaces as %20, never "+", which a mail program would show as a plus sign.
    expect(href).not.toContain("+");
    const params = Object.fromEntries((query ?? "").split("&").map((pair) => pair.split("=").map(decodeURIComponent)));
    expect(params.subject).toBe("Fout in het profiel van Zoë & Ålesund?");
    expect(params.body).toContain(`Adres: ${page.url}\r\n`);
    expect(params.body).toContain("Profiel: Zoë & Ålesund?");
  });

  it("adds title and body to a GitHub new-issue address and keeps its own parameters", () => {
    const href = correctionHref(
      { kind: "url", url: "https://github.com/voorbeeld/site/issues/new?labels=correctie&template=fout.md" },
      page,
    );
    const url = new URL(href);
    expect(`${url.origin}${url.pathname}`).toBe("https://github.com/voorbeeld/site/issues/new");
    expect(url.searchParams.get("labels")).toBe("correctie");
    expect(url.searchParams.get("template")).toBe("fout.md");
    expect(url.searchParams.get("title")).toBe("Fout in het profiel van Zoë & Ålesund?");
    expect(url.searchParams.get("body")).toContain(`Adres: ${page.url}`);
  });

  it("adds the same parameters to any other form, replacing a title it already had", () => {
    const url = new URL(correctionHref({ kind: "url", url: "https://www.voorbeeld.nl/melden?title=oud" }, page));
    expect(url.searchParams.getAll("title")).toEqual(["Fout in het profiel van Zoë & Ålesund?"]);
    expect(url.searchParams.get("body")).toContain("Profiel: Zoë & Ålesund?");
  });
});
