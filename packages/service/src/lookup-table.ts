/**
 * A fixed table of words or names looked up by text from outside (a user's words, a model's category): a
 * frozen copy with no prototype, so `table[key]` is `undefined` for every key not written in it. A plain
 * object literal answers "constructor", "toString" or "__proto__" with what every object inherits, and a
 * statement that said "constructor" read a function as a number.
 */
export function lookupTable<Value>(entries: Readonly<Record<string, Value>>): Readonly<Record<string, Value>> {
  return Object.freeze(Object.assign(Object.create(null) as Record<string, Value>, entries));
}
