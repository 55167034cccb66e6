import { Head, Html, Main, NextScript } from "next/document";

/** The HTML around every document page (pages/); app/layout.tsx is its counterpart for the interactive pages. */
export default function Document() {
  return (
    <Html lang="nl">
      <Head />
      <body className="font-sans antialiased">
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
