import { type MemoryFactInput, ValidationError } from '@casual-memory/core';
import { parseStoreOptions, z } from '@casual-memory/core/backend';
import type { AddResult } from '@casual-memory/service';
import type { ModelMessage } from 'ai';
import { exactlyOneTurnInput, type MemoryOptions, memoryOptionsShape, turnShape } from './memory-options';
import { emitEvent, reportFailure } from './report-failure';
import { currentUserMessages, type TurnMessage } from './turn-messages';
import { userStatements } from './user-statements';

/** A memory an extractor found, without its user (the turn's user is added). */
export type ExtractedStatement = Omit<MemoryFactInput, 'userId'>;

/** Turns a conversation into memories; `LlmMemoryExtractor` from `@casual-memory/service` fits. */
export interface TurnExtractor {
  extract(messages: TurnMessage[]): Promise<ExtractedStatement[]>;
}

export interface SaveTurnOptions extends MemoryOptions {
  /** The turn's `prompt`, as given to `generateText` / `streamText` (or `messages`). */
  prompt?: string | readonly ModelMessage[];
  /** The turn's `messages`; the user messages after the last other message are this turn's. */
  messages?: readonly ModelMessage[];
  /**
   * Finds the memories in the turn (it sees the user's messages and the reply). Default: each
   * sentence of the user's messages that speaks about the user and is not a question or a request.
   */
  extractor?: TurnExtractor;
}

/** What `onFinish` passes that a saved turn needs: the reply's text, for the extractor. */
export interface FinishedTurn {
  text: string;
}

const SaveTurnOptionsSchema = z
  .strictObject({
    ...memoryOptionsShape,
    ...turnShape,
    extractor: z
      .custom<TurnExtractor>((value) => typeof (value as { extract?: unknown } | null)?.extract === 'function', {
        error: 'expected an object with an extract(messages) method',
      })
      .optional(),
  })
  .refine(...exactlyOneTurnInput);

/**
 * An `onFinish` callback that stores what the user said in this turn: one `MemoryService.add` per
 * statement, once per turn however many tool steps the turn took (a second call is ignored). A
 * failure is reported to `onEvent` and never fails the turn: a statement the service refuses is
 * skipped, a store error stops the saving.
 */
export function saveTurn(options: SaveTurnOptions): (finished: FinishedTurn) => Promise<void> {
  const { service, userId, onEvent, extractor, prompt, messages } = parseStoreOptions(SaveTurnOptionsSchema, options, 'saveTurn');
  const userMessages = currentUserMessages({ prompt, messages });
  let saved = false;
  return async (finished) => {
    if (saved) return;
    saved = true;
    try {
      const statements: ExtractedStatement[] =
        extractor === undefined
          ? userMessages
              .flatMap((message) => userStatements(message.content))
              .map((text) => ({ text, type: 'fact' as const, source: 'user' as const }))
          : await extractor.extract([...userMessages, { role: 'assistant', content: finished?.text ?? '' }]);
      const saved: string[] = [];
      const results: AddResult[] = [];
      // One at a time, in the order said: a later statement may update an earlier one.
      for (const statement of statements) {
        try {
          results.push(await service.add({ ...statement, userId }));
          saved.push(statement.text);
        } catch (error) {
          // A statement the service refuses (an extractor's bad item) costs only itself; a store error ends the turn's saving.
          if (!ValidationError.isInstance(error)) throw error;
          reportFailure(onEvent, 'save-turn', userId, error);
        }
      }
      emitEvent(onEvent, { type: 'turn-saved', userId, statements: saved, results });
    } catch (error) {
      reportFailure(onEvent, 'save-turn', userId, error);
    }
  };
}
