import { crc32, deflateSync } from 'node:zlib';

/**
 * Encodes RGBA pixels as an 8-bit palette PNG. A card is flat colours and their anti-aliased
 * blends (under 256 colours in practice), so this is lossless there and about a third of the
 * size of resvg's RGBA PNG. Past 256 colours, the rarest ones take the nearest kept colour.
 */
export function encodePalettePng(pixels: Uint8Array, width: number, height: number): Buffer {
  const colours = asColours(pixels);
  // Each row: filter type 0 (none, the best for palette images), then one index per pixel.
  const rows = Buffer.alloc((width + 1) * height);
  const index = new Map<number, number>();
  // One pass gives each colour an index as it appears and writes it. Runs of one colour
  // (background, solid text) are the common case: a pixel is looked up only when it differs
  // from the one before.
  let previous = ~(colours[0] ?? 0);
  let previousIndex = 0;
  for (let y = 0; y < height; y += 1) {
    const row = y * (width + 1) + 1;
    const line = y * width;
    for (let x = 0; x < width; x += 1) {
      const colour = colours[line + x] as number;
      if (colour !== previous) {
        previous = colour;
        let found = index.get(colour);
        if (found === undefined) {
          found = index.size;
          index.set(colour, found);
        }
        previousIndex = found;
      }
      rows[row + x] = previousIndex;
    }
  }
  const seen = [...index.keys()];
  const kept = seen.length <= 256 ? seen : reducePalette(colours, seen, rows, width, height);
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const rgb = Buffer.alloc(kept.length * 3);
  const alpha = Buffer.alloc(kept.length);
  kept.forEach((colour, position) => {
    // Little-endian words: red is the low byte, alpha the high one.
    rgb.set([colour & 0xff, (colour >>> 8) & 0xff, (colour >>> 16) & 0xff], position * 3);
    alpha[position] = colour >>> 24;
  });
  const opaque = alpha.every((value) => value === 0xff);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', rgb),
    ...(opaque ? [] : [chunk('tRNS', alpha)]),
    // Level 9 costs about 50 ms more per card on this kind of image, for files 10% smaller.
    chunk('IDAT', deflateSync(rows, { level: 6 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/**
 * Past 256 colours (rows then hold indices modulo 256), the most used colours are kept, each
 * other colour takes the nearest kept one, and the rows are written again.
 */
function reducePalette(colours: Int32Array, seen: number[], rows: Buffer, width: number, height: number): number[] {
  const counts = new Map<number, number>();
  for (const colour of colours) counts.set(colour, (counts.get(colour) ?? 0) + 1);
  const kept = [...seen].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || a - b).slice(0, 256);
  const position = new Map(kept.map((colour, at) => [colour, at]));
  for (const colour of seen) if (!position.has(colour)) position.set(colour, nearest(colour, kept));
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1)
      rows[y * (width + 1) + 1 + x] = position.get(colours[y * width + x] as number) ?? 0;
  }
  return kept;
}

/**
 * One 32-bit word per RGBA pixel (copied when the bytes are not 4-aligned). Signed: opaque
 * colours are above 2^31, which as unsigned values would make every comparison slow.
 */
function asColours(pixels: Uint8Array): Int32Array {
  const aligned = pixels.byteOffset % 4 === 0 ? pixels : new Uint8Array(pixels);
  return new Int32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength / 4);
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

function nearest(colour: number, palette: readonly number[]): number {
  let best = 0;
  let bestDistance = Number.POSITIVE_INFINITY;
  palette.forEach((candidate, position) => {
    let distance = 0;
    for (let shift = 0; shift < 32; shift += 8)
      distance += (((colour >>> shift) & 0xff) - ((candidate >>> shift) & 0xff)) ** 2;
    if (distance < bestDistance) {
      bestDistance = distance;
      best = position;
    }
  });
  return best;
}
