import type { CardContent } from './card-content.ts';
import { layoutCard } from './card-layout.ts';
import { drawCardSvg, rasterise } from './card-png.ts';

/** Draws one card to PNG bytes. */
export async function drawCard(content: CardContent, logoSvg: string): Promise<Buffer> {
  return rasterise(await drawCardSvg(layoutCard(content, logoSvg)));
}
