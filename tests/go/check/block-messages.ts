import { BLOCK_FILE, type PlacedBlock } from './workspace.ts';

/** How many of a block's lines a failure quotes, so the reader recognises the block at once. */
const QUOTED_LINES = 6;

/**
 * Rewrites positions in the block's file (`…/<id>/block.go:12:3`, as the compiler, vet and the
 * race detector print them) into positions in the page (`src/content/docs/….mdx:54:3`).
 */
export function toPagePositions(text: string, placed: PlacedBlock): string {
  const file = new RegExp(`(?:[^\\s:"]*/)?${placed.id}/${BLOCK_FILE.replace('.', '\\.')}:(\\d+)(?::(\\d+))?`, 'g');
  return text.replace(file, (_match, line: string, column: string | undefined) => {
    const pageLine = placed.block.line + Number(line);
    return `${placed.block.file}:${pageLine}${column ? `:${column}` : ''}`;
  });
}

/** One failure of a block: where it is, what failed with the tool's own words, and its first lines. */
export function blockFailure(placed: PlacedBlock, what: string, detail: string): string {
  const lines = placed.block.code.split('\n');
  const quoted = lines.slice(0, QUOTED_LINES).map((line) => `    │ ${line}`);
  if (lines.length > QUOTED_LINES) quoted.push('    │ …');
  const message = toPagePositions(detail.trim(), placed)
    .split('\n')
    .map((line) => `    ${line}`)
    .join('\n');
  return `${placed.block.where}: ${what}\n${message}\n  the block begins:\n${quoted.join('\n')}`;
}
