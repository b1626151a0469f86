import type { ReplayStep } from './replay-step';

/**
 * The steps every setup helper of Qdrant's tests takes (tests/openapi/helpers/collection_setup.py
 * and the tests' own): drop the collection, create it, optionally read it back and create payload
 * indexes, then upsert the points with `wait=true`; each step asserts `response.ok`.
 */
export function collectionSetup(
  from: string,
  collection: string,
  create: Record<string, unknown>,
  points: unknown[],
  { readBack = true, indexes = [] }: { readBack?: boolean; indexes?: [string, string][] } = {},
): ReplayStep[] {
  const path = `/collections/${collection}`;
  return [
    { from, method: 'DELETE', path, status: 200 },
    { from, method: 'PUT', path, body: create, status: 200 },
    ...(readBack ? [{ from, method: 'GET', path, status: 200 } as ReplayStep] : []),
    ...indexes.map(
      ([field, schema]): ReplayStep => ({
        from,
        method: 'PUT',
        path: `${path}/index`,
        query: { wait: 'true' },
        body: { field_name: field, field_schema: schema },
        status: 200,
      }),
    ),
    { from, method: 'PUT', path: `${path}/points`, query: { wait: 'true' }, body: { points }, status: 200 },
  ];
}
