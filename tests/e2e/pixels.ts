import type { Locator, Page } from '@playwright/test';
import type { ThemeName } from '../../src/config/palette.ts';
import { expect, nextFrames } from './fixtures.ts';

/**
 * Opens `path` in `theme`, with the fixed page header hidden: it would cover part of anything
 * taller than the window (`toHaveScreenshot`'s own `style` option did not hide it there).
 */
export async function openInTheme(page: Page, path: string, theme: ThemeName): Promise<void> {
  await page.emulateMedia({ colorScheme: theme });
  await page.goto(path);
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await page.addStyleTag({ content: 'header { visibility: hidden !important; }' });
}

/**
 * `target` matches its reference image `file`, pixel for pixel (antialiasing aside). It is scrolled
 * to first and given two frames, so a block skipped off screen is drawn, and measured at its drawn size.
 */
export async function expectSamePixels(target: Locator, file: string): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  await nextFrames(target.page());
  await expect(target).toHaveScreenshot(file, { animations: 'disabled', maxDiffPixelRatio: 0.002 });
}
