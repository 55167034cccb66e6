import { createHash } from "node:crypto";
import { parse, type DefaultTreeAdapterTypes } from "parse5";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;

/**
 * The policies the headers send (lib/http-headers.ts). Document pages run no
 * inline script; 'wasm-unsafe-eval' is for Pagefind's search index
 * (WebAssembly). No other origin is allowed anywhere but in the editor.
 */
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

/** The policy of every page but the interactive ones and the editor. */
export const SITE_POLICY = siteDirectives("'self' 'wasm-unsafe-eval'").join("; ");

/**
 * The interactive pages (app/) carry Next's page data as inline scripts that
 * differ per build, so their header allows inline scripts; each page's own
 * <meta> policy (withScriptPolicy) then limits them to its hashes, and
 * browsers enforce both.
 */
export const INTERACTIVE_POLICY = siteDirectives("'self' 'unsafe-inline' 'wasm-unsafe-eval'").join("; ");

/**
 * The browser editor (Decap CMS) needs more, and only at /admin/ (README →
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

/** Script types a browser runs. A data block such as JSON-LD is never run, so it needs no hash. */
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

function hashesOf(all: Iterable<Element>): string[] {
  const hashes = [];
  for (const element of all) {
    if (element.tagName !== "script" || attribute(element, "src") !== undefined) continue;
    if (!EXECUTABLE_TYPES.has((attribute(element, "type") ?? "").trim().toLowerCase())) continue;
    // The text of a script is its source as written: no entities are decoded.
    const source = element.childNodes.map((child) => ("value" in child ? child.value : "")).join("");
    hashes.push(`'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`);
  }
  return [...new Set(hashes)];
}

/** 'sha256-…' sources for every inline script the browser would run, in document order. */
export function inlineScriptHashes(html: string): string[] {
  return hashesOf(elements(parse(html)));
}

/**
 * The script policy of one page: its own scripts, its inline scripts by hash
 * (so no other inline script runs), and WebAssembly for Pagefind's index.
 */
function scriptPolicy(hashes: string[]): string {
  return [`script-src 'self' ${[...hashes, "'wasm-unsafe-eval'"].join(" ")}`, "object-src 'none'", "base-uri 'self'"].join("; ");
}

/**
 * The page with a <meta http-equiv="Content-Security-Policy"> that allows
 * exactly its inline scripts, placed right after the charset declaration so
 * that it comes before every script. A page that has one already is returned
 * unchanged.
 */
export function withScriptPolicy(html: string): string {
  const document = parse(html, { sourceCodeLocationInfo: true });
  const all = [...elements(document)];
  const hasPolicy = all.some(
    (element) => element.tagName === "meta" && attribute(element, "http-equiv")?.toLowerCase() === "content-security-policy",
  );
  if (hasPolicy) return html;
  const head = all.find((element) => element.tagName === "head");
  const anchor = all.find((element) => element.tagName === "meta" && attribute(element, "charset") !== undefined) ?? head;
  const offset = anchor === head ? head?.sourceCodeLocation?.startTag?.endOffset : anchor?.sourceCodeLocation?.endOffset;
  if (offset === undefined) throw new Error("de pagina heeft geen <head> om het beveiligingsbeleid in te zetten");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${scriptPolicy(hashesOf(all))}"/>`;
  return html.slice(0, offset) + meta + html.slice(offset);
}
