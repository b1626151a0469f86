/**
 * `read`, remembering what it gave for the last texts it read: a statement is compared with many others, and a reading
 * of its text alone (a breed, a running figure) is the same each time. At most `limit` texts are kept; then it starts
 * over, so memory stays bounded.
 */
export function readOnce<T>(read: (text: string) => T, limit = 256): (text: string) => T {
  const known = new Map<string, T>();
  return (text: string): T => {
    if (known.has(text)) return known.get(text) as T;
    const value = read(text);
    if (known.size >= limit) known.clear();
    known.set(text, value);
    return value;
  };
}
