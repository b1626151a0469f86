import { type ChatOptions, type ChatProvider, type EmbeddingProvider, ProviderError } from '@casual-memory/core';
import { describeValue } from '@casual-memory/core/backend';
import { type CallKind, type Deadline, deadlineOf, guardedCall } from './call-deadline';

/**
 * The service's view of an injected store or provider: every method call goes through
 * `guardedCall`, so it races `deadline` (one service call's; none for the service's shared views) and
 * anything it throws arrives typed. The object itself is untouched; properties other than methods read
 * through. Every method answers with a promise, as the store and provider protocols declare.
 */
export function guardMethods<T extends object>(target: T, kind: CallKind, name: string, deadline?: Deadline): T {
  // One wrapper per method, so reading a method twice gives the same function.
  const wrappers = new WeakMap<(...args: unknown[]) => unknown, (...args: unknown[]) => Promise<unknown>>();
  return new Proxy(target, {
    get(object, property) {
      // Read with the target as receiver: a class with private fields answers only to itself.
      const value: unknown = Reflect.get(object, property, object);
      if (typeof value !== 'function' || property === 'constructor') return value;
      const method = value as (...args: unknown[]) => unknown;
      let wrapper = wrappers.get(method);
      if (wrapper === undefined) {
        const label = `${name}.${String(property)}`;
        wrapper = (...args: unknown[]) => guardedCall(kind, label, () => method.apply(object, args), deadline);
        wrappers.set(method, wrapper);
      }
      return wrapper;
    },
  });
}

/**
 * An embedding provider whose answers are checked: one vector per text, each of `dimensions`
 * finite numbers. Anything else (null, a short vector, NaN) is a `ProviderError`
 * `PROVIDER_BAD_RESPONSE` before anything is stored.
 */
export function guardEmbedding(provider: EmbeddingProvider, deadline?: Deadline): EmbeddingProvider {
  const guarded = guardMethods(provider, 'provider', 'EmbeddingProvider', deadline);
  // Made once: reading a method twice gives the same function, and an add reads it without allocating.
  const embedDocuments = async (texts: string[]) => {
    const vectors: unknown = await guarded.embedDocuments(texts);
    if (!Array.isArray(vectors) || vectors.length !== texts.length) {
      throw badResponse(
        'embedDocuments',
        `returned ${describeValue(vectors)} for ${texts.length} text${texts.length === 1 ? '' : 's'}, expected one vector per text`,
      );
    }
    vectors.forEach((vector, index) => {
      checkVector(vector, provider.dimensions, 'embedDocuments', `vector ${index}`);
    });
    return vectors as Float32Array[];
  };
  const embedQuery = async (text: string) => {
    const vector: unknown = await guarded.embedQuery(text);
    checkVector(vector, provider.dimensions, 'embedQuery', 'the vector');
    return vector as Float32Array;
  };
  return new Proxy(guarded, {
    get(object, property, receiver) {
      if (property === 'embedDocuments') return embedDocuments;
      if (property === 'embedQuery') return embedQuery;
      return Reflect.get(object, property, receiver);
    },
  });
}

/**
 * A chat provider whose calls are typed, and race the deadline of the service call they run under when
 * their `signal` is that call's (the service's model verifiers pass it; the provider sees it too, so a
 * model call is cancelled with it).
 */
export function guardChat(provider: ChatProvider): ChatProvider {
  return {
    chat: (messages, options?: ChatOptions) =>
      guardedCall('provider', 'ChatProvider.chat', () => provider.chat(messages, options), deadlineOf(options?.signal)),
  };
}

function checkVector(vector: unknown, dimensions: number, method: string, what: string): void {
  const isVector = vector instanceof Float32Array || vector instanceof Float64Array || Array.isArray(vector);
  if (!isVector) throw badResponse(method, `returned ${describeValue(vector)} as ${what}, expected ${dimensions} numbers`);
  const values = vector as ArrayLike<unknown>;
  if (values.length !== dimensions) throw badResponse(method, `returned ${values.length} numbers as ${what}, expected ${dimensions}`);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    if (typeof value !== 'number' || !Number.isFinite(value)) {
      throw badResponse(method, `returned ${describeValue(value)} at index ${i} of ${what}, expected a finite number`);
    }
  }
}

function badResponse(method: string, detail: string): ProviderError {
  return new ProviderError({
    code: 'PROVIDER_BAD_RESPONSE',
    provider: 'EmbeddingProvider',
    message: `EmbeddingProvider.${method} ${detail}`,
  });
}
