import { describe, expect, it } from "vitest";
import { scriptOptions } from "@/scripts/command-line";

const USAGE = "--name <naam> [--base-path </map>] [--snel]";
const OPTIONS = { name: { type: "string" }, "base-path": { type: "string" }, snel: { type: "boolean", default: false } } as const;

describe("script options", () => {
  it("reads string and boolean options, in any order", () => {
    expect(scriptOptions("proef", USAGE, OPTIONS, ["--snel", "--base-path", "/gouden-gemeenten", "--name", "submap"])).toEqual({
      snel: true,
      "base-path": "/gouden-gemeenten",
      name: "submap",
    });
    expect(scriptOptions("proef", USAGE, OPTIONS, [])).toEqual({ snel: false });
  });

  it.each([
    [["--nmae", "submap"], "Unknown option '--nmae'"],
    [["--name"], "argument missing"],
    [["submap"], "Unexpected argument 'submap'"],
    [["--snel=ja"], "does not take an argument"],
  ])("stops on %j, naming the script, the problem and the usage", (args, problem) => {
    expect(() => scriptOptions("proef", USAGE, OPTIONS, args)).toThrow(`proef: `);
    expect(() => scriptOptions("proef", USAGE, OPTIONS, args)).toThrow(problem);
    expect(() => scriptOptions("proef", USAGE, OPTIONS, args)).toThrow(`Gebruik: ${USAGE}`);
  });
});
