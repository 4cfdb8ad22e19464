import { isIsoDate, isStoredCard, type Progress } from './progress.ts';
import type { Stars } from './stars.ts';

/**
 * The export file: the reader's stars and progress, to carry to another browser. Import checks
 * it strictly (a wrong file changes nothing) and merges it with what this browser has.
 */
export const EXPORT_FORMAT = 'backend-handbook-practice';
export const EXPORT_VERSION = 1;

export interface PracticeExport {
  format: typeof EXPORT_FORMAT;
  version: typeof EXPORT_VERSION;
  exportedAt: string;
  stars: Stars;
  progress: Progress;
}

export function buildExport(stars: Stars, progress: Progress, now: Date): PracticeExport {
  return { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: now.toISOString(), stars, progress };
}

/** `backend-handbook-practice-YYYY-MM-DD.json`, the reader's local date. */
export function exportFileName(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${EXPORT_FORMAT}-${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}.json`;
}

export type ParsedExport = { ok: true; data: PracticeExport } | { ok: false; reason: string };

const KEYS = ['format', 'version', 'exportedAt', 'stars', 'progress'];

/** Reads an export file's text; anything that is not exactly an export is refused with the reason. */
export function parseExport(text: string): ParsedExport {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return refuse('The file is not JSON, so it is not a practice export.');
  }
  if (!isPlainObject(value)) return refuse('The file holds no export object.');
  if (value.format !== EXPORT_FORMAT) {
    return refuse(`The file is not a backend handbook practice export (its "format" is not "${EXPORT_FORMAT}").`);
  }
  if (value.version !== EXPORT_VERSION) {
    return refuse(`The file is version ${JSON.stringify(value.version)}; this page reads version ${EXPORT_VERSION}.`);
  }
  const extra = Object.keys(value).filter((key) => !KEYS.includes(key));
  if (extra.length > 0) return refuse(`The file has fields an export never has: ${extra.join(', ')}.`);
  if (!isIsoDate(value.exportedAt)) return refuse('The file\'s "exportedAt" is not a date.');
  if (!isPlainObject(value.stars)) return refuse('The file\'s "stars" is not a list of starred answers.');
  const badStar = Object.entries(value.stars).find(([, date]) => !isIsoDate(date));
  if (badStar) return refuse(`The star of "${badStar[0]}" has no valid date.`);
  if (!isPlainObject(value.progress)) return refuse('The file\'s "progress" is not a set of cards.');
  const badCard = Object.entries(value.progress).find(([, card]) => !isStoredCard(card));
  if (badCard) return refuse(`The progress of "${badCard[0]}" is not a valid card.`);
  return {
    ok: true,
    data: {
      format: EXPORT_FORMAT,
      version: EXPORT_VERSION,
      exportedAt: value.exportedAt,
      stars: value.stars as Stars,
      progress: value.progress as Progress,
    },
  };
}

export interface MergeResult {
  stars: Stars;
  progress: Progress;
  /** Cards whose state came from the file (newer there, or only there). */
  cardsTaken: number;
  /** Stars the file added. */
  starsAdded: number;
  /** Cards and stars of answers this handbook does not have (nor renamed), left out. */
  skipped: number;
}

/** The answers of the handbook: the ids it has, and retired ids → the ids that replaced them. */
export interface HandbookIds {
  ids: ReadonlySet<string>;
  renamed: Readonly<Record<string, string>>;
}

/**
 * This browser's data with an export merged in: per card, the state reviewed last wins (this
 * browser's on a tie); stars are united, each keeping its earliest date. Ids that were renamed
 * since the export are moved to their new ids; ids the handbook does not know are left out, so a
 * foreign or edited file cannot fill the reader's storage with cards no deck will ever show.
 */
export function mergeExport(
  current: { stars: Stars; progress: Progress },
  imported: PracticeExport,
  handbook: HandbookIds,
): MergeResult {
  let skipped = 0;
  const known = <T>(entries: Record<string, T>): Array<[string, T]> =>
    Object.entries(entries).flatMap(([oldId, value]) => {
      const id = handbook.renamed[oldId] ?? oldId;
      if (handbook.ids.has(id)) return [[id, value] as [string, T]];
      skipped += 1;
      return [];
    });
  const progress = { ...current.progress };
  let cardsTaken = 0;
  for (const [id, card] of known(imported.progress)) {
    const mine = progress[id];
    if (mine === undefined || reviewedAt(card.last_review) > reviewedAt(mine.last_review)) {
      progress[id] = card;
      cardsTaken += 1;
    }
  }
  const stars = { ...current.stars };
  let starsAdded = 0;
  for (const [id, date] of known(imported.stars)) {
    const mine = stars[id];
    if (mine === undefined) starsAdded += 1;
    if (mine === undefined || Date.parse(date) < Date.parse(mine)) stars[id] = date;
  }
  return { stars, progress, cardsTaken, starsAdded, skipped };
}

function reviewedAt(date: string | undefined): number {
  return date === undefined ? Number.NEGATIVE_INFINITY : Date.parse(date);
}

function refuse(reason: string): ParsedExport {
  return { ok: false, reason };
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
