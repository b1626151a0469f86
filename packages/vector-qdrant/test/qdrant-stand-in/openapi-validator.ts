import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { parseQdrantDatetime } from './stand-in-datetime';

/** Qdrant's own OpenAPI description of its REST API, v1.19 (see fixtures/README.md). */
export const OPENAPI_PATH = join(__dirname, '..', 'fixtures', 'openapi-v1.19.json');

type Json = unknown;
type SchemaObject = Record<string, Json>;

interface Parameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required?: boolean;
  schema: SchemaObject;
}

interface Operation {
  operationId: string;
  parameters?: Parameter[];
  requestBody?: { content: { 'application/json': { schema: SchemaObject } } };
  responses: Record<string, { content?: { 'application/json'?: { schema: SchemaObject } } }>;
}

/** A request matched to its operation in the schema. */
export interface MatchedOperation {
  operationId: string;
  /** The path parameters, decoded (`collection_name`, ...). */
  params: Record<string, string>;
}

/** What the validator found wrong with one request or response. */
export interface SchemaViolation {
  direction: 'request' | 'response';
  operation: string;
  problems: string[];
}

const SPEC_ID = 'qdrant-openapi';
/** The same schema without its bounds (`minimum`, `maxItems`, ...): what Qdrant's parser alone accepts. */
const LOOSE_SPEC_ID = 'qdrant-openapi-parse';
/** Schema keywords that Qdrant checks after parsing (its `validator` derive), answered with 422. */
const BOUND_KEYWORDS = new Set([
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
  'minLength',
  'maxLength',
]);
const UINT_LIMITS: Record<string, number> = { uint8: 255, uint32: 4_294_967_295 };
const FLOAT32_MAX = 3.4028234663852886e38;

/**
 * Validates requests and responses against Qdrant's OpenAPI schema with ajv. The schema is
 * OpenAPI 3.0, which JSON Schema validators read slightly differently, so it is adapted once:
 * - `{ "nullable": true }` alone (schemars' way to write an `Option` branch of an `anyOf`) means
 *   `null`, and `nullable` next to a `type` adds `null` to it (and to an `enum`);
 * - `$ref`s point into the one registered copy of the document;
 * - Qdrant's number formats (`uint`, `uint64`, `float`, ...) are checked as the ranges they name;
 * - `date-time` accepts what Qdrant's server parses (stand-in-datetime.ts), which is more than RFC 3339.
 * Everything else (required keys, `additionalProperties: false`, enums, `anyOf`/`oneOf`) is ajv's.
 */
export class OpenApiValidator {
  private readonly ajv: Ajv;
  private readonly routes: { method: string; pattern: RegExp; names: string[]; operation: Operation }[] = [];
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(specPath = OPENAPI_PATH) {
    const spec = JSON.parse(readFileSync(specPath, 'utf8')) as {
      paths: Record<string, Record<string, Operation>>;
      components: SchemaObject;
    };
    this.ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, verbose: true });
    addFormats(this.ajv, ['uuid', 'uri']);
    // `date-time` is what Qdrant's server reads (RFC 3339 and its shorter forms), not JSON Schema's strict RFC 3339.
    this.ajv.addFormat('date-time', { type: 'string', validate: (text: string) => parseQdrantDatetime(text) !== undefined });
    for (const [name, max] of Object.entries({ uint: Number.MAX_SAFE_INTEGER, uint64: Number.MAX_SAFE_INTEGER, ...UINT_LIMITS })) {
      this.ajv.addFormat(name, { type: 'number', validate: (value: number) => Number.isInteger(value) && value >= 0 && value <= max });
    }
    this.ajv.addFormat('int64', { type: 'number', validate: (value: number) => Number.isSafeInteger(value) });
    this.ajv.addFormat('float', { type: 'number', validate: (value: number) => Number.isFinite(value) && Math.abs(value) <= FLOAT32_MAX });
    this.ajv.addFormat('double', { type: 'number', validate: (value: number) => Number.isFinite(value) });
    this.ajv.addFormat('binary', true);
    this.ajv.addFormat('partial-date-time', true);
    this.ajv.addSchema({ $id: SPEC_ID, components: adapt(spec.components) } as SchemaObject);
    this.ajv.addSchema({ $id: LOOSE_SPEC_ID, components: withoutBounds(adapt(spec.components, LOOSE_SPEC_ID)) } as SchemaObject);
    for (const [path, methods] of Object.entries(spec.paths)) {
      const names: string[] = [];
      const source = path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{(\w+)\\\}/g, (_, name: string) => {
        names.push(name);
        return '([^/]+)';
      });
      for (const [method, operation] of Object.entries(methods)) {
        this.routes.push({ method: method.toUpperCase(), pattern: new RegExp(`^${source}$`), names, operation });
      }
    }
  }

  /** The operation a method and path name, or null when the schema has no such endpoint. */
  match(method: string, path: string): MatchedOperation | null {
    for (const route of this.routes) {
      if (route.method !== method) continue;
      const found = route.pattern.exec(path);
      if (found === null) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1]!);
      });
      return { operationId: route.operation.operationId, params };
    }
    return null;
  }

  /** Every problem with a request: an unknown endpoint, unknown or ill-typed query parameters, a body not matching the schema. */
  validateRequest(method: string, path: string, query: URLSearchParams, body: Json | undefined): string[] {
    return this.checkRequest(method, path, query, body).problems;
  }

  /**
   * How Qdrant refuses a request the schema refuses: 422 "Validation error in JSON body" when the
   * body parses and breaks only bounds (`minimum`, `maxItems`, ...: Qdrant's `validator` checks, run
   * after parsing), with Qdrant's wording (tests/openapi/test_limits.py: `[vectors.size: value 65537
   * invalid, must be from 1 to 65536]`; test_query.py: `limit ... must be 1 or larger`), else 400
   * "Format error in JSON body" (serde could not read it).
   */
  refusal(method: string, path: string, query: URLSearchParams, body: Json | undefined): { status: 400 | 422; message: string } {
    const { problems, queryProblems, bodyErrors, bodySchema, operationId } = this.checkRequest(method, path, query, body);
    const parses =
      queryProblems === 0 &&
      bodySchema !== undefined &&
      body !== undefined &&
      this.compile(`${operationId} parse`, bodySchema, LOOSE_SPEC_ID)(body);
    const bounds = bodyErrors.filter((error) => BOUND_KEYWORDS.has(error.keyword));
    if (parses && bounds.length > 0)
      return { status: 422, message: `Validation error in JSON body: [${[...new Set(bounds.map(boundMessage))].join(', ')}]` };
    return { status: 400, message: `Format error in JSON body: ${problems.join('; ')}` };
  }

  private checkRequest(method: string, path: string, query: URLSearchParams, body: Json | undefined) {
    const route = this.routeOf(method, path);
    const problems: string[] = [];
    let bodyErrors: ErrorObject[] = [];
    if (route === undefined) {
      return {
        problems: [`${method} ${path} is not an endpoint of Qdrant's API`],
        queryProblems: 1,
        bodyErrors,
        bodySchema: undefined,
        operationId: '',
      };
    }
    const { operation } = route;
    const declared = new Map((operation.parameters ?? []).filter((p) => p.in === 'query').map((p) => [p.name, p]));
    for (const [name, raw] of query) {
      const parameter = declared.get(name);
      if (parameter === undefined) {
        problems.push(`query parameter "${name}" is not a parameter of ${operation.operationId}`);
        continue;
      }
      const check = this.compile(`${operation.operationId}?${name}`, parameter.schema);
      if (!check(coerceQueryValue(raw))) problems.push(...describe(check.errors, `query.${name}`));
    }
    for (const parameter of declared.values()) {
      if (parameter.required === true && !query.has(parameter.name)) problems.push(`query parameter "${parameter.name}" is required`);
    }
    const queryProblems = problems.length;
    const bodySchema = operation.requestBody?.content['application/json'].schema;
    if (bodySchema === undefined) {
      if (body !== undefined) problems.push(`${operation.operationId} takes no request body`);
    } else if (body === undefined) {
      problems.push(`${operation.operationId} needs a JSON request body`);
    } else {
      const check = this.compile(`${operation.operationId} request`, bodySchema);
      if (!check(body)) {
        bodyErrors = check.errors ?? [];
        problems.push(...describe(bodyErrors, 'body'));
      }
    }
    return { problems, queryProblems, bodyErrors, bodySchema, operationId: operation.operationId };
  }

  /** Every problem with a response body of `status` (the schema's entry for that status, else `4XX`, else `default`). */
  validateResponse(method: string, path: string, status: number, body: Json): string[] {
    const route = this.routeOf(method, path);
    if (route === undefined) return [`${method} ${path} is not an endpoint of Qdrant's API`];
    const { responses, operationId } = route.operation;
    const key = [String(status), `${String(status)[0]}XX`, 'default'].find((candidate) => responses[candidate] !== undefined);
    const schema = key === undefined ? undefined : responses[key]?.content?.['application/json']?.schema;
    if (schema === undefined) return [`${operationId} declares no JSON response for status ${status}`];
    const check = this.compile(`${operationId} response ${key}`, schema);
    return check(body) ? [] : describe(check.errors, 'response');
  }

  private routeOf(method: string, path: string) {
    return this.routes.find((route) => route.method === method && route.pattern.test(path));
  }

  private compile(key: string, schema: SchemaObject, specId = SPEC_ID): ValidateFunction {
    let check = this.compiled.get(key);
    if (check === undefined) {
      const adapted = adapt(schema, specId);
      check = this.ajv.compile((specId === LOOSE_SPEC_ID ? withoutBounds(adapted) : adapted) as SchemaObject);
      this.compiled.set(key, check);
    }
    return check;
  }
}

/** The schema without bound keywords (see LOOSE_SPEC_ID). */
function withoutBounds(node: Json): Json {
  if (Array.isArray(node)) return node.map(withoutBounds);
  if (typeof node !== 'object' || node === null) return node;
  return Object.fromEntries(
    Object.entries(node)
      .filter(([key]) => !BOUND_KEYWORDS.has(key))
      .map(([key, value]) => [key, key === 'properties' ? mapValues(value as SchemaObject, withoutBounds) : withoutBounds(value)]),
  );
}

/** A broken bound as Qdrant's `validator` words it: `limit: value 0 invalid, must be 1 or larger`. */
function boundMessage(error: ErrorObject): string {
  const field = error.instancePath.slice(1).replace(/\//g, '.');
  const schema = (error.parentSchema ?? {}) as Record<string, unknown>;
  const [min, max] = [schema['minimum'], schema['maximum']];
  const range =
    min !== undefined && max !== undefined
      ? `must be from ${min} to ${max}`
      : min !== undefined
        ? `must be ${min} or larger`
        : max !== undefined
          ? `must be ${max} or smaller`
          : (error.message ?? 'is invalid');
  return `${field}: value ${JSON.stringify(error.data)} invalid, ${range}`;
}

/** Query strings carry text: booleans and numbers are read as Qdrant's server reads them. */
function coerceQueryValue(raw: string): Json {
  if (raw === 'true' || raw === 'false') return raw === 'true';
  if (/^-?\d+(\.\d+)?$/.test(raw)) return Number(raw);
  return raw;
}

/** The schema adapted for ajv (see the class comment). */
function adapt(node: Json, specId = SPEC_ID): Json {
  if (Array.isArray(node)) return node.map((item) => adapt(item, specId));
  if (typeof node !== 'object' || node === null) return node;
  const out: SchemaObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === '$ref' && typeof value === 'string' && value.startsWith('#/')) out[key] = `${specId}${value}`;
    else if (key === 'example' || key === 'examples') continue;
    else out[key] = key === 'properties' ? mapValues(value as SchemaObject, (item) => adapt(item, specId)) : adapt(value, specId);
  }
  if (out['nullable'] !== true) return out;
  delete out['nullable'];
  if (typeof out['type'] === 'string') {
    out['type'] = [out['type'], 'null'];
    if (Array.isArray(out['enum'])) out['enum'] = [...out['enum'], null];
    return out;
  }
  const { description: _description, default: _default, deprecated: _deprecated, ...rest } = out;
  return Object.keys(rest).length === 0 ? { type: 'null' } : { anyOf: [rest, { type: 'null' }] };
}

function mapValues(record: SchemaObject, map: (value: Json) => Json): SchemaObject {
  return Object.fromEntries(Object.entries(record).map(([key, value]) => [key, map(value)]));
}

/** Ajv's errors, one line each, the first 20 (an `anyOf` miss can report hundreds). */
function describe(errors: ErrorObject[] | null | undefined, root: string): string[] {
  const lines = (errors ?? []).map((error) => `${root}${error.instancePath} ${error.message ?? 'is invalid'}${detail(error)}`);
  const unique = [...new Set(lines)];
  return unique.length > 20 ? [...unique.slice(0, 20), `and ${unique.length - 20} more`] : unique;
}

function detail(error: ErrorObject): string {
  const params = error.params as Record<string, unknown>;
  if (typeof params['additionalProperty'] === 'string') return `: "${params['additionalProperty']}"`;
  if (Array.isArray(params['allowedValues'])) return `: ${JSON.stringify(params['allowedValues'])}`;
  return '';
}
