import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * Runs `work` while holding a lock on `directory`, a cache that several clones of the project
 * may share: two test runs must not download or unpack into it at the same time. The lock is a
 * directory (its creation is atomic) holding the owner's pid, so a crashed owner's lock is taken over.
 */
export async function withDirectoryLock<T>(directory: string, work: () => Promise<T>): Promise<T> {
  const lock = join(directory, '.lock');
  await mkdir(directory, { recursive: true });
  let announced = false;
  for (;;) {
    try {
      await mkdir(lock);
      break;
    } catch {
      const owner = Number(await readFile(join(lock, 'pid'), 'utf8').catch(() => ''));
      if (owner && !isAlive(owner)) {
        await rm(lock, { recursive: true, force: true });
        continue;
      }
      if (!announced) console.log(`[go] waiting for process ${owner || '?'}, which holds ${lock}…`);
      announced = true;
      await sleep(1000);
    }
  }
  try {
    await writeFile(join(lock, 'pid'), String(process.pid));
    return await work();
  } finally {
    await rm(lock, { recursive: true, force: true });
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
