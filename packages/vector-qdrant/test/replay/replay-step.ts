/** Values a step keeps for later steps (a score to put a threshold next to, a result to compare with). */
export type Saved = Record<string, unknown>;

/** A Qdrant answer: `{ result, status, time }`, or `{ status: { error } }` for a refusal. */
export interface Answer {
  // biome-ignore lint/suspicious/noExplicitAny: the checks read answers of many shapes, as Qdrant's Python tests do
  result: any;
  status: unknown;
}

/**
 * One REST step of a Qdrant test, in our own words: the request, the status Qdrant answers and what
 * Qdrant's test asserts on the answer.
 */
export interface ReplayStep {
  /** Where Qdrant asserts it: `tests/openapi/<file> <test>` (Qdrant 1.19). */
  from: string;
  method: 'GET' | 'PUT' | 'POST' | 'PATCH' | 'DELETE';
  path: string;
  query?: Record<string, string>;
  body?: unknown | ((saved: Saved) => unknown);
  /** The status Qdrant answers; `4xx` where its test asserts only a refusal. */
  status: number | '4xx';
  /** Qdrant's assertions on the answer (jest `expect`s); may keep values in `saved` for later steps. */
  check?: (answer: Answer, saved: Saved) => void;
}

/** The ids of a list of points or scored points, in order. */
export function idsOf(points: { id: unknown }[]): unknown[] {
  return points.map((point) => point.id);
}
