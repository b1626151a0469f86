/**
 * A first-in-first-out list that holds at most `capacity` items: once full, each push overwrites the
 * oldest item. A ring over a plain array, so trimming costs nothing however large the window is; the
 * array only grows as items arrive, so a large capacity reserves no memory up front.
 */
export class BoundedBuffer<T> {
  private readonly items: T[] = [];
  /** Where the oldest item sits once the buffer is full (0 until then). */
  private start = 0;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  push(item: T): void {
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return;
    }
    this.items[this.start] = item;
    this.start = (this.start + 1) % this.capacity;
  }

  /** The newest `count` items, oldest first. */
  newest(count: number): T[] {
    const size = this.items.length;
    const taken = Math.max(0, Math.min(count, size));
    const result: T[] = [];
    for (let i = size - taken; i < size; i++) result.push(this.items[(this.start + i) % size]!);
    return result;
  }
}
