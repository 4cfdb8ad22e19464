/** How long an announcement stays on screen as a toast. */
export const TOAST_MS = 2500;

export type Announce = (text: string, ms?: number) => void;

let shared: Announce | undefined;

/**
 * The page's one polite live region, visible as a toast while it speaks. Every caller gets the
 * same region (the copy-link menu and the star buttons share it), made on first use.
 */
export function pageAnnouncer(): Announce {
  shared ??= createAnnouncer();
  return shared;
}

function createAnnouncer(): Announce {
  const region = document.createElement('div');
  region.className = 'answer-toast not-content';
  region.setAttribute('role', 'status');
  region.setAttribute('aria-live', 'polite');
  document.body.append(region);
  let timer: number | undefined;
  return (text, ms = TOAST_MS) => {
    window.clearTimeout(timer);
    region.textContent = text;
    region.dataset.visible = '';
    timer = window.setTimeout(() => {
      delete region.dataset.visible;
      region.textContent = '';
    }, ms);
  };
}
