import { describe, expect, it } from 'vitest';
import { cutWithEllipsis, ELLIPSIS, fitText, splitGraphemes, wrapLines } from '../../src/build/cards/text-fit.ts';

/** A font where every grapheme is half an em wide, and CJK and emoji a full em. */
const measure = (text: string, size: number) =>
  splitGraphemes(text).reduce(
    (width, grapheme) => width + (/[\u4e00-\u9fff]|\p{Extended_Pictographic}/u.test(grapheme) ? 1 : 0.5) * size,
    0,
  );
const steps = [
  { size: 60, maxLines: 2 },
  { size: 40, maxLines: 3 },
];
const width = 600;

describe('fitting a question on the card', () => {
  it('keeps the largest size when the text fits', () => {
    expect(fitText('How does Kafka order messages?', { steps, width, measure })).toEqual({
      size: 60,
      lines: ['How does Kafka order', 'messages?'],
      truncated: false,
    });
  });

  it('takes a smaller size before it cuts anything', () => {
    const text = 'Why does a consumer group rebalance stop every consumer for so long?';
    const fitted = fitText(text, { steps, width, measure });
    expect(fitted.size).toBe(40);
    expect(fitted.truncated).toBe(false);
    expect(fitted.lines.join(' ')).toBe(text);
  });

  it('cuts at a word end with an ellipsis when even the smallest size is too large, and stays in the box', () => {
    const text = `${'What happens to the offsets of a partition when '.repeat(4)}the leader fails?`;
    const fitted = fitText(text, { steps, width, measure });
    expect(fitted).toMatchObject({ size: 40, truncated: true });
    expect(fitted.lines).toHaveLength(3);
    const last = fitted.lines.at(-1) ?? '';
    expect(last.endsWith(ELLIPSIS)).toBe(true);
    // A whole word of the text comes just before the ellipsis: no word was cut in half.
    const words = text.split(' ');
    expect(words).toContain(last.slice(0, -1).split(' ').at(-1));
    for (const line of fitted.lines) expect(measure(line, 40)).toBeLessThanOrEqual(width);
  });

  it('breaks a word wider than the box between graphemes, and cuts one there when it must', () => {
    const word = 'max.poll.interval.ms'.repeat(5);
    const lines = wrapLines(word, 40, width, measure);
    expect(lines.join('')).toBe(word);
    expect(lines.every((line) => measure(line, 40) <= width)).toBe(true);
    const fitted = fitText(word.repeat(3), { steps, width, measure });
    expect(fitted.truncated).toBe(true);
    expect(measure(fitted.lines.at(-1) ?? '', 40)).toBeLessThanOrEqual(width);
  });

  it('never splits an emoji sequence or a letter from its accent', () => {
    const family = '👨‍👩‍👧';
    const thumbs = '👍🏽';
    const accented = 'e\u0301';
    const text = `${family}${thumbs}${accented}`.repeat(30);
    const fitted = fitText(text, { steps, width, measure });
    const graphemes = new Set([family, thumbs, accented, ELLIPSIS]);
    for (const line of fitted.lines) for (const grapheme of splitGraphemes(line)) expect(graphemes).toContain(grapheme);
  });

  it('breaks Chinese between characters, where it has no spaces', () => {
    const text = '消费者组在重新平衡时为什么会停止所有消费者的处理';
    const lines = wrapLines(text, 60, width, measure);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe(text);
    expect(lines.every((line) => measure(line, 60) <= width)).toBe(true);
  });

  it('drops punctuation before the ellipsis', () => {
    expect(cutWithEllipsis('ordering, retries, and idempotence', (text) => text.length <= 20)).toBe(
      `ordering, retries${ELLIPSIS}`,
    );
  });
});
