import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { OpenApiValidator, type SchemaViolation } from './openapi-validator';
import { parsePathPointId } from './point-id';
import { StandInCollection } from './stand-in-collection';
import { AlreadyExists, BadInput, InvalidBody, NotFoundInCollection, UnsupportedByStandIn } from './stand-in-errors';

type Json = Record<string, unknown>;

/** A request as the stand-in saw it, for tests that look at what the store sent. */
export interface SeenRequest {
  operation: string;
  method: string;
  path: string;
  query: string;
  body: unknown;
}

/** Fails the request with this HTTP status (tests of error mapping): `{ status, times }` for the next matching requests. */
export interface InjectedFailure {
  operation: string;
  status: number;
  /** How many requests to fail (default 1). */
  times?: number;
  /** Let this many matching requests through first (default 0). */
  skip?: number;
  /** Answer only after this many milliseconds (with `status` 200: a slow but successful answer). */
  delayMs?: number;
  /** Drop the connection instead of answering. */
  hangUp?: boolean;
}

let sharedValidator: OpenApiValidator | undefined;

/** Options of `QdrantStandIn.start`. */
export interface StandInOptions {
  /** Where Qdrant's OpenAPI schema is (default: this package's test fixture). */
  specPath?: string;
  /** Validate requests and responses (default true). Only the bench turns it off, to time the store rather than the validator. */
  validate?: boolean;
}

/**
 * A small Qdrant 1.19 for tests, on 127.0.0.1 and a random port: collections, points, query, scroll,
 * count, payload and index operations with Qdrant's semantics, held to Qdrant's own tests (see
 * README.md beside this file for what is implemented and what not). Every request body, query
 * string and response body is validated against Qdrant's OpenAPI schema; a mismatch is recorded in
 * `violations` (tests assert it stays empty) and a bad request is answered as Qdrant answers it (400
 * when it does not parse, 422 when it breaks a bound). What the stand-in does not implement is
 * answered with 501 and recorded too.
 */
export class QdrantStandIn {
  readonly violations: SchemaViolation[] = [];
  readonly requests: SeenRequest[] = [];
  readonly collections = new Map<string, StandInCollection>();
  /** Keep `requests` (off by default, so long runs do not hold every body). */
  recordRequests = false;
  private readonly failures: InjectedFailure[] = [];
  private readonly validator: OpenApiValidator;
  private readonly validate: boolean;
  private readonly server: Server;

  private constructor(validator: OpenApiValidator, validate: boolean) {
    this.validator = validator;
    this.validate = validate;
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.violations.push({ direction: 'response', operation: 'stand-in', problems: [`stand-in crashed: ${String(error)}`] });
        response.destroy();
      });
    });
  }

  /** Starts a stand-in; the schema validator is compiled once per process and shared. */
  static async start({ specPath, validate = true }: StandInOptions = {}): Promise<QdrantStandIn> {
    if (specPath === undefined) sharedValidator ??= new OpenApiValidator();
    const validator = specPath === undefined ? sharedValidator! : new OpenApiValidator(specPath);
    const standIn = new QdrantStandIn(validator, validate);
    await new Promise<void>((resolve) => standIn.server.listen(0, '127.0.0.1', resolve));
    return standIn;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Makes the next requests of `operation` fail (see `InjectedFailure`). */
  failNext(failure: InjectedFailure): void {
    this.failures.push({ times: 1, ...failure });
  }

  /** Returns the violations recorded so far and forgets them (for a test that provokes one on purpose). */
  takeViolations(): SchemaViolation[] {
    return this.violations.splice(0);
  }

  async stop(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve, reject) => this.server.close((error) => (error ? reject(error) : resolve())));
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const started = process.hrtime.bigint();
    const url = new URL(request.url ?? '/', 'http://stand-in');
    const method = request.method ?? 'GET';
    const path = url.pathname;
    const text = await readBody(request);
    const matched = this.validator.match(method, path);
    const operation = matched?.operationId ?? `${method} ${path}`;
    const send = (status: number, body: Json) => {
      const full = { ...body, time: Number(process.hrtime.bigint() - started) / 1e9 };
      const problems = this.validate ? this.validator.validateResponse(method, path, status, full) : [];
      if (problems.length > 0) this.violations.push({ direction: 'response', operation, problems });
      const json = JSON.stringify(full);
      response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(json) });
      response.end(json);
    };
    const fail = (status: number, message: string) => send(status, { status: { error: message } });

    let body: unknown;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch (error) {
        this.violations.push({ direction: 'request', operation, problems: [`body is not JSON: ${String(error)}`] });
        return fail(400, `Format error in JSON body: ${String(error)}`);
      }
    }
    // Qdrant's JSON parser keeps strings as UTF-8 and refuses a lone surrogate escape.
    const lone = body === undefined ? undefined : findLoneSurrogate(body);
    const problems = lone === undefined ? [] : [`${lone} holds a lone UTF-16 surrogate, which Qdrant's JSON parser refuses`];
    if (this.validate) problems.push(...this.validator.validateRequest(method, path, url.searchParams, body));
    if (this.recordRequests) this.requests.push({ operation, method, path, query: url.search, body });
    if (problems.length > 0) {
      this.violations.push({ direction: 'request', operation, problems });
      if (lone !== undefined) return fail(400, `Format error in JSON body: ${problems.join('; ')}`);
      const refusal = this.validator.refusal(method, path, url.searchParams, body);
      return fail(refusal.status, refusal.message);
    }
    const injected = this.failures.find((failure) => failure.operation === operation);
    if (injected !== undefined && (injected.skip ?? 0) > 0) injected.skip = (injected.skip ?? 0) - 1;
    else if (injected !== undefined) {
      injected.times = (injected.times ?? 1) - 1;
      if (injected.times <= 0) this.failures.splice(this.failures.indexOf(injected), 1);
      if (injected.delayMs !== undefined) await new Promise((resolve) => setTimeout(resolve, injected.delayMs));
      if (injected.hangUp === true) return void response.destroy();
      if (injected.status !== 200)
        return fail(injected.status, `Service internal error: failure injected by the test (${injected.status})`);
    }
    try {
      const result = this.dispatch(operation, matched!.params, (body ?? {}) as Json);
      if (result === NOT_FOUND) return fail(404, `Not found: Collection \`${matched!.params['collection_name']}\` doesn't exist!`);
      const wait = url.searchParams.get('wait') === 'true';
      const acknowledged = (one: unknown) => (isUpdateResult(one) && !wait ? { ...one, status: 'acknowledged' } : one);
      const reported = Array.isArray(result) ? result.map(acknowledged) : acknowledged(result);
      return send(200, { result: reported, status: 'ok' });
    } catch (error) {
      if (error instanceof BadInput) return fail(400, error.message);
      if (error instanceof InvalidBody) return fail(422, error.message);
      if (error instanceof NotFoundInCollection) return fail(404, `Not found: ${error.message}`);
      if (error instanceof AlreadyExists) return fail(409, error.message);
      if (error instanceof UnsupportedByStandIn) {
        this.violations.push({ direction: 'request', operation, problems: [error.message] });
        return fail(501, error.message);
      }
      throw error;
    }
  }

  private dispatch(operation: string, params: Record<string, string>, body: Json): unknown {
    const name = params['collection_name'] ?? '';
    const collection = this.collections.get(name);
    switch (operation) {
      case 'get_collections':
        return { collections: [...this.collections.keys()].map((key) => ({ name: key })) };
      case 'collection_exists':
        return { exists: collection !== undefined };
      case 'create_collection':
        if (collection !== undefined) throw new AlreadyExists(`Wrong input: Collection \`${name}\` already exists!`);
        this.collections.set(name, StandInCollection.create(body));
        return true;
      case 'delete_collection':
        return this.collections.delete(name);
    }
    if (collection === undefined) return NOT_FOUND;
    switch (operation) {
      case 'get_collection':
        return collection.info();
      case 'update_collection':
        return collection.update(body);
      case 'create_field_index':
        return collection.createIndex(body);
      case 'delete_field_index':
        return collection.deleteIndex(params['field_name']!);
      case 'get_point': {
        const id = parsePathPointId(params['id']!);
        if (id === undefined) throw new BadInput(`Wrong input: ${params['id']} is not a valid point ID`);
        return collection.getPoint(id);
      }
      case 'get_points':
        return collection.getPoints(body);
      case 'batch_update':
        return collection.batch(body);
      case 'query_points':
        return collection.query(body);
      case 'query_batch_points':
        return collection.queryBatch(body);
      case 'scroll_points':
        return collection.scroll(body);
      case 'count_points':
        return collection.count(body);
      default:
        // The point updates, by the name `points/batch` gives them (`upsert_points` is `upsert`, ...).
        return collection.applyUpdate(operation.replace(/_points$/, ''), body);
    }
  }
}

const NOT_FOUND = Symbol('collection not found');

function isUpdateResult(result: unknown): result is Json {
  return typeof result === 'object' && result !== null && 'operation_id' in result && 'status' in result;
}

function readBody(request: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

/** The path of the first string (value or key) holding a lone surrogate, or undefined. */
function findLoneSurrogate(value: unknown, path = 'body'): string | undefined {
  if (typeof value === 'string') return /\p{Cs}/u.test(value) ? path : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (/\p{Cs}/u.test(key)) return `${path} key`;
    const found = findLoneSurrogate(item, `${path}.${key}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
