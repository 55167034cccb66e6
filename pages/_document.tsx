import { Head, Html, Main, NextScript } from "next/document";
import { basePath } from "@/lib/site";

/**
 * The HTML around every page. The base path on <html> is for the islands'
 * bundles, which serve every build alike (scripts/build-browser-scripts.ts).
 */
export default function Document() {
  return (
    <Html lang="nl" data-base-path={basePath() || undefined}>
      <Head />
      <body className="font-sans antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
