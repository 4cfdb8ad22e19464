import { existsSync } from 'node:fs';
import { chromium, type LaunchOptions } from 'playwright-core';
import { canInstallWithApt, installDebianPackage } from './debian-packages.ts';

/**
 * Finds a Chromium for the build (diagram rendering) and the browser tests, in this order:
 * `CHROMIUM_PATH`, Playwright's own download, the system's Chromium, and, as root on Debian,
 * Debian's `chromium` package installed with apt-get. Anything else stops with a message that
 * says how to get one, because `npx playwright install` cannot download on every machine.
 */
export function resolveChromiumPath(): string {
  const found = findInstalledChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    installDebianPackage('chromium', 'No Chromium found for diagrams and browser tests');
    const installed = findInstalledChromium();
    if (installed) return installed;
  }
  throw new Error(
    [
      'No Chromium found for rendering diagrams and running browser tests. Any one of these works:',
      "  - npx playwright install chromium          (downloads Playwright's own browser)",
      '  - sudo apt-get install chromium             (Debian/Ubuntu system package)',
      '  - CHROMIUM_PATH=/path/to/chrome npm test    (any Chromium or Chrome you already have)',
    ].join('\n'),
  );
}

const SYSTEM_CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function findInstalledChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv && existsSync(fromEnv)) return fromEnv;
  const playwrightOwn = chromium.executablePath();
  if (playwrightOwn && existsSync(playwrightOwn)) return playwrightOwn;
  return SYSTEM_CANDIDATES.find((candidate) => existsSync(candidate));
}

/**
 * Headless flags for a closed network: without the background-networking ones Chromium keeps
 * trying to reach Google's services, which a sandboxed machine refuses.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
];

export function chromiumLaunchOptions(): LaunchOptions {
  return { executablePath: resolveChromiumPath(), args: CHROMIUM_ARGS, headless: true };
}
