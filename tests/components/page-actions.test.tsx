import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { CopyLinkButton } from "@/components/copy-link-button";
import { ShareButton } from "@/components/share-button";
import { listenForPageActions } from "@/lib/site/page-actions";

const writeText = vi.fn(() => Promise.resolve());

let stopListening = () => {};

beforeEach(() => {
  window.history.replaceState(null, "", "/gemeenten/zaanstad/#citaten");
  stopListening = listenForPageActions(document);
});

afterEach(() => {
  stopListening();
  vi.unstubAllGlobals();
  writeText.mockClear();
});

/** userEvent installs its own clipboard; ours replaces it after setup. */
function setup(share?: (data: ShareData) => Promise<void>) {
  const user = userEvent.setup();
  vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText }, share });
  return user;
}

function renderShareButton() {
  render(<ShareButton title="Zaanstad: Hemelse Modder" text="Een samenvatting." />);
}

describe("the copy-link and share buttons with their script", () => {
  it("copies the page address with the example's anchor and says so", async () => {
    const user = setup();
    render(<CopyLinkButton fragment="hemelse-modder" label="Hemelse Modder" />);
    await user.click(screen.getByRole("button", { name: "Link kopiëren: Hemelse Modder" }));
    expect(writeText).toHaveBeenCalledWith("http://localhost:3000/gemeenten/zaanstad/#hemelse-modder");
    expect(await screen.findByRole("status")).toHaveTextContent("Gekopieerd");
  });

  it("shares title, summary and address without the anchor where the browser can share", async () => {
    const share = vi.fn(() => Promise.resolve());
    const user = setup(share);
    renderShareButton();
    await user.click(screen.getByRole("button", { name: "Delen" }));
    expect(share).toHaveBeenCalledWith({
      title: "Zaanstad: Hemelse Modder",
      text: "Een samenvatting.",
      url: "http://localhost:3000/gemeenten/zaanstad/",
    });
    expect(writeText).not.toHaveBeenCalled();
  });

  it("copies the address instead where the browser cannot share", async () => {
    const user = setup();
    renderShareButton();
    await user.click(screen.getByRole("button", { name: "Delen" }));
    expect(writeText).toHaveBeenCalledWith("http://localhost:3000/gemeenten/zaanstad/");
    expect(await screen.findByRole("status")).toHaveTextContent("Link gekopieerd");
  });
});
