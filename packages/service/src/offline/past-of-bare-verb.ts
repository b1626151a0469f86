/**
 * The past of the verbs some Englishes say bare for a thing done: Nigerian Pidgin "don move", Jamaican Patois "mi sell
 * di Corolla", "Christmas trip cancel", Taglish "na-move", "nag-resign". Each dialect reads the verbs of its own list; this gives their past, read as
 * the change word English would use ("moved", "sold", "cancelled").
 */
export const PAST_OF_BARE_VERB: Readonly<Record<string, string>> = {
  change: 'changed',
  move: 'moved',
  stop: 'stopped',
  switch: 'switched',
  leave: 'left',
  finish: 'finished',
  buy: 'bought',
  sell: 'sold',
  start: 'started',
  quit: 'quit',
  resign: 'resigned',
  marry: 'married',
  give: 'gave',
  get: 'got',
  cancel: 'cancelled',
  retire: 'retired',
  join: 'joined',
  transfer: 'transferred',
  promote: 'promoted',
  enroll: 'enrolled',
  reach: 'reached',
  enter: 'entered',
  increase: 'increased',
  reduce: 'reduced',
  raise: 'raised',
  lower: 'lowered',
  die: 'died',
  close: 'closed',
  open: 'opened',
  pay: 'paid',
};

/** `verb` in the past, as `PAST_OF_BARE_VERB` gives it (a verb it lacks is returned as it is). */
export const pastOf = (verb: string): string => PAST_OF_BARE_VERB[verb] ?? verb;
