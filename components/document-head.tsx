import Head from "next/head";
import { THEME_COLOR, type PageHead } from "@/lib/pages/page-metadata";
import { SITE_NAME } from "@/lib/site";

type Props = { head: PageHead };

/**
 * The head of a document page (pages/), from the same data as the App
 * Router's metadata (lib/pages/page-metadata.ts), tag for tag.
 */
export function DocumentHead({ head }: Props) {
  return (
    <Head>
      <title>{head.title}</title>
      <meta name="viewport" content="width=device-width, initial-scale=1" />
      <meta name="description" content={head.description} />
      <meta name="application-name" content={SITE_NAME} />
      <meta name="theme-color" content={THEME_COLOR} />
      {head.robots && <meta name="robots" content={head.robots} />}
      {head.canonical && <link rel="canonical" href={head.canonical} />}
      <link rel="alternate" type="application/atom+xml" href={head.feed.url} title={head.feed.title} />
      <link rel="icon" href={head.icon} type="image/svg+xml" />
      <meta property="og:title" content={head.socialTitle} />
      <meta property="og:description" content={head.description} />
      {head.canonical && <meta property="og:url" content={head.canonical} />}
      <meta property="og:site_name" content={head.openGraph.siteName} />
      <meta property="og:locale" content={head.openGraph.locale} />
      <meta property="og:image" content={head.image.url} />
      <meta property="og:image:width" content={String(head.image.width)} />
      <meta property="og:image:height" content={String(head.image.height)} />
      <meta property="og:image:alt" content={head.image.alt} />
      <meta property="og:type" content={head.openGraph.type} />
      <meta name="twitter:card" content={head.twitterCard} />
      <meta name="twitter:title" content={head.socialTitle} />
      <meta name="twitter:description" content={head.description} />
      <meta name="twitter:image" content={head.image.url} />
    </Head>
  );
}
