// "got an offer from Razorpay, thinking about it", "offered a job at Tesco": a job not taken yet, and where. (Not an
// interview or an application: those happened, and stay told when the job is got, as the training streams label them.)
const NOT_HIRED_YET_AT = /\b(?:offer(?:ed)?)\b(?:\s+[\w'-]+){0,5}?\s+(?:from|at|with|by)\s+(?:the\s+)?([A-Z][\w&'-]*)/;
// "joined Razorpay today", "started at Tesco", "first day at Aldi", "accepted the Razorpay offer", "got the job at Tesco".
const HIRED =
  '(?:join(?:ed|ing)?|start(?:ed|ing|s)? (?:at|with|in)|first (?:day|shift|week) (?:at|with|in)|accept(?:ed|ing)?|took|taking|got the (?:job|offer|role)(?: at| with)?)';

/**
 * The name of where `earlier` tells of a job offered, when `later` tells of taking it there (the same name after a word
 * of joining); else undefined.
 */
export function offerTaken(earlier: string, later: string): string | undefined {
  const where = NOT_HIRED_YET_AT.exec(earlier)?.[1];
  if (where === undefined) return undefined;
  // The name right after the word of joining ("accepted the Razorpay offer"), not anywhere ("joined a gym near Razorpay").
  const taken = new RegExp(`\\b${HIRED}\\s+(?:(?:the|their|an?)\\s+)?${where.replace(/[^\w]/g, '.')}\\b`, 'i');
  return taken.test(later) ? where : undefined;
}
