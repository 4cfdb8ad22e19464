import { readFile, writeFile } from 'node:fs/promises';

/**
 * The promise that links never break: every answer id ever published, the page that holds it,
 * the pages it lived on before, and the ids that were replaced by other ids. Committed in
 * `src/data/answer-registry.json`; `npm run registry` updates it; a test compares it with the
 * content so an id cannot vanish or move unnoticed.
 */
export interface AnswerRegistry {
  answers: Record<string, RegisteredAnswer>;
  renamed: Record<string, Renamed>;
}

export interface RegisteredAnswer {
  /** The page id that holds the answer now, e.g. `kafka/consumers/ordering`. */
  page: string;
  /** Pages that held it before; their `page/#id` links are redirected here. */
  formerPages?: string[];
}

export interface Renamed {
  /** The id that replaced this one. */
  to: string;
  /** The pages where the old id lived, whose `page/#old-id` links are redirected. */
  pages: string[];
}

export interface CurrentAnswer {
  id: string;
  page: string;
}

export const REGISTRY_PATH = 'src/data/answer-registry.json';

export async function readRegistry(path: string): Promise<AnswerRegistry> {
  return JSON.parse(await readFile(path, 'utf8')) as AnswerRegistry;
}

export async function writeRegistry(path: string, registry: AnswerRegistry): Promise<void> {
  await writeFile(path, registryJson(registry));
}

/** Line width of the project's formatter (biome.json), which the written file must already satisfy. */
const LINE_WIDTH = 120;

/**
 * The registry as the project's formatter would print it: keys sorted, two-space indent, and a
 * list of pages on one line when it fits, so `npm run registry` never leaves a lint failure.
 */
export function registryJson(registry: AnswerRegistry): string {
  const sorted: AnswerRegistry = { answers: sortKeys(registry.answers), renamed: sortKeys(registry.renamed) };
  const json = JSON.stringify(sorted, null, 2).replace(
    /^( *)("[^"]+": )\[\n((?:\1 {2}"[^"]*",?\n)+)\1\]/gm,
    (whole, indent: string, key: string, items: string) => {
      const inline = `${indent}${key}[${items
        .trim()
        .split(/,?\n\s*/)
        .join(', ')}]`;
      return inline.length <= LINE_WIDTH ? inline : whole;
    },
  );
  return `${json}\n`;
}

/** Where an id leads today, following renames; undefined for an id never published. */
export function resolveId(registry: AnswerRegistry, id: string): { id: string; page: string } | undefined {
  const seen = new Set<string>();
  let current = id;
  for (let rename = registry.renamed[current]; rename && !seen.has(current); rename = registry.renamed[current]) {
    seen.add(current);
    current = rename.to;
  }
  const answer = registry.answers[current];
  return answer ? { id: current, page: answer.page } : undefined;
}

/** Every way the content and the registry disagree, each with the command that settles it. */
export function checkRegistry(registry: AnswerRegistry, current: readonly CurrentAnswer[]): string[] {
  const problems: string[] = [];
  const now = new Map(current.map((answer) => [answer.id, answer.page]));
  for (const [id, entry] of Object.entries(registry.answers)) {
    const page = now.get(id);
    if (page === undefined) {
      problems.push(
        `Answer "${id}" (published on ${entry.page}) is gone. Restore it, or say which answer replaces it: npm run registry -- --rename ${id}=<new-id>`,
      );
    } else if (page !== entry.page) {
      problems.push(`Answer "${id}" moved from ${entry.page} to ${page}. Record the move: npm run registry`);
    }
  }
  for (const [id, page] of now) {
    if (!registry.answers[id])
      problems.push(`Answer "${id}" on ${page} is not in the registry. Add it: npm run registry`);
    if (registry.renamed[id])
      problems.push(`Answer "${id}" is live again but also recorded as renamed. Remove it from "renamed".`);
  }
  for (const [id, rename] of Object.entries(registry.renamed)) {
    if (!resolveId(registry, id))
      problems.push(`Renamed id "${id}" leads to "${rename.to}", which is not a published answer.`);
  }
  return problems;
}

/**
 * The registry after this content is published: new ids added, moves recorded (the old page
 * kept for redirects), and each vanished id either renamed as asked or reported as an error.
 */
export function updateRegistry(
  registry: AnswerRegistry,
  current: readonly CurrentAnswer[],
  renames: Readonly<Record<string, string>> = {},
): { registry: AnswerRegistry; errors: string[] } {
  const next: AnswerRegistry = structuredClone(registry);
  const now = new Map(current.map((answer) => [answer.id, answer.page]));
  const errors: string[] = [];
  for (const [id, page] of now) {
    const entry = next.answers[id];
    if (!entry) next.answers[id] = { page };
    else if (entry.page !== page) {
      next.answers[id] = { page, formerPages: [...new Set([...(entry.formerPages ?? []), entry.page])] };
    }
  }
  for (const [id, entry] of Object.entries(registry.answers)) {
    if (now.has(id)) continue;
    const to = renames[id];
    if (!to) {
      errors.push(`Answer "${id}" (on ${entry.page}) is gone: pass --rename ${id}=<new-id> or restore it.`);
      continue;
    }
    if (!now.has(to)) {
      errors.push(`--rename ${id}=${to}: "${to}" is not an answer in the content.`);
      continue;
    }
    next.renamed[id] = { to, pages: [entry.page, ...(entry.formerPages ?? [])] };
    delete next.answers[id];
  }
  return { registry: next, errors };
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)));
}
