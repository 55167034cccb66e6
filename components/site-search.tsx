import { useEffect, useState } from "react";

type PagefindUIOptions = {
  element: string;
  baseUrl: string;
  showSubResults: boolean;
  showImages: boolean;
  resetStyles: boolean;
  translations: Record<string, string>;
};

/** Pagefind's Dutch interface says "Reset" on the button that empties the box; the rest of it is Dutch. */
const TRANSLATIONS = { clear_search: "Wissen" };
type PagefindUIInstance = { triggerSearch: (term: string) => void };

declare global {
  interface Window {
    PagefindUI?: new (options: PagefindUIOptions) => PagefindUIInstance;
  }
}

type Props = {
  /** Where pagefind-ui.js and the index live, base path included. */
  assetBase: string;
  /** The site's root, base path included, for the result links. */
  baseUrl: string;
};

/**
 * Full-text search with Pagefind: its index and UI are generated into
 * out/pagefind/ after the build and loaded only on this page. A query in the
 * URL (?q=, from the search box in the header) is searched at once.
 */
export function SiteSearch({ assetBase, baseUrl }: Props) {
  const [failed, setFailed] = useState(false);

  useEffect(() => {
    const stylesheet = document.createElement("link");
    stylesheet.rel = "stylesheet";
    stylesheet.href = `${assetBase}/pagefind-ui.css`;
    document.head.append(stylesheet);

    const script = document.createElement("script");
    script.src = `${assetBase}/pagefind-ui.js`;
    script.onload = () => {
      if (!window.PagefindUI) return setFailed(true);
      const ui = new window.PagefindUI({
        element: "#zoekvak",
        baseUrl,
        showSubResults: true,
        showImages: false,
        resetStyles: false,
        translations: TRANSLATIONS,
      });
      const query = new URLSearchParams(window.location.search).get("q");
      if (query) ui.triggerSearch(query.slice(0, 100));
    };
    script.onerror = () => setFailed(true);
    document.body.append(script);
    return () => {
      stylesheet.remove();
      script.remove();
    };
  }, [assetBase, baseUrl]);

  return (
    <>
      <div id="zoekvak" className="pagefind-gg" />
      {failed ? (
        <p role="alert" className="mt-4">
          De zoekfunctie kon niet worden geladen. In de ontwikkelmodus bestaat de zoekindex nog niet: die ontstaat bij{" "}
          <code>npm run build</code>.
        </p>
      ) : null}
    </>
  );
}
