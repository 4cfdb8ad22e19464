/** `1 card`, `2 cards`; `nouns` where the plural is not the noun plus s (`entries`). */
export function plural(count: number, noun: string, nouns = `${noun}s`): string {
  return `${count} ${count === 1 ? noun : nouns}`;
}
