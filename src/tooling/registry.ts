import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { REGISTRY_PATH, readRegistry, updateRegistry, writeRegistry } from '../lib/answer-registry.ts';
import { collectAnswers } from '../lib/collect-answers.ts';

/**
 * `npm run registry [-- --rename old-id=new-id …]`: records the answers in the content in the
 * committed registry. New ids are added, moved ids keep their old page for redirects, and an id
 * that disappeared must be renamed to the answer that replaces it: it is never dropped silently.
 */
const { values } = parseArgs({ options: { rename: { type: 'string', multiple: true, default: [] } } });
const renames = Object.fromEntries(
  values.rename.map((pair) => {
    const [from, to] = pair.split('=');
    if (!from || !to) throw new Error(`--rename expects old-id=new-id, got "${pair}"`);
    return [from, to];
  }),
);

const root = process.cwd();
const current = await collectAnswers(root);
const before = existsSync(REGISTRY_PATH) ? await readRegistry(REGISTRY_PATH) : { answers: {}, renamed: {} };
const { registry, errors } = updateRegistry(before, current, renames);
if (errors.length > 0) {
  console.error(errors.join('\n'));
  process.exit(1);
}
await writeRegistry(REGISTRY_PATH, registry);

const added = Object.keys(registry.answers).filter((id) => !before.answers[id]);
const moved = Object.keys(registry.answers).filter(
  (id) => before.answers[id] && before.answers[id].page !== registry.answers[id]?.page,
);
const renamed = Object.keys(registry.renamed).filter((id) => !before.renamed[id]);
console.log(
  `${REGISTRY_PATH}: ${Object.keys(registry.answers).length} answers (${added.length} new, ${moved.length} moved), ${renamed.length} newly renamed.`,
);
