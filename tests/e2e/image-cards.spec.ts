import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'cheerio';
import { CARD_MAX_BYTES } from '../../src/build/cards/card-content.ts';
import { site } from '../../src/config/site.ts';
import { ROOT_BUILD } from '../support/builds.ts';
import { expect, referencePage, test } from './fixtures.ts';

/**
 * Link previews: every page of the sitemap and every short link names an image card that the
 * build wrote, 1200x630 PNG under the size limit, with the tags unfurlers read. The head is read
 * with cheerio, as unfurlers read it: from the HTML, without running it.
 */
const dist = ROOT_BUILD.dir;
const origin = new URL(site).origin;
const sitemap = readFileSync(`${dist}/sitemap-0.xml`, 'utf8');
const pages = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url ?? '').pathname);
const shortLinks = readdirSync(`${dist}/a`).map((id) => `/a/${id}/`);

function head(path: string) {
  const $ = load(readFileSync(`${dist}${path}index.html`, 'utf8'));
  const meta = (key: string) => {
    const found = $(`meta[property="${key}"], meta[name="${key}"]`);
    expect(found.length, `${path}: one ${key}`).toBe(1);
    return found.attr('content') ?? '';
  };
  return { $, meta };
}

/** Width, height and size of a PNG in `dist/`, read from its header. */
function pngFacts(url: string): { width: number; height: number; bytes: number } {
  expect(url.startsWith(`${origin}/og/`), `${url} is absolute, on the site`).toBe(true);
  const png = readFileSync(`${dist}${new URL(url).pathname}`);
  expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bytes: png.length };
}

test('every sitemap page and every short link has an image card that exists, 1200x630 PNG, small', () => {
  expect(pages.length).toBeGreaterThan(150);
  expect(shortLinks.length).toBeGreaterThan(500);
  const checked = new Map<string, { width: number; height: number; bytes: number }>();
  for (const path of [...pages, ...shortLinks]) {
    const { meta } = head(path);
    const image = meta('og:image');
    expect(meta('twitter:card'), path).toBe('summary_large_image');
    expect(meta('twitter:image'), path).toBe(image);
    expect([meta('og:image:width'), meta('og:image:height'), meta('og:image:type')], path).toEqual([
      '1200',
      '630',
      'image/png',
    ]);
    expect(meta('og:image:alt').length, path).toBeGreaterThan(3);
    if (!checked.has(image)) checked.set(image, pngFacts(image));
    const facts = checked.get(image);
    expect([facts?.width, facts?.height], image).toEqual([1200, 630]);
    expect(facts?.bytes, image).toBeLessThan(CARD_MAX_BYTES);
  }
  // Pages and answers have cards of their own (a renamed id's short link shares its answer's).
  expect(checked.size).toBeGreaterThan(pages.length);
});

test('an unfurler reads title, description and image from a short link and from a page', async ({ request }) => {
  const short = head(`/a/${referencePage.answerId}/`);
  expect(short.meta('og:title')).toBe(referencePage.question);
  expect(short.meta('og:description').length).toBeGreaterThan(40);
  expect(short.meta('og:image:alt')).toContain(referencePage.question);
  expect(short.meta('og:image:alt')).toContain(referencePage.sectionLabel);

  const page = head(referencePage.path);
  expect(page.meta('og:title')).toBe(page.$('h1').first().text().trim());
  expect(page.meta('og:description')).toBe(page.$('meta[name="description"]').attr('content'));
  expect(page.meta('og:image')).not.toBe(short.meta('og:image'));

  // The site serves the image where the tag says.
  const response = await request.get(new URL(short.meta('og:image')).pathname);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('image/png');
});
