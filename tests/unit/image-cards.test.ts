import { describe, expect, it } from 'vitest';
import { CARD_HEIGHT, CARD_WIDTH, type CardContent, cardImage, cardKey } from '../../src/build/cards/card-content.ts';
import { cardMetaTags } from '../../src/build/cards/card-meta.ts';
import { cacheFileName } from '../../src/build/cards/card-renderer.ts';
import { siteUrl } from '../../src/config/site.ts';

const content: CardContent = {
  title: 'How does Kafka keep messages in order?',
  text: 'Within a partition, in the order the producer sent them.',
  level: 'Intermediate',
  section: 'Consumers and delivery guarantees',
};

describe('the card cache key', () => {
  it('is the same for the same content, whatever the site URL and base path', () => {
    expect(cardKey({ ...content })).toBe(cardKey(content));
    const root = cardImage(content, 'https://example.org', '/');
    const project = cardImage(content, 'https://example.github.io', '/handbook/');
    expect(root.url.split('/').at(-1)).toBe(project.url.split('/').at(-1));
  });

  it('changes with every field the card shows', () => {
    const keys = new Set([
      cardKey(content),
      cardKey({ ...content, title: `${content.title} ` }),
      cardKey({ ...content, text: 'Within a partition.' }),
      cardKey({ ...content, level: 'Advanced' }),
      cardKey({ ...content, section: 'Kafka fundamentals' }),
      cardKey({ ...content, level: undefined }),
    ]);
    expect(keys.size).toBe(6);
  });

  it('keeps fields apart (no two contents share a key by moving text between fields)', () => {
    expect(cardKey({ title: 'a b', text: 'c' })).not.toBe(cardKey({ title: 'a', text: 'b c' }));
  });

  it('draws again when the logo or the drawing tools change, not the URL', () => {
    const key = cardKey(content);
    expect(cacheFileName(key, '<svg/>')).not.toBe(cacheFileName(key, '<svg></svg>'));
    expect(cacheFileName(key, '<svg/>')).toBe(cacheFileName(key, '<svg/>'));
  });
});

describe('the card meta tags', () => {
  it('give an absolute image URL under the base path, its size, type and alt text', () => {
    const image = cardImage(content, 'https://example.github.io', '/handbook/');
    expect(image.url).toMatch(/^https:\/\/example\.github\.io\/handbook\/og\/[0-9a-f]{20}\.png$/);
    expect(image.alt).toBe('How does Kafka keep messages in order? — Intermediate, Consumers and delivery guarantees');
    const tags = Object.fromEntries(
      cardMetaTags(image).map((tag) => ['property' in tag ? tag.property : tag.name, tag.content]),
    );
    expect(tags).toEqual({
      'og:image': image.url,
      'og:image:type': 'image/png',
      'og:image:width': String(CARD_WIDTH),
      'og:image:height': String(CARD_HEIGHT),
      'og:image:alt': image.alt,
      'twitter:card': 'summary_large_image',
      'twitter:image': image.url,
      'twitter:image:alt': image.alt,
    });
  });

  it('are for a 1200x630 card', () => {
    expect([CARD_WIDTH, CARD_HEIGHT]).toEqual([1200, 630]);
  });
});

describe('the site URL', () => {
  it('falls back to localhost outside a production build', () => {
    expect(siteUrl({})).toBe('http://localhost:4321');
    expect(siteUrl({ CI: 'true' })).toBe('http://localhost:4321');
  });

  it('is required by a production build, and the error says what to set', () => {
    expect(() => siteUrl({ PRODUCTION: '1' })).toThrow(/SITE_URL is not set.*PRODUCTION=1.*SITE_URL=https:\/\//);
    expect(() => siteUrl({ PRODUCTION: '1', SITE_URL: '  ' })).toThrow(/SITE_URL is not set/);
    expect(siteUrl({ PRODUCTION: '1', SITE_URL: 'https://example.org' })).toBe('https://example.org');
  });

  it('must be absolute', () => {
    expect(() => siteUrl({ SITE_URL: 'example.org' })).toThrow(/absolute/);
  });
});
