import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BASE_PATH_BUILD } from './builds.ts';

/**
 * `npm run build:base`: the site built under a project path, as GitHub Pages serves a project
 * site. A script rather than `BASE_PATH=… astro build`, so it runs the same on Windows. Always
 * without REPO_URL, whatever the shell has set: this build is where the tests check that
 * without a repository there is no "Edit this page" and no "Suggest a fix".
 */
const astro = fileURLToPath(new URL('../../node_modules/astro/bin/astro.mjs', import.meta.url));
const build = spawn(process.execPath, [astro, 'build', '--outDir', BASE_PATH_BUILD.dir], {
  stdio: 'inherit',
  env: { ...process.env, BASE_PATH: BASE_PATH_BUILD.base, REPO_URL: '' },
});
build.on('exit', (code) => process.exit(code ?? 1));
