// "Kavya is expecting", "I'm 20 weeks pregnant": a baby on the way. Not a due date told on its own ("her due date moved
// to 12 july"): a birth leaves what was said of the date as it was (training streams).
// "Grandbaby #3 on the way! Kristy's due in June": one said to be due, or a baby on the way.
const EXPECTING =
  /\b(?:expecting|pregnant|preggers|having a baby|weeks? along|[a-z]+(?:['’]s| is) due (?:in|on|any day|next)|(?:baby|grandbaby|bairn|grandchild|grandkid|little one)\b[^.!?]{0,12}\bon the way)\b/i;
// "Kavya had a baby girl!!", "gave birth on Tuesday", "the baby's here", "welcomed a little boy": the baby born.
const BORN =
  /\b(?:had (?:a|the|her|his|their|our) (?:(?:baby|little|wee|bonny|healthy|beautiful)\s+)*(?:baby|bairn|boy|girl|son|daughter|twins)|gave birth|(?:baby|bairn|twins)(?:['’]s| is| was| were| has| have)? (?:here|arrived|born|came)|welcomed (?:a|their|our|her|his) (?:(?:baby|little|wee)\s+)*(?:baby|boy|girl|son|daughter|twins))\b/i;

/** Whether `earlier` tells of a baby on the way and `later` of it born: the pregnancy is over, so the later one replaces it. */
export function babyBorn(earlier: string, later: string): boolean {
  return EXPECTING.test(earlier) && !BORN.test(earlier) && BORN.test(later) && !EXPECTING.test(later);
}
