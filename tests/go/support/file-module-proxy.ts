import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * Writes a Go module proxy as a directory (for GOPROXY=file://…) serving one module version with
 * the given files: the list, .info, .mod and .zip the go command asks a proxy for. The zip stores
 * its entries uncompressed, which the go command accepts.
 */
export async function writeFileModuleProxy(
  directory: string,
  module: string,
  version: string,
  files: Record<string, string>,
): Promise<void> {
  const at = join(directory, module, '@v');
  await mkdir(at, { recursive: true });
  await writeFile(join(at, 'list'), `${version}\n`);
  await writeFile(join(at, `${version}.info`), JSON.stringify({ Version: version, Time: '2026-01-01T00:00:00Z' }));
  await writeFile(join(at, `${version}.mod`), files['go.mod'] ?? `module ${module}\n`);
  const entries = Object.entries(files).map(([name, text]) => ({
    name: `${module}@${version}/${name}`,
    data: Buffer.from(text),
  }));
  await writeFile(join(at, `${version}.zip`), storedZip(entries));
}

/** A zip archive with every entry stored as is (method 0). */
function storedZip(entries: Array<{ name: string; data: Buffer }>): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const { name, data } of entries) {
    const nameBytes = Buffer.from(name);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4); // version needed
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by
    central.writeUInt16LE(20, 6); // version needed
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(nameBytes.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    centrals.push(central, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}
