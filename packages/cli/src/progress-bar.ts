/** A one-line progress bar on a terminal's stderr; draws nothing elsewhere (pipes, CI logs, --json). */
export class ProgressBar {
  private lastDrawn = 0;

  constructor(
    private readonly stream: NodeJS.WritableStream & { isTTY?: boolean; columns?: number },
    private readonly total: number,
    private readonly enabled: boolean,
  ) {}

  update(done: number, label: string): void {
    if (!this.enabled) return;
    // At most ~20 redraws a second: a terminal is slower than a fast import.
    const now = Date.now();
    if (done < this.total && now - this.lastDrawn < 50) return;
    this.lastDrawn = now;
    const width = 30;
    const filled = this.total === 0 ? width : Math.round((done / this.total) * width);
    const line = `[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${label}`;
    // A terminal that reports no width (0 columns, as some do under a multiplexer) gets 80.
    const columns = this.stream.columns !== undefined && this.stream.columns > 0 ? this.stream.columns : 80;
    this.stream.write(`\r${line.slice(0, columns - 1)}\u001b[K`);
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\u001b[K');
  }
}
