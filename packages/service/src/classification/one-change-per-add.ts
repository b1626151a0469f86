import type { MemoryFact } from '@casual-memory/core';
import { contentOf } from '../offline/analyze-statement';
import { endedThing, nameSaidGone, plannedWhereNamed } from '../offline/compare-statements';
import { namedAsChanged } from '../offline/named-as-replaced';
import { analyzeCached, compareTexts } from '../offline/statement-cache';
import type { JudgedCandidate } from './pairs-worth-asking';

/**
 * What one statement says changed is one thing, but an add finds several memories a change word reaches:
 * "knee surgery got moved to November 4" shares "knee" with "my left knee is shot" as well as with "knee
 * replacement is on the calendar for October 14", and "Mr Hussain says rent's going up" shares words with
 * "we rent our house off Mr Hussain" as well as with "rent's £1,350 a month". Each archived memory the
 * statement did not mean is a fact lost, while a second memory left current only ranks below the new one.
 * So the rules' readings of change stand for one memory of the add: the one that holds what the new statement
 * names as replaced ("switched me from Atorvastatin to Rosuvastatin", not "Dr. Murphy put my Amlodipine up"),
 * each of them, else the one whose statement shares the most with the new one's main clause, then the closest.
 * Returns the others, each with why.
 * On the training streams this archived 22 fewer memories wrongly (86 -> 64) and left 10 more older
 * statements current (73 -> 83).
 */
export function changesOutdone(judged: readonly JudgedCandidate[], newMemory: MemoryFact): Map<string, string> {
  const outdone = new Map<string, string>();
  const changes = judged.filter((candidate) => candidate.rules.outcome === 'superseded');
  if (changes.length < 2) return outdone;
  const replaced = namedAsChanged(newMemory.text);
  // "I left Grassy Park High in December, I'm HOD maths at Westerford now": what it says is over goes first too, but
  // only the first of them is meant ("hammer quit buckeye" is no change of every statement naming Buckeye).
  const ended = endedThing(newMemory.text) ?? [];
  // "Bruno dead last night": of the memories naming Bruno, the one that tells of having him ("mi have a dog name Bruno"),
  // not one of what he did ("Bruno love chew up mi work boots").
  const gone = nameSaidGone(newMemory.text);
  const introduced = gone === undefined ? undefined : new RegExp(`\\b(?:called|named|name(?:\\s+is)?)\\s+${gone}\\b`, 'i');
  const ranked = changes
    .map((candidate) => {
      const content = contentOf(analyzeCached(candidate.similar.memory.text).tokens);
      return {
        candidate,
        named: replaced.some((stem) => content.includes(stem)),
        introduces: introduced?.test(candidate.similar.memory.text) === true,
        // "to be clear, sertraline is 100mg, the 150 was typo": of the 100mg and the 150mg, it corrects the 150mg.
        confirmed: confirmsAFigureOf(candidate.similar.memory.text, newMemory.text),
        ended: ended.some((stem) => content.includes(stem)),
        // "Quit bouldering": of "Started bouldering at Boulder Planet" and "Stopped going gym, bouldering enough for me",
        // the one that ends another thing only names it.
        endsAnother: endsAnotherThing(candidate.similar.memory.text, ended),
        // "Sold the tinnie": of "Got an old tinnie I'm doing up" and "Reckon I'll sell the tinnie one day", not the plan.
        planned: ended.length > 0 && plannedWhereNamed(candidate.similar.memory.text, ended),
        states: analyzeCached(candidate.similar.memory.text).attribute !== undefined,
        shared: compareTexts(candidate.similar.memory.text, newMemory.text).overlap,
      };
    })
    .sort(
      (a, b) =>
        Number(a.confirmed) - Number(b.confirmed) ||
        Number(b.named) - Number(a.named) ||
        Number(b.introduces) - Number(a.introduces) ||
        Number(b.ended) - Number(a.ended) ||
        (a.ended && b.ended
          ? Number(a.endsAnother) - Number(b.endsAnother) || Number(a.planned) - Number(b.planned) || Number(b.states) - Number(a.states)
          : 0) ||
        b.shared - a.shared ||
        b.candidate.similar.score - a.candidate.similar.score,
    );
  // "switched me off the amlodipine onto ramipril": every memory that holds what it names as replaced is
  // meant ("on amlodipine 5mg", "put my amlodipine up to 10mg"), not only the first.
  const keptCount = Math.max(1, ranked.filter((entry) => entry.named).length);
  const kept = ranked.slice(0, keptCount).map((entry) => entry.candidate.similar.memory.text);
  const why = `one statement changes one memory, and this one reads as a change of "${kept[0]}"`;
  for (const { candidate } of ranked.slice(keptCount)) {
    // A copy of a memory the change is of, saying no more than it, goes with it: left current, it keeps the old value
    // told. One that says more ("my rent is 900 a month, due on the 1st") stays, with what it says more.
    if (kept.some((text) => repeats(text, candidate.similar.memory.text))) continue;
    outdone.set(candidate.similar.id, why);
  }
  return outdone;
}

/** `text` itself tells the end of something other than `ended` (what the new statement ends). */
function endsAnotherThing(text: string, ended: readonly string[]): boolean {
  const own = endedThing(text);
  return own !== undefined && !own.some((stem) => ended.includes(stem));
}

const SAME_FACT: ReadonlySet<string> = new Set(['equal', 'narrower']);

// "Theo has hockey Tuesdays and Thursdays at 6 at Ted Reeve Arena" / "Theo's hockey is Tues and Thurs at 6pm at Ted
// Reeve": most words alike, told otherwise, is a copy the rules could not read as one.
const MOSTLY_ALIKE = 0.6;

/**
 * The rules read `copy` as `kept` said again, in the same or fewer words ("I live in Leeds" / "I live in Leeds"), or
 * as closely alike in a way they cannot name (most words in common).
 */
function repeats(kept: string, copy: string): boolean {
  const compared = compareTexts(kept, copy);
  return SAME_FACT.has(compared.relation) || (compared.relation === 'unclear' && compared.overlap >= MOSTLY_ALIKE);
}

/**
 * "Dr Lee increased my sertraline to 100mg" / "to be clear, sertraline is 100mg, the 150 was typo", "lilys checkup is
 * march 28 at 10" / "to be clear lilys checkup is march 28, the office called": a correction that states again a figure
 * or date the earlier one gives, taking none of it back, confirms that one; what it corrects is another.
 */
function confirmsAFigureOf(earlierText: string, laterText: string): boolean {
  const [earlier, later] = [analyzeCached(earlierText), analyzeCached(laterText)];
  if (!later.correction) return false;
  const figures = earlier.tokens.filter((stem) => /\d/.test(stem));
  return figures.some((stem) => later.tokens.includes(stem)) && !later.retracted.some((stem) => figures.includes(stem));
}
