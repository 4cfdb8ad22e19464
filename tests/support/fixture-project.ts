import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type CollectedOutput, collectOutput } from './collect-output.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Inside the project, so the copy resolves the project's own node_modules; ignored by Git. */
const FIXTURES = join(ROOT, '.fixture-builds');

/** The least content a build needs: a home page, the guide the sidebar names, the 404 page. */
const BASE_PAGES: Record<string, string> = {
  'index.mdx': '---\ntitle: Fixture home\ntemplate: splash\nquestions: false\n---\n\nA fixture site.\n',
};
const COPIED_PAGES = ['guide.mdx', '404.mdx'];

/** The build's exit code and its output. */
export type BuildOutcome = CollectedOutput;

/** Where the fixture project `name` lives. */
export const fixturePath = (name: string): string => join(FIXTURES, name);

/**
 * Writes a copy of the site whose content is only the given pages (paths relative to
 * `src/content/docs/`) and returns its folder.
 */
export async function createFixtureProject(name: string, pages: Record<string, string>): Promise<string> {
  const project = fixturePath(name);
  await rm(project, { recursive: true, force: true });
  await mkdir(project, { recursive: true });
  for (const entry of ['astro.config.mjs', 'package.json', 'tsconfig.json', 'public', 'src']) {
    await cp(join(ROOT, entry), join(project, entry), {
      recursive: true,
      filter: (source) => !source.startsWith(join(ROOT, 'src/content/docs')),
    });
  }
  const docs = join(project, 'src/content/docs');
  for (const page of COPIED_PAGES) await cp(join(ROOT, 'src/content/docs', page), join(docs, page));
  for (const [path, content] of Object.entries({ ...BASE_PAGES, ...pages })) {
    await mkdir(dirname(join(docs, path)), { recursive: true });
    await writeFile(join(docs, path), content);
  }
  return project;
}

/**
 * Builds a fixture project (with `env` added to this process's environment) and returns the
 * build's exit code and output. Used to prove that bad input stops the build with a message
 * naming the file and the line.
 */
export async function buildFixture(
  name: string,
  pages: Record<string, string>,
  env: Record<string, string> = {},
): Promise<BuildOutcome> {
  const cwd = await createFixtureProject(name, pages);
  return collectOutput('npx', ['astro', 'build'], {
    cwd,
    env: { ...process.env, FORCE_COLOR: '0', NO_COLOR: '1', ...env },
  });
}

export async function removeFixtures(): Promise<void> {
  await rm(FIXTURES, { recursive: true, force: true });
}
