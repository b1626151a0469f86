/**
 * The best `k` (score, row) pairs seen so far, as a min-heap on score: the root is the weakest
 * kept, so a candidate is compared with one number (`weakest`). O(n log k) for n candidates, no full sort.
 * On equal scores the pair seen first stays.
 */
export class TopKHeap {
  private readonly scores: Float64Array;
  private readonly rows: Int32Array;
  private size = 0;

  constructor(private readonly k: number) {
    this.scores = new Float64Array(k);
    this.rows = new Int32Array(k);
  }

  /** True once `k` pairs are kept; from then on only scores above `weakest` get in. */
  get full(): boolean {
    return this.size === this.k;
  }

  /** The lowest kept score (meaningful once the heap holds something). */
  get weakest(): number {
    return this.scores[0]!;
  }

  push(score: number, row: number): void {
    if (this.size < this.k) {
      let i = this.size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (this.scores[parent]! <= score) break;
        this.scores[i] = this.scores[parent]!;
        this.rows[i] = this.rows[parent]!;
        i = parent;
      }
      this.scores[i] = score;
      this.rows[i] = row;
      return;
    }
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= this.size) break;
      const right = left + 1;
      const child = right < this.size && this.scores[right]! < this.scores[left]! ? right : left;
      if (this.scores[child]! >= score) break;
      this.scores[i] = this.scores[child]!;
      this.rows[i] = this.rows[child]!;
      i = child;
    }
    this.scores[i] = score;
    this.rows[i] = row;
  }

  /** The kept pairs, best first. */
  sortedDescending(): { score: number; row: number }[] {
    const out: { score: number; row: number }[] = [];
    for (let i = 0; i < this.size; i++) out.push({ score: this.scores[i]!, row: this.rows[i]! });
    return out.sort((a, b) => b.score - a.score);
  }
}
