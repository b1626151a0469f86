/**
 * How an armed fault fails its call: `throw` before doing anything; `commit-then-throw` does the
 * call and then throws (a database that committed after the client gave up, as MariaDB does when a
 * locked row makes the statement time out); `hang` never answers.
 */
export type FaultMode = 'throw' | 'commit-then-throw' | 'hang';

/** Counts every call made through the stores it wraps and fails the `failAt`-th one (0-based) once armed. */
export class FaultPlan {
  calls: string[] = [];
  failAt: number | undefined;
  mode: FaultMode = 'throw';
  #armed = false;

  /** Starts counting calls (and failing the `failAt`-th). */
  arm(failAt?: number, mode: FaultMode = 'throw'): void {
    this.calls = [];
    this.failAt = failAt;
    this.mode = mode;
    this.#armed = true;
  }

  disarm(): void {
    this.#armed = false;
  }

  /** The store's view with faults: every method goes through the plan. */
  wrap<T extends object>(store: T, name: string): T {
    return new Proxy(store, {
      get: (target, property) => {
        const value: unknown = Reflect.get(target, property, target);
        if (typeof value !== 'function') return value;
        const method = value as (...args: unknown[]) => Promise<unknown>;
        return (...args: unknown[]) => this.#call(`${name}.${String(property)}`, () => method.apply(target, args));
      },
    });
  }

  async #call(label: string, run: () => Promise<unknown>): Promise<unknown> {
    if (!this.#armed) return run();
    const index = this.calls.length;
    this.calls.push(label);
    if (index !== this.failAt) return run();
    if (this.mode === 'hang') return new Promise(() => undefined);
    if (this.mode === 'commit-then-throw') await run();
    throw new Error(`injected fault in ${label} (${this.mode})`);
  }
}
