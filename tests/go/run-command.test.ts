import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { runCommand } from './check/go-command.ts';

/** The Go check's process runner, with Node itself as the child so the test needs no toolchain. */
const node = process.execPath;
const options = { cwd: tmpdir(), env: process.env };

describe('runCommand', () => {
  it('passes its input to the child and collects what it prints', async () => {
    const result = await runCommand(node, ['-e', 'process.stdin.pipe(process.stdout)'], { ...options, input: 'hello' });
    expect(result).toEqual({ code: 0, stdout: 'hello', stderr: '', timedOut: false });
  });

  it('reports the exit code of a child that exits without reading its input (no EPIPE crash)', async () => {
    const input = 'x'.repeat(16 * 1024 * 1024); // far more than a pipe buffer holds
    const result = await runCommand(node, ['-e', 'process.exit(3)'], { ...options, input });
    expect(result.code).toBe(3);
  });

  it('gives a child without input an empty stdin rather than a pipe left open', async () => {
    const result = await runCommand(
      node,
      ['-e', 'process.stdin.on("end", () => console.log("eof")).resume()'],
      options,
    );
    expect(result.stdout.trim()).toBe('eof');
  });
});
