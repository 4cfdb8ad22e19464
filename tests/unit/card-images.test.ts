import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { CardContent } from '../../src/build/cards/card-content.ts';
import { drawCard } from '../../src/build/cards/card-draw.ts';
import { layoutCard } from '../../src/build/cards/card-layout.ts';
import { LOGO_FILE } from '../../src/build/cards/card-renderer.ts';
import { ELLIPSIS } from '../../src/build/cards/text-fit.ts';
import { decodePalettePng } from '../support/decode-palette-png.ts';

/**
 * Card snapshots: the PNG each card should be, stored beside the tests (open them to review a
 * change). A new drawing is compared pixel by pixel with a small tolerance, not byte by byte:
 * anti-aliasing may differ by a shade between CPUs, while a moved, resized or missing glyph
 * changes thousands of pixels. A missing snapshot is written outside CI and fails in CI.
 */
const SNAPSHOTS = 'tests/unit/__snapshots__/cards';
const logo = readFileSync(LOGO_FILE, 'utf8');
/** A pixel "differs" when a channel is off by more than this. */
const SHADE = 32;
/** At most this share of pixels may differ (0.1% is 756 pixels; one glyph of a title is thousands). */
const MAX_DIFFERING = 0.001;

const cards: Record<string, CardContent> = {
  'long-question': {
    title:
      'Why does a consumer group rebalance stop every consumer, what does the cooperative sticky assignor change, and how do static membership and session timeouts interact when pods restart during a rolling deployment?',
    text: 'Because the eager protocol revokes every partition from every member before it assigns any, so the whole group stops consuming until the new assignment is known.',
    level: 'Advanced',
    section: 'Consumers and delivery guarantees',
  },
  'non-latin': {
    title: 'Kafka 的分区如何保证消息顺序？🚀 Ελληνικά и кириллица 👍🏽',
    text: '同一个键的消息进入同一个分区，并按生产者发送的顺序追加。',
    level: 'Basic',
    section: 'Kafka fundamentals',
  },
};

describe('card images', () => {
  it('fit a long question: the smallest size, then an ellipsis', () => {
    const { title } = layoutCard(cards['long-question'] as CardContent, logo);
    expect(title.size).toBe(50);
    expect(title.truncated).toBe(true);
    expect(title.lines.at(-1)?.endsWith(ELLIPSIS)).toBe(true);
  });

  it('draw Chinese, Greek, Cyrillic and emoji with fonts that have them: nothing is replaced', () => {
    const { title, text, fonts } = layoutCard(cards['non-latin'] as CardContent, logo);
    const withoutSpaces = (value = '') => value.replace(/\s/g, '');
    expect(withoutSpaces(title.lines.join(''))).toBe(withoutSpaces(cards['non-latin']?.title));
    expect(text.lines.join('')).toBe(cards['non-latin']?.text);
    const families = new Set(fonts.map(({ name }) => name.replace(/ \S+$/, '')));
    expect([...families]).toEqual(['Inter', 'Noto Sans SC', 'Noto Emoji']);
  });

  it('replace a character no card font has with "?", never a box', () => {
    const { title } = layoutCard({ title: 'Hangul 한 and Devanagari क', text: '' }, logo);
    expect(title.lines.join(' ')).toBe('Hangul ? and Devanagari ?');
  });

  for (const [name, content] of Object.entries(cards)) {
    it(`look as they did: ${name}`, async () => {
      const png = await drawCard(content, logo);
      expect(png.length).toBeLessThan(60_000);
      const file = `${SNAPSHOTS}/${name}.png`;
      if (!existsSync(file)) {
        expect(process.env.CI, `${file} is missing: run the test outside CI to write it`).toBeFalsy();
        mkdirSync(SNAPSHOTS, { recursive: true });
        writeFileSync(file, png);
      }
      const expected = decodePalettePng(readFileSync(file));
      const actual = decodePalettePng(png);
      expect([actual.width, actual.height]).toEqual([1200, 630]);
      expect([expected.width, expected.height]).toEqual([1200, 630]);
      let differing = 0;
      for (let offset = 0; offset < actual.rgba.length; offset += 4) {
        for (let channel = 0; channel < 4; channel += 1) {
          if (Math.abs((actual.rgba[offset + channel] ?? 0) - (expected.rgba[offset + channel] ?? 0)) > SHADE) {
            differing += 1;
            break;
          }
        }
      }
      expect(differing / (actual.width * actual.height), `${differing} pixels differ from ${file}`).toBeLessThan(
        MAX_DIFFERING,
      );
    });
  }
});
