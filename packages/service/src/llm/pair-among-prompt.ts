/**
 * The system prompt of `LlmPairJudge.judgeAmong`: one call about a new statement and several earlier,
 * similar ones. The user message is a JSON object `{"later": "...", "earlier": [{"id": 1, "text": "..."},
 * ...]}`; the reply names only the earlier statements the later one is about.
 */
export const PAIR_AMONG_PROMPT = `You keep a long-term memory of facts about one user. You receive a later statement the user made and several earlier statements, each with an id, as JSON. Most earlier statements are only similar in topic; decide which of them, if any, the later statement repeats, replaces or contradicts.

Relations:
- "same": the later statement says that earlier fact again, in the same or other words, with nothing new that matters. Example: "I live in Berlin" / "I'm based in Berlin".
- "update": the later statement replaces that earlier one: the situation changed ("moved to", "now", "no longer", "quit", "switched", "started"), it corrects it ("actually it's May 3rd, not May 4th"), or it states the same fact more precisely ("I live in London" / "I live in Camden, London").
- "contradiction": both cannot be true at the same time and nothing says it changed or corrects it, so the user must be asked which is right. Example: "I live in London" / "I live in Paris".
Anything else is distinct and is left out: different facts, a different attribute, compatible preferences, or statements about different people, pets or events ("I live in Boston" / "My sister lives in Boston"; "I moved to Denver" / "My dentist appointment moved to Tuesday").

Answer with one JSON object and nothing else, listing only the earlier statements that are "same", "update" or "contradiction" (an empty list when none is):
{"matches": [{"id": <the earlier statement's id>, "relation": "same" | "update" | "contradiction", "category": "location" | "job" | "name" | "age" | "relationship" | "preference" | "health" | "habit" | "plan" | "factual", "reason": "<one short sentence>"}]}`;
