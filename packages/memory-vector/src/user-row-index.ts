const EMPTY = new Int32Array(0);

interface UserRows {
  rows: Int32Array;
  length: number;
}

/**
 * Which rows belong to which user, so a search touches only that user's rows. Each user's rows sit
 * in a growable Int32Array; `positions[row]` says where a row sits in its user's list, which makes
 * remove and renumber O(1).
 */
export class UserRowIndex {
  private readonly byUser = new Map<string, UserRows>();
  private positions: Int32Array = new Int32Array(16);

  /** The user's rows (a view, valid until the next change). */
  rowsOf(userId: string): Int32Array {
    const entry = this.byUser.get(userId);
    return entry === undefined ? EMPTY : entry.rows.subarray(0, entry.length);
  }

  countOf(userId: string): number {
    return this.byUser.get(userId)?.length ?? 0;
  }

  add(userId: string, row: number): void {
    let entry = this.byUser.get(userId);
    if (entry === undefined) {
      entry = { rows: new Int32Array(4), length: 0 };
      this.byUser.set(userId, entry);
    }
    if (entry.length === entry.rows.length) entry.rows = grown(entry.rows, entry.length + 1);
    if (row >= this.positions.length) this.positions = grown(this.positions, row + 1);
    entry.rows[entry.length] = row;
    this.positions[row] = entry.length++;
  }

  remove(userId: string, row: number): void {
    const entry = this.byUser.get(userId);
    if (entry === undefined) return;
    const position = this.positions[row]!;
    const lastRow = entry.rows[--entry.length]!;
    entry.rows[position] = lastRow;
    this.positions[lastRow] = position;
    if (entry.length === 0) this.byUser.delete(userId);
  }

  /** Row `from` of `userId` is now row `to` (the arena moved it to fill a hole). */
  renumber(userId: string, from: number, to: number): void {
    const entry = this.byUser.get(userId);
    if (entry === undefined) return;
    const position = this.positions[from]!;
    entry.rows[position] = to;
    this.positions[to] = position;
  }

  /** Gives back spare room after many removals (rows are numbered below `rowCount`). */
  trim(rowCount: number): void {
    for (const entry of this.byUser.values()) {
      if (entry.rows.length > Math.max(4, entry.length * 2)) entry.rows = entry.rows.slice(0, Math.max(4, entry.length));
    }
    if (this.positions.length > Math.max(16, rowCount * 2)) this.positions = this.positions.slice(0, Math.max(16, rowCount));
  }

  clear(): void {
    this.byUser.clear();
    this.positions = new Int32Array(16);
  }
}

function grown(array: Int32Array, required: number): Int32Array {
  let length = array.length;
  while (length < required) length *= 2;
  const next = new Int32Array(length);
  next.set(array);
  return next;
}
