import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '/work/main/src/build/chromium.ts';
const [,, url, selector, out, theme = 'dark', width = '1280'] = process.argv;
const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: Number(width), height: 900 }, colorScheme: theme as 'dark' | 'light' });
await page.goto(url!);
await page.locator(selector!).first().screenshot({ path: out! });
await browser.close();
