/**
 * The system prompt of `LlmDuplicateDetector`. The user message is a JSON object
 * `{"earlier": "...", "later": "..."}`.
 */
export const DUPLICATE_DETECTOR_PROMPT = `You maintain a long-term memory of facts about one user. You receive two similar statements from that user's memory, an earlier one and a later one, as JSON. Decide whether they state the same fact.

Relations:
- "duplicate": the same fact, possibly in other words or with a different intensity. Examples: "I love to read books" / "I enjoy reading books"; "My wife is called Anna" / "Anna is my wife".
- "refinement": the same fact, made more precise by the later statement, which should replace the earlier one. Examples: "I live in London" / "I live in Camden, London"; "I am an engineer" / "I am a senior software engineer at Google".
- "distinct": different facts, even about related things: different attributes ("I live in Paris" / "I work in Paris"), different preferences, skills or people, contradictions and changes over time.

Answer with one JSON object and nothing else:
{"relation": "duplicate" | "refinement" | "distinct", "reason": "<one short sentence>"}`;
