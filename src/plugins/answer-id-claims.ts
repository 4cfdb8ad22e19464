/** Where an answer id was first seen. */
export interface IdOwner {
  file: string;
  line: number;
}

/**
 * The answer ids claimed during one build, and by which file, so that an id used twice anywhere
 * on the site is caught. (The ids ever published are the registry's business: answer-registry.ts.)
 * In dev a file compiles again after every edit: `releaseFile` forgets what it held before, so an
 * edit never collides with its own earlier version.
 */
export class AnswerIdClaims {
  readonly #owners = new Map<string, IdOwner>();

  /** Records `id` for `owner`; returns the other owner when the id is already taken. */
  claim(id: string, owner: IdOwner): IdOwner | undefined {
    const current = this.#owners.get(id);
    if (current && (current.file !== owner.file || current.line !== owner.line)) return current;
    this.#owners.set(id, owner);
    return undefined;
  }

  releaseFile(file: string): void {
    for (const [id, owner] of this.#owners) {
      if (owner.file === file) this.#owners.delete(id);
    }
  }
}
