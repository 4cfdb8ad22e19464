import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';
import { palette } from '../../config/palette.ts';
import { CARD_HEIGHT, CARD_WIDTH } from './card-content.ts';
import { emojiImage, textFonts } from './card-fonts.ts';
import type { CardLayout } from './card-layout.ts';
import { encodePalettePng } from './palette-png.ts';

/** Satori lays the card out and turns its text into paths; resvg rasterises that SVG. */
export async function drawCardSvg({ tree, fonts }: CardLayout): Promise<string> {
  return satori(tree, {
    width: CARD_WIDTH,
    height: CARD_HEIGHT,
    fonts: textFonts(fonts).map(({ name, weight, data }) => ({ name, weight, data, style: 'normal' as const })),
    // Only emoji reach here: every other character has a font, or was replaced before layout.
    loadAdditionalAsset: async (code, segment) =>
      (code === 'emoji' && emojiImage(fonts, segment, palette.light.text)) || [],
  });
}

/** The card as a palette PNG (see `encodePalettePng`). */
export function rasterise(svg: string): Buffer {
  const image = new Resvg(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } }).render();
  return encodePalettePng(image.pixels, image.width, image.height);
}
