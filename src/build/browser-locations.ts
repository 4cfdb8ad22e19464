import { join, win32 } from 'node:path';

/** What the search for a browser needs to know about the machine; injectable so tests can fake it. */
export interface Machine {
  platform: NodeJS.Platform;
  arch: string;
  env: Readonly<Record<string, string | undefined>>;
  home: string;
  /** Names in a directory, or none when it does not exist. */
  listDirectory: (path: string) => string[];
}

/**
 * The executable inside one of Playwright's browser folders (`chromium-1200/…`), per platform, as
 * Playwright's own registry lays it out; older downloads used the names without the arch suffix.
 */
const PLAYWRIGHT_EXECUTABLES: Record<string, string[][]> = {
  'linux-x64': [
    ['chrome-linux64', 'chrome'],
    ['chrome-linux', 'chrome'],
  ],
  'linux-arm64': [
    ['chrome-linux-arm64', 'chrome'],
    ['chrome-linux', 'chrome'],
  ],
  'darwin-x64': [
    ['chrome-mac-x64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  'darwin-arm64': [
    ['chrome-mac-arm64', 'Google Chrome for Testing.app', 'Contents', 'MacOS', 'Google Chrome for Testing'],
    ['chrome-mac', 'Chromium.app', 'Contents', 'MacOS', 'Chromium'],
  ],
  'win32-x64': [
    ['chrome-win64', 'chrome.exe'],
    ['chrome-win', 'chrome.exe'],
  ],
};

/** Installed browsers in their usual places: Chromium first, then Chrome, then Edge. */
function systemBrowsers({ platform, env, home }: Machine): string[] {
  if (platform === 'darwin') {
    const apps = [
      ['Chromium.app', 'Chromium'],
      ['Google Chrome.app', 'Google Chrome'],
      ['Microsoft Edge.app', 'Microsoft Edge'],
    ];
    return ['/Applications', join(home, 'Applications')].flatMap((folder) =>
      apps.map(([app, binary]) => join(folder, app ?? '', 'Contents', 'MacOS', binary ?? '')),
    );
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)']].filter((root): root is string =>
      Boolean(root),
    );
    const installs = [
      ['Chromium', 'Application', 'chrome.exe'],
      ['Google', 'Chrome', 'Application', 'chrome.exe'],
      ['Microsoft', 'Edge', 'Application', 'msedge.exe'],
    ];
    return installs.flatMap((install) => roots.map((root) => win32.join(root, ...install)));
  }
  return [
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/microsoft-edge',
    '/usr/bin/microsoft-edge-stable',
  ];
}

/** Playwright's download folder: `PLAYWRIGHT_BROWSERS_PATH`, else its per-OS default cache. */
function playwrightFolder({ platform, env, home }: Machine): string {
  const configured = env.PLAYWRIGHT_BROWSERS_PATH;
  if (configured && configured !== '0') return configured;
  if (platform === 'darwin') return join(home, 'Library', 'Caches', 'ms-playwright');
  if (platform === 'win32')
    return win32.join(env.LOCALAPPDATA ?? win32.join(home, 'AppData', 'Local'), 'ms-playwright');
  return join(env.XDG_CACHE_HOME ?? join(home, '.cache'), 'ms-playwright');
}

/** Every Chromium Playwright downloaded, newest revision first, whatever Playwright version did it. */
function playwrightBrowsers(machine: Machine): string[] {
  const folder = playwrightFolder(machine);
  const layouts = PLAYWRIGHT_EXECUTABLES[`${machine.platform}-${machine.arch}`] ?? [];
  const pathJoin = machine.platform === 'win32' ? win32.join : join;
  const revision = (name: string) => Number(name.split('-').pop());
  return machine
    .listDirectory(folder)
    .filter((name) => /^chromium-\d+$/.test(name))
    .sort((a, b) => revision(b) - revision(a))
    .flatMap((name) => layouts.map((layout) => pathJoin(folder, name, ...layout)));
}

/**
 * Where to look for a Chromium-based browser, in order: `CHROMIUM_PATH`, the browsers Playwright
 * downloaded (any revision, in `PLAYWRIGHT_BROWSERS_PATH` or its default folder), then Chromium,
 * Chrome and Edge where each OS installs them.
 */
export function browserCandidates(machine: Machine): string[] {
  const fromEnv = machine.env.CHROMIUM_PATH ? [machine.env.CHROMIUM_PATH] : [];
  return [...fromEnv, ...playwrightBrowsers(machine), ...systemBrowsers(machine)];
}

/** How to get a browser on this OS, for the message shown when none is found. */
export function howToGetABrowser(platform: NodeJS.Platform): string {
  const playwright =
    "  - npx playwright install chromium              (Playwright's own browser, where downloads work)";
  const pointAtOne =
    platform === 'win32'
      ? '  - set CHROMIUM_PATH=C:\\path\\to\\chrome.exe       (any Chromium, Chrome or Edge you have), then npm test'
      : '  - CHROMIUM_PATH=/path/to/browser npm test       (any Chromium, Chrome or Edge you already have)';
  const perOs: Record<string, string[]> = {
    darwin: ['  - brew install --cask chromium                  (or install Google Chrome or Microsoft Edge)'],
    win32: ['  - winget install Google.Chrome                  (Edge, preinstalled on Windows, is found too)'],
    linux: [
      '  - sudo apt-get install chromium                 (Debian; on Ubuntu: sudo snap install chromium)',
      '  - sudo dnf install chromium                     (Fedora)',
    ],
  };
  return [
    'No Chromium, Chrome or Edge found for rendering diagrams and running browser tests. Any one of these works:',
    ...(perOs[platform] ?? perOs.linux ?? []),
    playwright,
    pointAtOne,
  ].join('\n');
}
