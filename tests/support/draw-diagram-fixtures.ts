import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../src/build/chromium.ts';
import { drawBothThemes, openMermaidPage } from '../../src/build/mermaid-page.ts';

/**
 * `node tests/support/draw-diagram-fixtures.ts`: draws the diagrams the merge and optimiser unit
 * tests read (`tests/fixtures/diagrams/<name>.<theme>.svg`), with Mermaid in Chromium exactly as
 * the build draws them before merging. Run it again after a Mermaid upgrade or a change to
 * `src/build/mermaid-page.ts`, then the unit tests.
 */
export const DIAGRAM_FIXTURES = {
  flowchart: `flowchart LR
  accTitle: Keys map related events to one partition
  accDescr: The producer hashes each key, so every event of order 42 lands in partition 1.
  subgraph Producer
    E1["order-42: authorized"]
    E2["order-7: authorized"]
  end
  E1 -->|"hash(key)"| P1[Partition 1]
  E2 -->|"hash(key)"| P0[Partition 0]
  P1 --> C[(Consumer)]
  click P1 "/kafka/consumers/ordering/#kafka-ordering-keys" "Choosing a key"`,
  sequence: `sequenceDiagram
  accTitle: A lock with a fencing token
  accDescr: Client A takes the lock with token 33, pauses, and its late write is rejected because client B wrote with token 34.
  participant A as Client A
  participant L as Lock service
  participant S as Storage
  A->>L: acquire
  L-->>A: ok, token 33
  Note over A: long GC pause
  A-xS: write with token 33
  S-->>A: rejected: token 34 seen`,
  state: `stateDiagram-v2
  accTitle: A lease and its holder
  accDescr: A free lease is granted to a client; it is renewed while held, and expires or is released back to free.
  [*] --> Free
  Free --> Held: granted with token 33
  Held --> Held: renewed
  Held --> Free: expired or released
  Held --> [*]`,
} as const;

export const DIAGRAM_FIXTURE_ID = 'mmd-00000f1c7e';
const directory = fileURLToPath(new URL('../fixtures/diagrams/', import.meta.url));

if (import.meta.main) {
  const browser = await chromium.launch(chromiumLaunchOptions());
  try {
    const page = await openMermaidPage(browser);
    await mkdir(directory, { recursive: true });
    for (const [name, source] of Object.entries(DIAGRAM_FIXTURES)) {
      const drawings = await drawBothThemes(page, source, {}, DIAGRAM_FIXTURE_ID);
      for (const [theme, svg] of Object.entries(drawings)) {
        await writeFile(join(directory, `${name}.${theme}.svg`), `${svg}\n`);
      }
    }
  } finally {
    await browser.close();
  }
}
