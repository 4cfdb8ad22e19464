import { describe, expect, it } from 'vitest';
import { encodePalettePng } from '../../src/build/cards/palette-png.ts';
import { decodePalettePng } from '../support/decode-palette-png.ts';

/** An RGBA image whose pixel `i` has the colour `colourOf(i)`. */
function image(width: number, height: number, colourOf: (pixel: number) => [number, number, number, number]) {
  const rgba = new Uint8Array(width * height * 4);
  for (let pixel = 0; pixel < width * height; pixel += 1) rgba.set(colourOf(pixel), pixel * 4);
  return rgba;
}

describe('the palette PNG encoder', () => {
  it('is lossless up to 256 colours, transparency included', () => {
    // 48 colours (16 x 8 x 3 combinations repeat every 48 pixels).
    const rgba = image(40, 30, (pixel) => [pixel % 16, (pixel % 8) * 30, 200, pixel % 3 === 0 ? 128 : 255]);
    const decoded = decodePalettePng(encodePalettePng(rgba, 40, 30));
    expect([decoded.width, decoded.height]).toEqual([40, 30]);
    expect(decoded.colours).toBeLessThanOrEqual(256);
    expect(decoded.rgba).toEqual(rgba);
  });

  it('keeps the 256 most used colours past that, each rare one drawn as its nearest kept one', () => {
    // 250 common colours (an anti-aliasing ramp), and rare ones a shade off them.
    const rgba = image(100, 100, (pixel) => {
      const shade = (pixel * 7) % 250;
      return pixel % 97 === 0 ? [shade + 1, shade, 0, 255] : [shade, shade, 0, 255];
    });
    const decoded = decodePalettePng(encodePalettePng(rgba, 100, 100));
    expect(decoded.colours).toBe(256);
    let worst = 0;
    for (let channel = 0; channel < rgba.length; channel += 1) {
      worst = Math.max(worst, Math.abs((rgba[channel] ?? 0) - (decoded.rgba[channel] ?? 0)));
    }
    expect(worst).toBe(1);
  });
});
