import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

interface Step {
  uses?: string;
  run?: string;
  id?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const workflow = parse(await readFile('.github/workflows/deploy.yml', 'utf8')) as {
  permissions: Record<string, string>;
  jobs: { build: { steps: Step[] }; deploy: { needs: string; steps: Step[] } };
};

describe('the GitHub Pages workflow', () => {
  const steps = workflow.jobs.build.steps;

  it('builds with the URL and base path that the Pages configuration gives, and the repository', () => {
    const build = steps.find((step) => step.run === 'npm run build');
    // GitHub Actions expressions, written as the workflow has them (not JavaScript templates).
    const expression = (name: string) => `\${{ steps.pages.outputs.${name} }}`;
    expect(build?.env).toEqual({
      PRODUCTION: '1',
      SITE_URL: expression('origin'),
      BASE_PATH: expression('base_path'),
      // "Edit this page" and "Suggest a fix" link here.
      REPO_URL: `\${{ github.server_url }}/\${{ github.repository }}`,
    });
    const configure = steps.findIndex((step) => step.uses?.startsWith('actions/configure-pages'));
    expect(steps[configure]?.id).toBe('pages');
    expect(configure).toBeLessThan(steps.indexOf(build as Step));
  });

  it('installs exactly what the lockfile says (npm ci) and publishes dist', () => {
    expect(steps.some((step) => step.run?.startsWith('npm ci'))).toBe(true);
    expect(steps.some((step) => step.run?.startsWith('npm install'))).toBe(false);
    expect(steps.find((step) => step.uses?.startsWith('actions/upload-pages-artifact'))?.with).toEqual({
      path: 'dist',
    });
    expect(workflow.jobs.deploy.needs).toBe('build');
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
