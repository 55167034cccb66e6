import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadContent } from "@/lib/content/load";
import { generateContent } from "@/scripts/bench/generate";
import { BENCHMARK_DOC, TABLE_END, TABLE_START, targetsTable } from "@/scripts/bench/targets";

describe("the benchmark", () => {
  it("documents its targets as scripts/bench/targets.ts has them (run tsx scripts/bench/write-doc.ts after changing a target)", () => {
    const doc = fs.readFileSync(path.resolve(BENCHMARK_DOC), "utf8");
    const table = doc.slice(doc.indexOf(TABLE_START) + TABLE_START.length, doc.indexOf(TABLE_END)).trim();
    expect(doc).toContain(TABLE_START);
    expect(table).toBe(targetsTable());
  });

  it("generates profiles that pass the content check, from what the content holds", () => {
    const contentDir = fs.mkdtempSync(path.join(os.tmpdir(), "bench-inhoud-"));
    try {
      generateContent(path.resolve("content"), contentDir, 6);
      const real = loadContent(path.resolve("content"));
      const generated = loadContent(contentDir);
      expect(generated.municipalities).toHaveLength(real.municipalities.length + 6);
      const added = generated.municipalities.filter((municipality) => municipality.naam.startsWith("Benchmarkgemeente "));
      expect(new Set(added.map((municipality) => municipality.cohort))).toEqual(new Set(real.cohorts.map((cohort) => cohort.jaar)));
    } finally {
      fs.rmSync(contentDir, { recursive: true, force: true });
    }
  });
});
