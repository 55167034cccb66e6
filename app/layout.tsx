import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import { PageActions } from "@/components/page-actions";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { cohortYears } from "@/lib/content/queries";
import { getContent } from "@/lib/content/site-content";
import { footerNavigation, routes, SITE_DESCRIPTION, SITE_NAME, siteUrl } from "@/lib/site";
import { SOCIAL_IMAGE_SIZE, socialImagePath } from "@/lib/social-image";
import "./globals.css";
import { LAYOUT_IDS } from "@/lib/content/page-anchors";

export const metadata: Metadata = {
  metadataBase: siteUrl(),
  title: { default: SITE_NAME, template: `%s | ${SITE_NAME}` },
  description: SITE_DESCRIPTION,
  applicationName: SITE_NAME,
  alternates: {
    canonical: "/",
    types: { "application/atom+xml": [{ url: routes.feed, title: `${SITE_NAME}: nieuwe profielen` }] },
  },
  openGraph: {
    siteName: SITE_NAME,
    locale: "nl_NL",
    type: "website",
    images: [{ url: socialImagePath.site, ...SOCIAL_IMAGE_SIZE, alt: SITE_NAME }],
  },
  twitter: { card: "summary_large_image", images: [socialImagePath.site] },
};

export const viewport: Viewport = {
  themeColor: "#1f3a5f",
};

type Props = { children: ReactNode };

export default function RootLayout({ children }: Props) {
  const content = getContent();
  return (
    <html lang="nl">
      <body className="flex min-h-screen flex-col font-sans antialiased">
        <SkipLink />
        <SiteHeader />
        <main id={LAYOUT_IDS.main} tabIndex={-1} data-pagefind-body className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter
          cohortYears={cohortYears(content)}
          links={footerNavigation({ criterionCount: content.criteria.length, lessons: content.lessons })}
        />
        <PageActions />
      </body>
    </html>
  );
}
