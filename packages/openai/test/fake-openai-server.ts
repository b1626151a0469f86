import { createServer, type IncomingHttpHeaders, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the server received it. */
export interface RecordedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  /** The parsed JSON body (a string when it was not JSON). */
  // biome-ignore lint/suspicious/noExplicitAny: tests read whatever fields the SDK sent.
  body: any;
}

/** One scripted answer. */
export interface Reply {
  status?: number;
  headers?: Record<string, string>;
  /** Sent as JSON. */
  json?: unknown;
  /** Sent as it is (malformed JSON, say), with `content-type: application/json`. */
  raw?: string;
  /** Answer this late (the request may time out or be aborted meanwhile). */
  delayMs?: number;
}

export type Script = Reply | ((request: RecordedRequest) => Reply);

/**
 * A loopback server (127.0.0.1, a random port) that speaks OpenAI's chat-completions and embeddings
 * endpoints, records every request, and answers from a queue of scripted replies first: slowly,
 * with errors, malformed JSON or vectors of the wrong size. With the queue empty, chat answers
 * `chatReply` and embeddings answer `vectorFor(input, dimensions)` for each input.
 */
export class FakeOpenAIServer {
  readonly requests: RecordedRequest[] = [];
  chatReply = 'ok';
  dimensions = 4;
  private readonly queue: Script[] = [];

  private constructor(
    private readonly server: Server,
    readonly baseURL: string,
  ) {}

  static async start(): Promise<FakeOpenAIServer> {
    let fake: FakeOpenAIServer | undefined;
    const server = createServer((request, response) => {
      let text = '';
      request.setEncoding('utf8');
      request.on('data', (chunk: string) => {
        text += chunk;
      });
      request.on('end', () =>
        fake?.handle({ method: request.method ?? '', path: request.url ?? '', headers: request.headers, body: parse(text) }, response),
      );
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    fake = new FakeOpenAIServer(server, `http://127.0.0.1:${port}/v1`);
    return fake;
  }

  /** Answers the next requests with these, in order, before the default answers resume. */
  enqueue(...scripts: Script[]): void {
    this.queue.push(...scripts);
  }

  /** Requests to one endpoint, e.g. `/v1/embeddings`. */
  requestsTo(path: string): RecordedRequest[] {
    return this.requests.filter((request) => request.path === path);
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private handle(request: RecordedRequest, response: ServerResponse): void {
    this.requests.push(request);
    const script = this.queue.shift();
    const reply = script === undefined ? this.defaultReply(request) : typeof script === 'function' ? script(request) : script;
    const send = (): void => {
      if (response.destroyed) return;
      response.writeHead(reply.status ?? 200, { 'content-type': 'application/json', ...reply.headers });
      response.end(reply.raw ?? JSON.stringify(reply.json ?? {}));
    };
    if (reply.delayMs === undefined) send();
    else setTimeout(send, reply.delayMs).unref();
  }

  private defaultReply(request: RecordedRequest): Reply {
    if (request.path === '/v1/chat/completions') return { json: chatCompletion(this.chatReply) };
    if (request.path === '/v1/embeddings') return { json: embeddingsFor(request, this.dimensions) };
    return { status: 404, json: { error: { message: `no route ${request.path}` } } };
  }
}

function parse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** A chat-completions answer holding `content`. */
export function chatCompletion(content: string | null, extra: { finish_reason?: string; refusal?: string } = {}): unknown {
  return {
    id: 'chatcmpl-test',
    object: 'chat.completion',
    created: 1,
    model: 'test-model',
    choices: [
      {
        index: 0,
        finish_reason: extra.finish_reason ?? 'stop',
        message: { role: 'assistant', content, ...(extra.refusal === undefined ? {} : { refusal: extra.refusal }) },
      },
    ],
  };
}

/** A deterministic vector for a text: what the fake server embeds it as. */
export function vectorFor(text: string, dimensions: number): Float32Array {
  let hash = 2166136261;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 16777619) >>> 0;
  const vector = new Float32Array(dimensions);
  for (let j = 0; j < dimensions; j++) vector[j] = (((hash >>> (j % 24)) & 0xff) + 1) / 256 - 0.5;
  return vector;
}

/** An embeddings answer for the request's inputs, in the encoding it asked for, with `index` on each. */
export function embeddingsFor(request: RecordedRequest, dimensions: number, options: { ignoreBase64?: boolean } = {}): unknown {
  const inputs: string[] = request.body.input;
  const base64 = request.body.encoding_format === 'base64' && options.ignoreBase64 !== true;
  return {
    object: 'list',
    model: request.body.model,
    usage: { prompt_tokens: inputs.length, total_tokens: inputs.length },
    data: inputs.map((input, index) => {
      const vector = vectorFor(input, dimensions);
      return { object: 'embedding', index, embedding: base64 ? Buffer.from(vector.buffer).toString('base64') : Array.from(vector) };
    }),
  };
}
