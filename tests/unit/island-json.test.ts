import { describe, expect, it } from "vitest";
import { islandJson } from "@/islands/runtime/island";

describe("an island's props in the page", () => {
  const props = { naam: "</script><script>alert(1)</script>", tekst: "a < b & c > d", lijst: [1, "<!--"] };

  it("can never end their <script> block or open a comment, whatever the content says", () => {
    expect(islandJson(props)).not.toMatch(/<\/script|<!--/i);
    expect(islandJson(props)).not.toContain("<");
  });

  it("read back as the same data", () => {
    expect(JSON.parse(islandJson(props))).toEqual(props);
  });
});
