import { describe, expect, it } from "vitest";
import { excerpt } from "@/lib/site/format";

describe("excerpt, the start of a text for a link preview", () => {
  it("keeps a text that fits, on one line", () => {
    expect(excerpt("Vijf regels\nvoor   samenwerking.", 200)).toBe("Vijf regels voor samenwerking.");
  });

  it("cuts a longer text after a whole word, within the limit, with an ellipsis instead of a comma", () => {
    const text = "Bij het extramuraliseren van zorg werken veel partijen samen, volgens vijf regels.";
    expect(excerpt(text, 62)).toBe("Bij het extramuraliseren van zorg werken veel partijen samen…");
    expect(excerpt(text, 62).length).toBeLessThanOrEqual(62);
    expect(excerpt(text, 30)).toBe("Bij het extramuraliseren van…");
  });

  it("cuts a single word that is too long at the limit", () => {
    expect(excerpt("Wijkcoöperatieontwikkelingsfonds", 10)).toBe("Wijkcoöpe…");
  });
});
