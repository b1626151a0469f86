/**
 * Qdrant's payload key paths (documentation: concepts/payload, "Nested key"; concepts/filtering,
 * "Nested key"): `a.b` walks into objects, `a[]` into every element of an array, `a[0]` into one
 * element, and `"a.b"` names a key holding a dot.
 */
type Json = Record<string, unknown>;

interface Step {
  name: string;
  /** `all` for `[]`, a number for `[n]`, undefined for a plain key. */
  index?: 'all' | number;
}

export function parsePayloadPath(path: string): Step[] {
  const steps: Step[] = [];
  const pattern = /(?:"([^"]*)"|([^.[\]"]+))((?:\[\d*\])?)(?:\.|$)/y;
  while (pattern.lastIndex < path.length) {
    const found = pattern.exec(path);
    if (found === null) break;
    const bracket = found[3] ?? '';
    const name = found[1] ?? found[2]!;
    steps.push(bracket === '' ? { name } : { name, index: bracket === '[]' ? 'all' : Number(bracket.slice(1, -1)) });
  }
  return steps;
}

/**
 * The raw values a path reaches (the last one's arrays not flattened, nulls kept): the building
 * block of the filter semantics. Only `[]` or `[n]` walks into an array: `a.b` does not reach the
 * `b` of objects inside an array `a` (tests/openapi/test_nested_payload_indexing.py: "Do not
 * implicitly do inside nested array").
 */
export function valuesAtPath(payload: Json, path: string): unknown[] {
  let current: unknown[] = [payload];
  for (const { name, index } of parsePayloadPath(path)) {
    const next: unknown[] = [];
    for (const object of current) {
      if (!isObject(object) || !Object.hasOwn(object, name)) continue;
      const field = object[name];
      if (index === undefined) next.push(field);
      else if (Array.isArray(field)) next.push(...(index === 'all' ? field : index < field.length ? [field[index]] : []));
    }
    current = next;
  }
  return current;
}

/** Every value under a path as filters read it: arrays flattened, null dropped. */
export function flatValuesAtPath(payload: Json, path: string): unknown[] {
  return valuesAtPath(payload, path)
    .flatMap((value) => (Array.isArray(value) ? value : [value]))
    .filter((value) => value !== null);
}

/** `set_payload` with `key`: merges `payload` into the object(s) the path names, creating missing objects on the way. */
export function mergeAtPath(target: Json, path: string, payload: Json): void {
  const steps = parsePayloadPath(path);
  const visit = (object: Json, depth: number): void => {
    const { name, index } = steps[depth]!;
    const last = depth === steps.length - 1;
    if (index === undefined) {
      if (!isObject(object[name])) object[name] = {};
      const child = object[name] as Json;
      if (last) Object.assign(child, structuredClone(payload));
      else visit(child, depth + 1);
      return;
    }
    const array = object[name];
    if (!Array.isArray(array)) return;
    const positions = index === 'all' ? array.map((_, i) => i) : index < array.length ? [index] : [];
    for (const i of positions) {
      if (!isObject(array[i])) array[i] = {};
      if (last) Object.assign(array[i] as Json, structuredClone(payload));
      else visit(array[i] as Json, depth + 1);
    }
  };
  if (steps.length > 0) visit(target, 0);
}

/** Removes what a path names (`delete_payload` keys, `with_payload.exclude`). */
export function deleteAtPath(target: Json, path: string): void {
  const steps = parsePayloadPath(path);
  const visit = (object: Json, depth: number): void => {
    const { name, index } = steps[depth]!;
    const last = depth === steps.length - 1;
    if (!Object.hasOwn(object, name)) return;
    if (index === undefined) {
      if (last) delete object[name];
      else if (isObject(object[name])) visit(object[name] as Json, depth + 1);
      else if (Array.isArray(object[name])) for (const item of object[name] as unknown[]) if (isObject(item)) visit(item, depth + 1);
      return;
    }
    const array = object[name];
    if (!Array.isArray(array)) return;
    if (last) {
      object[name] = index === 'all' ? [] : array.filter((_, i) => i !== index);
      return;
    }
    const positions = index === 'all' ? array.map((_, i) => i) : [index];
    for (const i of positions) if (isObject(array[i])) visit(array[i] as Json, depth + 1);
  };
  if (steps.length > 0) visit(target, 0);
}

/** `with_payload.include` (or a list of keys): a copy holding only what the paths name, nested objects and arrays kept in shape. */
export function pickPaths(payload: Json, paths: readonly string[]): Json {
  const out: Json = {};
  for (const path of paths) {
    const picked = pickPath(payload, parsePayloadPath(path), 0);
    if (picked !== undefined) mergeDeep(out, picked as Json);
  }
  return out;
}

function pickPath(value: unknown, steps: Step[], depth: number): unknown {
  if (depth === steps.length) return structuredClone(value);
  if (Array.isArray(value)) {
    const items = value.map((item) => pickPath(item, steps, depth)).filter((item) => item !== undefined);
    return items.length > 0 ? items : undefined;
  }
  if (!isObject(value)) return undefined;
  const { name, index } = steps[depth]!;
  if (!Object.hasOwn(value, name)) return undefined;
  const field = value[name];
  if (index === undefined) {
    const inner = pickPath(field, steps, depth + 1);
    return inner === undefined ? undefined : { [name]: inner };
  }
  if (!Array.isArray(field)) return undefined;
  const chosen = index === 'all' ? field : index < field.length ? [field[index]] : [];
  const inner = chosen.map((item) => pickPath(item, steps, depth + 1)).filter((item) => item !== undefined);
  return { [name]: inner };
}

function mergeDeep(target: Json, source: Json): void {
  for (const [key, value] of Object.entries(source)) {
    const existing = target[key];
    if (isObject(existing) && isObject(value)) mergeDeep(existing, value);
    else if (Array.isArray(existing) && Array.isArray(value)) {
      value.forEach((item, i) => {
        if (isObject(existing[i]) && isObject(item)) mergeDeep(existing[i] as Json, item);
        else existing[i] = item;
      });
    } else target[key] = value;
  }
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
