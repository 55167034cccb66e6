import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ISLANDS_FOLDER } from "@/lib/hosting/browser-scripts";
import { PAGE_ROUTES } from "@/lib/pages/registry";

/** Next's own files and the 404 and 500 pages, which have no address of their own in the sitemap. */
const NOT_IN_REGISTRY = ["_app.tsx", "_document.tsx", "404.tsx", "500.tsx", "niet-gevonden.tsx"];

describe("the route registry", () => {
  it("lists every page in pages/, and no other", () => {
    const files = fs
      .readdirSync("pages", { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".tsx") && !NOT_IN_REGISTRY.includes(file));
    expect(PAGE_ROUTES.map((route) => route.page).toSorted()).toEqual(files.toSorted());
  });

  it("names only islands that exist, each a page uses", async () => {
    const islands = fs.readdirSync(ISLANDS_FOLDER).filter((file) => file.endsWith(".ts"));
    expect(PAGE_ROUTES.flatMap((route) => route.islands).toSorted()).toEqual(
      islands.map((file) => file.slice(0, -".ts".length)).toSorted(),
    );
    for (const route of PAGE_ROUTES) {
      const source = fs.readFileSync(path.join("pages", route.page), "utf8");
      for (const name of route.islands) expect(source, route.page).toContain(`from "@/islands/${name}"`);
      expect(source.includes("<ListFlagScript"), route.page).toBe(route.listFlag === true);
    }
  });

  it("names each island after its file, which is also its bundle's name", async () => {
    for (const file of fs.readdirSync(ISLANDS_FOLDER).filter((name) => name.endsWith(".ts"))) {
      const name = file.slice(0, -".ts".length);
      // With the extension in the import's fixed part, so that the bundler can list the files it may load.
      const { island } = (await import(`../../islands/${name}.ts`)) as { island: { name: string } };
      expect(island.name).toBe(name);
    }
  });
});
