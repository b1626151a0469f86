/** Attribute values an event carries, as OpenTelemetry span attributes allow. */
export type EventAttributes = Record<string, string | number | boolean>;

/**
 * One stage of one operation, shaped like a span so it can be forwarded to OpenTelemetry or a
 * logger: `casual_memory.add` (the whole add) and its stages `casual_memory.embed`,
 * `casual_memory.search`, `casual_memory.classify`, `casual_memory.execute`; `casual_memory.query`,
 * `casual_memory.history`, `casual_memory.resolve_conflict`, `casual_memory.forget`, `casual_memory.repair`. Times
 * are epoch milliseconds; the time
 * an add waited for the same user's earlier writes is in its result's `timings.queue`.
 */
export interface ServiceEvent {
  name: string;
  startTime: number;
  endTime: number;
  durationMs: number;
  status: 'ok' | 'error';
  /** The error message when `status` is `error`. */
  error?: string;
  attributes: EventAttributes;
}

export type ServiceEventHandler = (event: ServiceEvent) => void;

/**
 * Times stages and reports them to the handler, if any. A handler that throws is ignored: an
 * observer must never break a write.
 */
export class StageTimer {
  constructor(private readonly handler: ServiceEventHandler | undefined) {}

  /** Runs `stage`, returns its value and its duration in milliseconds, and emits its event. */
  async time<T>(
    name: string,
    attributes: EventAttributes,
    stage: () => Promise<T>,
    describe?: (value: T) => EventAttributes,
  ): Promise<[T, number]> {
    const started = performance.now();
    // Without a handler only the duration is wanted: no event is built.
    if (this.handler === undefined) return [await stage(), performance.now() - started];
    const startTime = Date.now();
    try {
      const value = await stage();
      const durationMs = performance.now() - started;
      this.emit({
        name,
        startTime,
        endTime: startTime + durationMs,
        durationMs,
        status: 'ok',
        attributes: { ...attributes, ...describe?.(value) },
      });
      return [value, durationMs];
    } catch (error) {
      const durationMs = performance.now() - started;
      const message = error instanceof Error ? error.message : String(error);
      this.emit({ name, startTime, endTime: startTime + durationMs, durationMs, status: 'error', error: message, attributes });
      throw error;
    }
  }

  private emit(event: ServiceEvent): void {
    if (this.handler === undefined) return;
    try {
      this.handler(event);
    } catch {
      // ignored on purpose (see the class comment)
    }
  }
}
