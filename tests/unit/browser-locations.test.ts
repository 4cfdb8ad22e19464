import { describe, expect, it } from 'vitest';
import { browserCandidates, howToGetABrowser, type Machine } from '../../src/build/browser-locations.ts';

function machine(overrides: Partial<Machine>, folders: Record<string, string[]> = {}): Machine {
  return {
    platform: 'linux',
    arch: 'x64',
    env: {},
    home: '/home/dev',
    listDirectory: (path) => folders[path] ?? [],
    ...overrides,
  };
}

describe('browser discovery', () => {
  it('puts CHROMIUM_PATH first, then Playwright downloads newest first, then the system browsers', () => {
    const found = browserCandidates(
      machine(
        { env: { CHROMIUM_PATH: '/opt/my-chrome' } },
        { '/home/dev/.cache/ms-playwright': ['chromium-1100', 'firefox-1400', 'chromium-1200', 'ffmpeg-1010'] },
      ),
    );
    expect(found.slice(0, 3)).toEqual([
      '/opt/my-chrome',
      '/home/dev/.cache/ms-playwright/chromium-1200/chrome-linux64/chrome',
      '/home/dev/.cache/ms-playwright/chromium-1200/chrome-linux/chrome',
    ]);
    expect(found).toContain('/home/dev/.cache/ms-playwright/chromium-1100/chrome-linux64/chrome');
    expect(found.indexOf('/usr/bin/chromium')).toBeGreaterThan(found.indexOf('/opt/my-chrome'));
    expect(found).toContain('/usr/bin/google-chrome');
    expect(found.join(' ')).not.toContain('firefox');
  });

  it('reads PLAYWRIGHT_BROWSERS_PATH instead of the default folder', () => {
    const found = browserCandidates(
      machine(
        { arch: 'arm64', env: { PLAYWRIGHT_BROWSERS_PATH: '/srv/browsers' } },
        { '/srv/browsers': ['chromium-1300'] },
      ),
    );
    expect(found[0]).toBe('/srv/browsers/chromium-1300/chrome-linux-arm64/chrome');
  });

  it('knows the macOS application folders, Chromium before Chrome before Edge', () => {
    const found = browserCandidates(
      machine(
        { platform: 'darwin', arch: 'arm64', home: '/Users/dev' },
        { '/Users/dev/Library/Caches/ms-playwright': ['chromium-1200'] },
      ),
    );
    expect(found[0]).toBe(
      '/Users/dev/Library/Caches/ms-playwright/chromium-1200/chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    );
    const system = found.filter((path) => path.startsWith('/Applications/'));
    expect(system).toEqual([
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
    ]);
    expect(found).toContain('/Users/dev/Applications/Google Chrome.app/Contents/MacOS/Google Chrome');
  });

  it('knows the Windows install folders, per user and per machine, and finds Edge', () => {
    const found = browserCandidates(
      machine(
        {
          platform: 'win32',
          home: 'C:\\Users\\dev',
          env: {
            LOCALAPPDATA: 'C:\\Users\\dev\\AppData\\Local',
            PROGRAMFILES: 'C:\\Program Files',
            'PROGRAMFILES(X86)': 'C:\\Program Files (x86)',
          },
        },
        { 'C:\\Users\\dev\\AppData\\Local\\ms-playwright': ['chromium-1200'] },
      ),
    );
    expect(found[0]).toBe('C:\\Users\\dev\\AppData\\Local\\ms-playwright\\chromium-1200\\chrome-win64\\chrome.exe');
    expect(found).toContain('C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe');
    expect(found).toContain('C:\\Users\\dev\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(found).toContain('C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe');
  });

  it('says how to get a browser in the words of each OS', () => {
    expect(howToGetABrowser('darwin')).toMatch(/brew install --cask chromium/);
    expect(howToGetABrowser('win32')).toMatch(/winget install Google\.Chrome/);
    expect(howToGetABrowser('win32')).toMatch(/set CHROMIUM_PATH=/);
    expect(howToGetABrowser('linux')).toMatch(/apt-get install chromium/);
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      expect(howToGetABrowser(platform)).toMatch(/npx playwright install chromium/);
    }
  });
});
