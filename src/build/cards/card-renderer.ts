import { createHash } from 'node:crypto';
import { copyFile, mkdir, readFile, stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { writeAtomically } from '../write-atomically.ts';
import { CARD_DIRECTORY, type CardContent } from './card-content.ts';
import { drawCard } from './card-draw.ts';
import { FONT_VERSIONS } from './card-fonts.ts';

const require = createRequire(import.meta.url);
const versionOf = (name: string): string => (require(`${name}/package.json`) as { version: string }).version;

/** Bump when the drawing code changes without a change of design (same URL, new pixels). */
const RENDERER_VERSION = 1;

/** Everything besides a card's content that decides its pixels. */
const TOOLS = JSON.stringify({
  fonts: FONT_VERSIONS,
  satori: versionOf('satori'),
  resvg: versionOf('@resvg/resvg-js'),
  renderer: RENDERER_VERSION,
});

export const LOGO_FILE = 'src/assets/logo.svg';

/** The card's PNG for a content key, as cached: the key plus the tools that draw it. */
export function cacheFileName(key: string, logoSvg: string): string {
  return `${createHash('sha256').update(`${key}\n${TOOLS}\n${logoSvg}`).digest('hex').slice(0, 32)}.png`;
}

export { drawCard };

export interface WrittenCards {
  drawn: number;
  cached: number;
  /** Time spent drawing, in ms, for the per-card cost. */
  drawMs: number;
}

/**
 * Writes every requested card to `<outDir>/og/<key>.png`, drawing only those the cache (shared
 * by every build on this machine, whatever its base path) does not hold yet.
 */
export async function writeCards(
  cards: ReadonlyMap<string, CardContent>,
  { outDir, cacheDir, root }: { outDir: string; cacheDir: string; root: string },
): Promise<WrittenCards> {
  const logoSvg = await readFile(join(root, LOGO_FILE), 'utf8');
  const target = join(outDir, CARD_DIRECTORY);
  await mkdir(target, { recursive: true });
  await mkdir(cacheDir, { recursive: true });
  const result: WrittenCards = { drawn: 0, cached: 0, drawMs: 0 };
  // One card at a time. Two worker threads on this 2-core machine drew 200 cards at 41 ms a card
  // instead of 55 when it was quiet, but at 98-108 instead of 76 when other work shared it, as
  // in CI, where the Go lane runs beside the build: not worth a pool.
  for (const [key, content] of cards) {
    const cached = join(cacheDir, cacheFileName(key, logoSvg));
    if (await exists(cached)) {
      result.cached += 1;
    } else {
      const started = performance.now();
      const png = await drawCard(content, logoSvg);
      result.drawMs += performance.now() - started;
      result.drawn += 1;
      await writeAtomically(cached, png);
    }
    await copyFile(cached, join(target, `${key}.png`));
  }
  return result;
}

async function exists(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
