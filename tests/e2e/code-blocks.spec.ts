import type { Page } from '@playwright/test';
import { expect, expectFindInPageReaches, nextFrames, test } from './fixtures.ts';

/** The most code on one page (four Go blocks, 231 lines), and the answer below all of them. */
const codeHeaviestPage = {
  path: '/distributed/coordination/distributed-locks-and-redlock/',
  lastAnswerId: 'dlock-etcd-mutex',
};
const skippable = 'pre[style*="--code-rows:"] > code';

// The widths the row estimates are made for (src/plugins/expressive-code-offscreen.ts).
for (const [screen, viewport] of [
  ['a desktop', { width: 1280, height: 800 }],
  ['a phone', { width: 390, height: 844 }],
] as const) {
  test.describe(`on ${screen}`, () => {
    test.use({ viewport });

    test('a long code block off screen is skipped, in a box within two rows or 4% of its drawn height', async ({
      page,
    }) => {
      await page.goto(codeHeaviestPage.path);
      const blocks = page.locator(skippable);
      await expect(blocks).toHaveCount(4);
      await expect(blocks.last()).not.toBeInViewport();
      // Its lines are skipped: neither styled nor laid out.
      const lineShown = () =>
        blocks
          .last()
          .evaluate((code) => code.querySelector('.ec-line')?.checkVisibility({ contentVisibilityAuto: true }));
      expect(await lineShown()).toBe(false);
      const rowHeight = await blocks.last().evaluate((code) => Number.parseFloat(getComputedStyle(code).lineHeight));
      const skipped = await heights(page);

      await page.locator(skippable).evaluateAll((codes) => {
        for (const code of codes) (code as HTMLElement).style.contentVisibility = 'visible';
      });
      await nextFrames(page);
      expect(await lineShown()).toBe(true);
      const drawn = await heights(page);
      for (const [index, height] of skipped.entries()) {
        const real = drawn[index] ?? 0;
        expect(Math.abs(height - real), `block ${index + 1}`).toBeLessThanOrEqual(Math.max(2 * rowHeight, 0.04 * real));
      }
    });
  });
}

test('a link to the last answer below long code blocks lands on it', async ({ page }) => {
  await page.goto(`${codeHeaviestPage.path}#${codeHeaviestPage.lastAnswerId}`);
  await page.waitForLoadState('networkidle');
  await nextFrames(page);
  await expect(page.locator(`h2#${codeHeaviestPage.lastAnswerId}`)).toBeInViewport({ ratio: 1 });
});

test("find in page reaches a skipped block's code", async ({ page }) => {
  await page.goto(codeHeaviestPage.path);
  await expectFindInPageReaches(page.locator(skippable).last(), '.ec-line', 20);
});

test('the copy button of a skipped block copies all of its code', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(codeHeaviestPage.path);
  const figure = page.locator('figure', { has: page.locator(skippable) }).last();
  await expect(figure.locator('code')).not.toBeInViewport();
  const expected = await figure
    .locator('.ec-line')
    .evaluateAll((rows) => rows.map((row) => row.textContent?.replace(/\n$/, '')).join('\n'));
  // Pressed where it is, without scrolling the block into view first.
  await figure.getByRole('button', { name: 'Copy to clipboard' }).evaluate((button) => (button as HTMLElement).click());
  await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
});

test('printing draws every code block', async ({ page }) => {
  await page.goto(codeHeaviestPage.path);
  await page.emulateMedia({ media: 'print' });
  const visibility = await page
    .locator(skippable)
    .evaluateAll((codes) => codes.map((code) => getComputedStyle(code).contentVisibility));
  expect(visibility).toEqual(['visible', 'visible', 'visible', 'visible']);
});

function heights(page: Page): Promise<number[]> {
  return page.locator(skippable).evaluateAll((codes) => codes.map((code) => code.getBoundingClientRect().height));
}
