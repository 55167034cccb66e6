import { describe, expect, it } from "vitest";
import { inlineScripts, SITE_POLICY, withScriptPolicy } from "@/lib/hosting/csp";

const head = '<!DOCTYPE html><html lang="nl"><head><meta charSet="utf-8"/><title>T</title><script src="/islands/a.js" defer=""></script>';
const page = [
  head,
  "</head><body>",
  '<script type="application/ld+json">{"@type":"WebPage","name":"a &amp; b"}</script>',
  '<script type="application/json" data-island-props="a">{"x":"\\u003c/script>"}</script>',
  "</body></html>",
].join("");

describe("the script policy of a built page", () => {
  it("finds the inline scripts a browser would run, and not external scripts or data blocks", () => {
    expect(inlineScripts(page)).toEqual([]);
    expect(inlineScripts(page.replace("</body>", "<script>alert(1)</script><script type=module>x()</script></body>"))).toEqual([
      "alert(1)",
      "x()",
    ]);
  });

  it("goes in right after the charset, before any script, as the site's policy for scripts", () => {
    const result = withScriptPolicy(page);
    const meta = `<meta http-equiv="Content-Security-Policy" content="script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'"/>`;
    expect(result).toBe(page.replace('<meta charSet="utf-8"/>', `<meta charSet="utf-8"/>${meta}`));
    expect(SITE_POLICY).toContain("script-src 'self' 'wasm-unsafe-eval';");
    expect(withScriptPolicy(result)).toBe(result);
  });

  it("refuses a page with an inline script, saying where its code belongs", () => {
    expect(() => withScriptPolicy(page.replace("</body>", "<script>self.__next_f=[]</script></body>"))).toThrow(
      /1 inline script\(s\), die het scriptbeleid weigert: "self.__next_f=\[\]"\. Zet de code in een eigen bestand/,
    );
  });

  it("refuses a page without a written <head>", () => {
    expect(() => withScriptPolicy("<svg></svg>")).toThrow("de pagina heeft geen <head>");
  });
});
