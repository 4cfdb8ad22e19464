import { existsSync, readdirSync } from 'node:fs';
import { homedir } from 'node:os';
import type { LaunchOptions } from 'playwright-core';
import { browserCandidates, howToGetABrowser, type Machine } from './browser-locations.ts';
import { canInstallWithApt, installDebianPackage } from './debian-packages.ts';

const thisMachine: Machine = {
  platform: process.platform,
  arch: process.arch,
  env: process.env,
  home: homedir(),
  listDirectory: (path) => {
    try {
      return readdirSync(path);
    } catch {
      return [];
    }
  },
};

/**
 * Finds a Chromium-based browser for the build (diagram rendering) and the browser tests: see
 * `browserCandidates` for the order. As root on Debian, with none found, Debian's `chromium` is
 * installed with apt-get. Anything else stops with a message that says, for this OS, how to get
 * one, because `npx playwright install` cannot download on every machine.
 */
export function resolveChromiumPath(): string {
  const found = findInstalledChromium();
  if (found) return found;
  if (canInstallWithApt()) {
    installDebianPackage('chromium', 'No Chromium found for diagrams and browser tests');
    const installed = findInstalledChromium();
    if (installed) return installed;
  }
  throw new Error(howToGetABrowser(process.platform));
}

function findInstalledChromium(): string | undefined {
  return browserCandidates(thisMachine).find((candidate) => existsSync(candidate));
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
