"use client";

import { useEffect } from "react";

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

/**
 * The copy-link and share buttons of every page, handled by one listener in
 * the layout. The buttons themselves are server-rendered HTML with data
 * attributes, so pages that have them load no script of their own; this
 * component is part of the layout's script, which every page loads anyway.
 */
export function PageActions() {
  useEffect(() => {
    function onClick(event: MouseEvent) {
      const button =
        event.target instanceof Element ? event.target.closest<HTMLButtonElement>("button[data-copy-link], button[data-share]") : null;
      if (!button) return;
      const fragment = button.dataset.copyLink;
      void (fragment === undefined ? share(button) : copyLink(button, fragment));
    }
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
