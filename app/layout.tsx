import type { Viewport } from "next";
import type { ReactNode } from "react";
import { SiteShell } from "@/components/site-shell";
import { THEME_COLOR } from "@/lib/page-metadata";
import { siteFrame } from "@/lib/site-frame";
import "./globals.css";

export const viewport: Viewport = {
  themeColor: THEME_COLOR,
};

type Props = { children: ReactNode };

/**
 * The layout of the interactive pages (README → Two kinds of pages); each
 * gives its metadata through lib/page-metadata.ts's metadataFor.
 */
export default function RootLayout({ children }: Props) {
  return (
    <html lang="nl">
      <body className="font-sans antialiased">
        <SiteShell frame={siteFrame()}>{children}</SiteShell>
      </body>
    </html>
  );
}
