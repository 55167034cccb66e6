import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { inlineScriptHashes, withScriptPolicy } from "@/lib/csp";

const sha256 = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

const page = [
  '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><title>T</title>',
  '<script src="/_next/static/chunks/a.js" async=""></script>',
  "<script>self.__next_f=self.__next_f||[]</script>",
  "</head><body>",
  '<script type="application/ld+json">{"@type":"WebPage","name":"a &amp; b"}</script>',
  '<script>self.__next_f.push([1,"\\u003cp\\u003e &amp; é"])</script>',
  "<script>self.__next_f=self.__next_f||[]</script>",
  "</body></html>",
].join("");

describe("inline script hashes", () => {
  it("hash each distinct inline script as written, and skip external scripts and JSON-LD", () => {
    expect(inlineScriptHashes(page)).toEqual([
      sha256("self.__next_f=self.__next_f||[]"),
      sha256('self.__next_f.push([1,"\\u003cp\\u003e &amp; é"])'),
    ]);
  });

  it("go into a policy right after the charset, before any script", () => {
    const result = withScriptPolicy(page);
    const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' ${inlineScriptHashes(page).join(" ")} 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'"/>`;
    expect(result).toBe(page.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/>${meta}`));
    expect(withScriptPolicy(result)).toBe(result);
  });

  it("refuse a page without a written <head>", () => {
    expect(() => withScriptPolicy("<svg></svg>")).toThrow("de pagina heeft geen <head>");
  });
});
