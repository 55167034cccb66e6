import { parse, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * The policies the headers send (lib/hosting/http-headers.ts). No page runs an inline
 * script: the islands' props are JSON data blocks, which browsers do not run,
 * and their code is a file of our own; 'wasm-unsafe-eval' is for Pagefind's
 * search index (WebAssembly). No other origin is allowed anywhere but in the
 * editor.
 */
const SCRIPT_SOURCES = "'self' 'wasm-unsafe-eval'";

const siteDirectives = (scriptSources: string) => [
  "default-src 'self'",
  `script-src ${scriptSources}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "upgrade-insecure-requests",
];

/** The policy of every page but the editor's. */
export const SITE_POLICY = siteDirectives(SCRIPT_SOURCES).join("; ");

/**
 * The browser editor (Decap CMS) needs more, and only at /admin/ (docs/hosting.md →
 * "The browser editor's policy"): ajv compiles code ('unsafe-eval'), Decap
 * styles itself inline, talks to GitHub's API or decap-server on the editor's
 * machine, and shows the GitHub user's avatar. public/admin/index.html carries
 * the same policy in a <meta> (a test keeps them equal).
 */
export const ADMIN_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'unsafe-eval' 'wasm-unsafe-eval'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob: https://avatars.githubusercontent.com",
  "font-src 'self' data:",
  "connect-src 'self' https://api.github.com http://localhost:8081",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** Script types a browser runs. A data block such as JSON-LD or an island's props is never run. */
const EXECUTABLE_TYPES = new Set(["", "text/javascript", "application/javascript", "module"]);

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

function* elements(node: Node): Generator<Element> {
  if (isElement(node)) yield node;
  const children = "childNodes" in node ? node.childNodes : [];
  for (const child of children) yield* elements(child);
  if (isElement(node) && node.tagName === "template" && "content" in node) yield* elements(node.content);
}

const attribute = (element: Element, name: string) => element.attrs.find((candidate) => candidate.name === name)?.value;

/** The inline scripts a browser would run: any is a mistake, since the policy refuses them. */
function inlineScriptsOf(all: Iterable<Element>): string[] {
  const scripts = [];
  for (const element of all) {
    if (element.tagName !== "script" || attribute(element, "src") !== undefined) continue;
    if (!EXECUTABLE_TYPES.has((attribute(element, "type") ?? "").trim().toLowerCase())) continue;
    scripts.push(element.childNodes.map((child) => ("value" in child ? child.value : "")).join(""));
  }
  return scripts;
}

/** The source of every inline script the browser would run, in document order. */
export function inlineScripts(html: string): string[] {
  return inlineScriptsOf(elements(parse(html)));
}

/**
 * The page with the site's script policy as a <meta http-equiv>, placed
 * right after the charset declaration so that it comes before every script,
 * for hosts that send no headers (GitHub Pages). A page with an inline
 * script is refused: the policy would block it, so it is a bug to fix, not
 * an exception to allow. A page that has a policy already is returned as is.
 */
export function withScriptPolicy(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  const inline = inlineScriptsOf(all);
  if (inline.length) {
    throw new Error(
      `de pagina heeft ${inline.length} inline script(s), die het scriptbeleid weigert: ${inline.map((source) => JSON.stringify(source.slice(0, 60))).join(", ")}. Zet de code in een eigen bestand (een eiland in islands/) of de gegevens in een JSON-blok.`,
    );
  }
  const hasPolicy = all.some(
    (element) => element.tagName === "meta" && attribute(element, "http-equiv")?.toLowerCase() === "content-security-policy",
  );
  if (hasPolicy) return html;
  const head = all.find((element) => element.tagName === "head");
  const anchor = all.find((element) => element.tagName === "meta" && attribute(element, "charset") !== undefined) ?? head;
  const offset = anchor === head ? head?.sourceCodeLocation?.startTag?.endOffset : anchor?.sourceCodeLocation?.endOffset;
  if (offset === undefined) throw new Error("de pagina heeft geen <head> om het beveiligingsbeleid in te zetten");
  const meta = `<meta http-equiv="Content-Security-Policy" content="script-src ${SCRIPT_SOURCES}; object-src 'none'; base-uri 'self'"/>`;
  return html.slice(0, offset) + meta + html.slice(offset);
}
