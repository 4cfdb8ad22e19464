import { inflateSync } from 'node:zlib';

/** Decodes the PNGs the card renderer writes: 8-bit palette, rows unfiltered. */
export function decodePalettePng(png: Buffer): { width: number; height: number; colours: number; rgba: Uint8Array } {
  let offset = 8;
  let width = 0;
  let height = 0;
  let palette: Buffer = Buffer.alloc(0);
  let alpha: Buffer = Buffer.alloc(0);
  const data: Buffer[] = [];
  while (offset < png.length) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    const body = png.subarray(offset + 8, offset + 8 + length);
    if (type === 'IHDR') {
      width = body.readUInt32BE(0);
      height = body.readUInt32BE(4);
      if (body.subarray(8, 13).join() !== '8,3,0,0,0') throw new Error('not an 8-bit palette PNG without interlace');
    }
    if (type === 'PLTE') palette = body;
    if (type === 'tRNS') alpha = body;
    if (type === 'IDAT') data.push(body);
    offset += length + 12;
  }
  const rows = inflateSync(Buffer.concat(data));
  const rgba = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    if (rows[y * (width + 1)] !== 0) throw new Error(`row ${y} is filtered`);
    for (let x = 0; x < width; x += 1) {
      const index = rows[y * (width + 1) + 1 + x] ?? 0;
      rgba.set(
        [palette[index * 3] ?? 0, palette[index * 3 + 1] ?? 0, palette[index * 3 + 2] ?? 0, alpha[index] ?? 255],
        (y * width + x) * 4,
      );
    }
  }
  return { width, height, colours: palette.length / 3, rgba };
}
