import type { AppProps } from "next/app";
import { DocumentHead } from "@/components/document-head";
import { JsonLd } from "@/components/json-ld";
import { SiteShell } from "@/components/site-shell";
import type { DocumentProps } from "@/lib/pages/document-props";
import "../app/globals.css";

/**
 * Every document page: its head and the site frame from its getStaticProps
 * (lib/pages/document-props.ts), the page itself inside. Document pages ship
 * no framework JavaScript (docs/architecture.md → One kind of page).
 */
export default function DocumentApp({ Component, pageProps }: AppProps<DocumentProps<unknown>>) {
  const { head, frame } = pageProps;
  return (
    <>
      <DocumentHead head={head} />
      <SiteShell frame={frame}>
        {head.jsonLd && <JsonLd data={head.jsonLd} />}
        <Component {...pageProps} />
      </SiteShell>
    </>
  );
}
