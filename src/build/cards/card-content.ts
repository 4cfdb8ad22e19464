import { createHash } from 'node:crypto';

/**
 * What an image card shows. It holds nothing about where the site is deployed (no site URL,
 * no base path), so the root build and the `/handbook/` build share every card.
 */
export interface CardContent {
  /** The question, or the page's title. */
  title: string;
  /** The start of the short answer, or the page's description. */
  text: string;
  /** The section's label, when the page is in one. */
  section?: string | undefined;
  /** The answer's level label (`Intermediate`); pages have none. */
  level?: string | undefined;
}

/** Bump when the card's design changes: every card gets a new key, so unfurlers fetch it again. */
export const CARD_DESIGN_VERSION = 1;

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

/** What a card may weigh: small enough for chat apps on a slow connection. */
export const CARD_MAX_BYTES = 60_000;

/** Cards are written to `dist/og/<key>.png`. */
export const CARD_DIRECTORY = 'og';

/** The card's file name is its content's hash: an edited question is a new URL, not a stale image. */
export function cardKey(content: CardContent): string {
  const { title, text, section = '', level = '' } = content;
  return createHash('sha256')
    .update(JSON.stringify({ title, text, section, level, design: CARD_DESIGN_VERSION }))
    .digest('hex')
    .slice(0, 20);
}

/** The cards the pages of this build asked for, by key, for the build to draw at its end. */
export function requestedCards(): Map<string, CardContent> {
  // The pages are rendered by Astro's bundle and the integration is loaded with the config: two
  // copies of this module in one process. A global registry is what both see.
  const registry = globalThis as { [REGISTRY]?: Map<string, CardContent> };
  registry[REGISTRY] ??= new Map();
  return registry[REGISTRY];
}

const REGISTRY = Symbol.for('backend-handbook:image-cards');

export interface CardImage {
  /** Absolute URL, for `og:image`. */
  url: string;
  alt: string;
}

/**
 * Registers the card of a page or a short link and says where it will be. `site` and `base` are
 * Astro's: `og:image` must be an absolute URL.
 */
export function cardImage(content: CardContent, site: URL | string, base: string): CardImage {
  const key = cardKey(content);
  requestedCards().set(key, content);
  const prefix = base.endsWith('/') ? base : `${base}/`;
  return { url: new URL(`${prefix}${CARD_DIRECTORY}/${key}.png`, site).href, alt: cardAlt(content) };
}

/** The alt text says what the card says, in the order it says it. */
export function cardAlt({ title, section, level }: CardContent): string {
  return [title, [level, section].filter(Boolean).join(', ')].filter(Boolean).join(' — ');
}
