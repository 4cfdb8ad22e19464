import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { createFixtureProject } from '../support/fixture-project.ts';
import { DEV_FIXTURE, DEV_PORT, devPage, devPageSource } from './dev-fixture.ts';

/**
 * Playwright's web server for the dev-server tests: writes the fixture project (with no build,
 * so no search index) and runs `astro dev` in it until Playwright stops it.
 */
const project = await createFixtureProject(DEV_FIXTURE, { [devPage.file]: devPageSource });
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const server = spawn(process.execPath, [astro, 'dev', '--port', String(DEV_PORT)], {
  cwd: project,
  stdio: 'inherit',
  env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
});
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => server.kill(signal));
server.on('exit', (code) => process.exit(code ?? 0));
