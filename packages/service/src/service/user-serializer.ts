/**
 * Runs tasks one at a time per key, in call order, and tasks of different keys concurrently. The
 * service serialises each user's writes with it, so a read-classify-write never interleaves with
 * another for the same user inside this process (50 parallel identical adds give one memory with
 * 50 mentions). Keys with nothing queued are forgotten, so memory stays bounded by active users.
 */
export class KeyedSerializer {
  readonly #tails = new Map<string, Promise<unknown>>();

  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key) ?? Promise.resolve();
    const result = previous.then(task, task);
    const tail = result.then(
      () => undefined,
      () => undefined,
    );
    this.#tails.set(key, tail);
    void tail.then(() => {
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
    });
    return result;
  }

  /** Keys with queued or running tasks. */
  get activeKeys(): number {
    return this.#tails.size;
  }
}
