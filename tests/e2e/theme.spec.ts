import { palette } from '../../src/config/palette.ts';
import { expect, referencePage, test } from './fixtures.ts';

/** `#d7f4fb` as the browser reports a computed colour, `rgb(215, 244, 251)`. */
const rgb = (hex: string) =>
  `rgb(${[1, 3, 5].map((start) => Number.parseInt(hex.slice(start, start + 2), 16)).join(', ')})`;

test('the theme toggle recolours the page and its one diagram drawing, without reloading', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(referencePage.path);
  const figure = page.locator('figure[data-diagram]').first();
  const drawing = figure.locator('svg[role="img"]');
  await expect(drawing).toHaveCount(1);
  await expect(drawing).toBeVisible();
  const node = drawing.locator('.node rect').first();
  const fill = () => node.evaluate((element) => getComputedStyle(element).fill);
  await expect.poll(fill).toBe(rgb(palette.dark.accentLow));

  // A marker survives a re-render or a reload: neither may happen.
  await page.evaluate(() => Object.assign(window, { sameDocument: true }));
  await page.getByRole('combobox', { name: 'Select theme' }).first().selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(fill).toBe(rgb(palette.light.accentLow));
  expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
  await expect(drawing).toBeVisible();

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  await expect.poll(fill).toBe(rgb(palette.light.accentLow));
});
