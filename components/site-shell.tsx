import type { ReactNode } from "react";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { LAYOUT_IDS } from "@/lib/content/page-anchors";
import type { SiteFrame } from "@/lib/pages/site-frame";

type Props = { frame: SiteFrame; children: ReactNode };

/**
 * Header, main and footer of every page (pages/_app.tsx), with the script of
 * the copy-link and share buttons.
 * The flex column sits on this wrapper, not on <body>: the Pages Router puts
 * its own <div id="__next"> between them.
 */
export function SiteShell({ frame, children }: Props) {
  return (
    <div className="flex min-h-screen flex-col">
      <SkipLink />
      <SiteHeader />
      <main id={LAYOUT_IDS.main} tabIndex={-1} data-pagefind-body className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter cohortYears={frame.cohortYears} links={frame.footerLinks} />
      <script src={frame.pageActionsScript} defer />
    </div>
  );
}
