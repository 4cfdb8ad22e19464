import type { GoCheckReport } from './check-blocks.ts';

/** The check's counts, where its tools came from and how long each step took, for the test log. */
export function formatSummary(report: GoCheckReport): string {
  const complete = report.blocks;
  const compiled = complete.filter((outcome) => outcome.vetted);
  const notCompiled = complete.filter((outcome) => outcome.notCompiled);
  const byModule = new Map<string, string[]>();
  for (const outcome of notCompiled) {
    const { module = '', reason = '' } = outcome.notCompiled ?? {};
    const key = `${module}: ${reason}`;
    byModule.set(key, [...(byModule.get(key) ?? []), outcome.placed.block.where]);
  }
  const rows: Array<[string, number]> = [
    ['complete blocks', complete.length],
    ['  compiled and vetted', compiled.length],
    ['  built and linked (package main)', complete.filter((outcome) => outcome.built).length],
    ['  run under -race', complete.filter((outcome) => outcome.ran).length],
    ['  with expected output compared', complete.filter((outcome) => outcome.ran && outcome.expected).length],
    ['  not compiled', notCompiled.length],
    ['  failed', complete.filter((outcome) => outcome.failures.length > 0).length],
    ['fragments parsed with gofmt -e', report.fragments.length],
  ];
  const width = Math.max(...rows.map(([label]) => label.length));
  return [
    `Go check — toolchain: ${report.toolchain.version}, ${report.toolchain.origin}`,
    `Libraries: ${report.libraries}`,
    `  ${report.libraryVersions.join(', ')}`,
    ...rows.map(([label, count]) => `${label.padEnd(width)}  ${String(count).padStart(3)}`),
    ...[...byModule].map(([why, where]) => `  not compiled (${where.length}), ${why}\n      ${where.join('\n      ')}`),
    `Seconds: ${Object.entries(report.seconds)
      .map(([step, seconds]) => `${step} ${seconds.toFixed(1)}`)
      .join(', ')}`,
  ].join('\n');
}
