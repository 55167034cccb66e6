/**
 * The 404 page a second time, at an address of its own: the App Router writes
 * its own not-found page over 404.html, so scripts/finish-export.ts copies this
 * one there (lib/site/index.ts, NOT_FOUND_PAGE).
 */
export { default, getStaticProps } from "./404";

export const config = { runtime: "nodejs", unstable_runtimeJS: false };
