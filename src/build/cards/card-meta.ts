import { CARD_HEIGHT, CARD_WIDTH, type CardImage } from './card-content.ts';

/** A `<meta>` element's attributes. */
export type MetaAttributes = { property: string; content: string } | { name: string; content: string };

/**
 * The tags unfurlers read for a large image preview: Open Graph (Facebook, LinkedIn, Slack,
 * Discord, iMessage) and Twitter's own, which X and some chat apps prefer.
 */
export function cardMetaTags({ url, alt }: CardImage): MetaAttributes[] {
  return [
    { property: 'og:image', content: url },
    { property: 'og:image:type', content: 'image/png' },
    { property: 'og:image:width', content: String(CARD_WIDTH) },
    { property: 'og:image:height', content: String(CARD_HEIGHT) },
    { property: 'og:image:alt', content: alt },
    { name: 'twitter:card', content: 'summary_large_image' },
    { name: 'twitter:image', content: url },
    { name: 'twitter:image:alt', content: alt },
  ];
}
