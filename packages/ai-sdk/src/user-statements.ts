// Requests and small talk are not facts: a sentence is kept when it speaks about the speaker and is
// neither a question nor a request to the assistant.
const FIRST_PERSON = /\b(i|i'm|im|i've|i'd|i'll|my|mine|we|we're|our)\b/i;
const REQUEST_START =
  /^(please|can|could|would|will|should|tell|show|give|help|find|write|make|explain|list|remind|let's|lets|what|where|when|who|why|how|do|does|did|is|are)\b/i;

/**
 * The statements in a user's message that say something about the user, one per sentence: the
 * offline default of `saveTurn` ("I moved to Lisbon. What's the weather there?" gives "I moved to
 * Lisbon."). An LLM extractor finds more (pass `extractor`).
 */
export function userStatements(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim().replace(/^[-*•]\s*/, ''))
    .filter((sentence) => sentence.length >= 3 && !sentence.endsWith('?'))
    .filter((sentence) => FIRST_PERSON.test(sentence) && !REQUEST_START.test(sentence) && !/\b(you|your)\b/i.test(sentence));
}
