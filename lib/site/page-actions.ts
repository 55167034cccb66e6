/**
 * The copy-link and share buttons (components/copy-link-button.tsx,
 * components/share-button.tsx) are server-rendered HTML with data attributes;
 * this one listener makes them work. It is the only script a page without
 * islands loads: scripts/build-browser-scripts.ts bundles it into
 * public/js/page-actions.js, and the site frame links it with a version
 * (lib/pages/site-frame.ts). Without it
 * the buttons are hidden (globals.css), so nothing broken is shown.
 */

/** How long "Gekopieerd" stays next to a button. */
const MESSAGE_MS = 4000;

/** Writes a short message into the live region next to the button. */
function announce(button: HTMLElement, message: string) {
  const status = button.parentElement?.querySelector('[role="status"]');
  if (!status) return;
  status.textContent = message;
  window.setTimeout(() => {
    if (status.textContent === message) status.textContent = "";
  }, MESSAGE_MS);
}

async function copyLink(button: HTMLElement, fragment: string) {
  const url = new URL(window.location.href);
  url.hash = fragment;
  await navigator.clipboard.writeText(url.toString());
  announce(button, "Gekopieerd");
}

async function share(button: HTMLElement) {
  const url = window.location.href.split("#")[0] ?? window.location.href;
  if (typeof navigator.share === "function") {
    try {
      await navigator.share({ title: button.dataset.shareTitle, text: button.dataset.shareText, url });
      return;
    } catch (error) {
      if (error instanceof DOMException && error.name === "AbortError") return;
    }
  }
  await navigator.clipboard.writeText(url);
  announce(button, "Link gekopieerd");
}

function onClick(event: MouseEvent) {
  const button =
    event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-copy-link], button[data-share]") : null;
  if (!button) return;
  const fragment = button.dataset.copyLink;
  void (fragment === undefined ? share(button) : copyLink(button, fragment));
}

/** Handles the buttons of the whole page, and marks it so that CSS shows them. Returns the undo, for tests. */
export function listenForPageActions(document: Document): () => void {
  document.addEventListener("click", onClick);
  document.documentElement.dataset.pageActions = "";
  return () => {
    document.removeEventListener("click", onClick);
    delete document.documentElement.dataset.pageActions;
  };
}
