/** Defaults shared by every backend, ported from the Python original so thresholds mean the same. */

/** `search`: how many hits at most. */
export const DEFAULT_SEARCH_TOP_K = 5;
/** `search`: the lowest cosine score returned. */
export const DEFAULT_SEARCH_MIN_SCORE = 0.7;
/** `findSimilarMemories`: the lowest cosine score that counts as similar. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.85;
/** `findSimilarMemories`: how many similar memories at most. */
export const DEFAULT_SIMILAR_LIMIT = 5;
/** `getRecentMessages`: how many messages when no limit is given. */
export const DEFAULT_RECENT_MESSAGES_LIMIT = 20;
/** Short-term stores keep this many newest messages per user unless configured otherwise. */
export const DEFAULT_MAX_MESSAGES = 20;
/** `UserLock.acquire`: how long a lease lasts before the next acquirer may take it (a crashed holder's lock frees itself). */
export const DEFAULT_LOCK_LEASE_MS = 30_000;
/** `UserLock.acquire`: how long to wait for a held lock before a `LockTimeoutError`. */
export const DEFAULT_LOCK_WAIT_MS = 30_000;
/** `listMemories`: how many memories per page when no limit is given. */
export const DEFAULT_LIST_LIMIT = 100;
/** `listMemories`: the largest page a caller may ask for. */
export const MAX_LIST_LIMIT = 1000;
