import { GERMANY, nestedPayloadCollectionSetup } from './nested-payload-collection';
import type { Answer, ReplayStep } from './replay-step';

type Step = ReplayStep;
type Country = { country: { name: string; capital?: string } };
const INDEXING = 'tests/openapi/test_nested_payload_indexing.py test_nested_payload_indexing_operations';
const QUERY = 'tests/openapi/test_nested_payload_query.py test_nested_payload_indexing_operations';
const SELECTOR = 'tests/openapi/test_payload_selector.py test_payload_selectors';
const N = 'replay_nested';
const S = 'replay_selector';

/** A scroll (limit 3) whose points' country names must be `names`, in order. */
const countries = (from: string, collection: string, filter: unknown, names: string[]): Step => ({
  from,
  method: 'POST',
  path: `/collections/${collection}/points/scroll`,
  body: { filter, limit: 3 },
  status: 200,
  check: (answer: Answer) => expect(answer.result.points.map((p: { payload: Country }) => p.payload.country.name)).toEqual(names),
});
const should = (condition: unknown) => ({ should: [condition] });
const nested = (filter: unknown, key = 'country.cities') => ({ must: [{ nested: { key, filter } }] });
const population = (range: Record<string, number>) => ({ key: 'population', range });
const sightseeing = (valuesCount: Record<string, number>) => ({ key: 'sightseeing', values_count: valuesCount });
const germany = { must: [{ key: 'country.name', match: { value: 'Germany' } }] };
const selected = (withPayload: unknown, payload: unknown): Step => ({
  from: SELECTOR,
  method: 'POST',
  path: `/collections/${S}/points/scroll`,
  body: { filter: germany, limit: 3, with_payload: withPayload },
  status: 200,
  check: (answer: Answer) => {
    expect(answer.result.points).toHaveLength(1);
    expect(answer.result.points[0].payload).toEqual(payload);
  },
});
const { cities } = GERMANY.country;

export const NESTED_STEPS: Step[] = [
  ...nestedPayloadCollectionSetup(N, `${INDEXING} setup`),
  {
    from: INDEXING,
    method: 'PUT',
    path: `/collections/${N}/index`,
    query: { wait: 'true' },
    body: { field_name: 'country.capital', field_schema: 'keyword' },
    status: 200,
  },
  {
    from: INDEXING,
    method: 'PUT',
    path: `/collections/${N}/index`,
    query: { wait: 'true' },
    body: { field_name: 'country.cities[].population', field_schema: 'float' },
    status: 200,
  },
  {
    from: INDEXING,
    method: 'GET',
    path: `/collections/${N}`,
    status: 200,
    check: (answer) => {
      expect(answer.result.payload_schema['country.capital']).toMatchObject({ data_type: 'keyword', points: 4 });
      expect(answer.result.payload_schema['country.cities[].population']).toMatchObject({ data_type: 'float', points: 4 });
    },
  },
  countries(INDEXING, N, should({ key: 'country.capital', match: { value: 'London' } }), ['England']),
  countries(INDEXING, N, should({ key: 'country.name', match: { value: 'France' } }), ['France']),
  countries(INDEXING, N, should({ key: 'country.cities.population', range: { gte: 9.0 } }), []),
  countries(INDEXING, N, should({ key: 'country.cities[].population', range: { gte: 9.0 } }), ['Japan']),
  countries(INDEXING, N, should({ key: 'country.cities[].sightseeing', match: { value: 'Eiffel Tower' } }), ['France']),
  countries(INDEXING, N, should({ key: 'country.cities[0].name', match: { value: 'Paris' } }), ['France']),

  countries(QUERY, N, nested({ must: [population({ gte: 9.0 })] }, 'country.cities[]'), ['Japan']),
  countries(QUERY, N, nested({ must: [population({ gte: 9.0 })] }), ['Japan']),
  countries(QUERY, N, nested({ must: [{ must: [sightseeing({ gt: 3 })] }] }), ['France']),
  countries(QUERY, N, nested({ must: [population({ gte: 9.0 })], must_not: [sightseeing({ gt: 1 })] }), []),
  countries(QUERY, N, nested({ must: [population({ gte: 9.0 }), sightseeing({ gt: 2 })] }), []),
  countries(QUERY, N, nested({ must: [population({ gte: 8.0 }), sightseeing({ lt: 3 })] }), ['Japan']),
  countries(QUERY, N, nested({ must_not: [population({ lt: 8.0 }), { is_null: { key: 'name' } }] }), ['England', 'Japan']),
  countries(QUERY, N, nested({ must_not: [population({ lt: 8.0 }), sightseeing({ gte: 3 }), { is_null: { key: 'name' } }] }), ['Japan']),
  countries(QUERY, N, nested({ must: [{ is_null: { key: 'name' } }] }), ['Nauru']),

  ...nestedPayloadCollectionSetup(S, `${SELECTOR} setup`),
  { from: SELECTOR, method: 'GET', path: `/collections/${S}`, status: 200 },
  {
    from: SELECTOR,
    method: 'POST',
    path: `/collections/${S}/points/scroll`,
    body: { filter: germany, limit: 3, with_payload: false },
    status: 200,
    check: (answer) => {
      expect(answer.result.points).toHaveLength(1);
      expect(answer.result.points[0].payload ?? null).toBeNull();
    },
  },
  selected(true, GERMANY),
  selected({ include: ['country.name', 'country.capital'] }, { country: { name: 'Germany', capital: 'Berlin' } }),
  selected({ include: ['country.cities'] }, { country: { cities } }),
  selected({ include: ['country.cities[].name'] }, { country: { cities: cities.map(({ name }) => ({ name })) } }),
  selected({ exclude: ['country.cities'] }, { country: { name: 'Germany', capital: 'Berlin' } }),
  selected({ exclude: ['country.name', 'country.capital'] }, { country: { cities } }),
];
