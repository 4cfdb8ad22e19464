import { describe, expect, it } from 'vitest';
import { readDiagramFacts } from '../../src/plugins/mermaid-source.ts';

describe('readDiagramFacts', () => {
  it('reads a one-line title and description', () => {
    const facts = readDiagramFacts('flowchart LR\n  accTitle: Title here \n  accDescr: Says what it shows.\n  A --> B');
    expect(facts).toEqual({ title: 'Title here', description: 'Says what it shows.', links: [] });
  });

  it('reads a block description over several lines as one sentence', () => {
    const facts = readDiagramFacts('flowchart LR\n  accDescr {\n    First line\n    second line\n  }\n  A --> B');
    expect(facts.description).toBe('First line second line');
  });

  it('collects site links from click statements with their labels', () => {
    const facts = readDiagramFacts(
      [
        'flowchart LR',
        '  A[Producer] --> B("Partition 1") --> C{Leader?}',
        '  click A "/kafka/producers/#kafka-producer" "The producer"',
        '  click B href "/kafka/partitions/#kafka-partitions"',
        '  click C "/kafka/isr/#kafka-isr"',
        '  click A "https://kafka.apache.org/" "External"',
      ].join('\n'),
    );
    expect(facts.links).toEqual([
      { href: '/kafka/producers/#kafka-producer', label: 'The producer' },
      { href: '/kafka/partitions/#kafka-partitions', label: 'Partition 1' },
      { href: '/kafka/isr/#kafka-isr', label: 'Leader?' },
    ]);
  });
});
