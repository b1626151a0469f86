import { readOnce } from './read-once';

/** Who holds a role for someone, as a text names them: "biscuit's vet is companion care", "my dentist is Dr Shah". */
export interface RoleHolder {
  /** "my", or the owner's name in lower case ("biscuit"). */
  readonly owner: string;
  /** The role, in lower case ("vet"). */
  readonly role: string;
  /** Who or what holds it, in lower case, without a title ("companion care at the retail park"). */
  readonly holder: string;
}

// Roles one has one of at a time, for oneself, a child or a pet.
const ROLE =
  '(vet|dentist|doctor|gp|family doctor|paediatrician|pediatrician|therapist|counsellor|counselor|physio|optician|midwife|oncologist|cardiologist|neurologist|dermatologist|psychiatrist|endocrinologist|rheumatologist|gynaecologist|gynecologist|obgyn|urologist|nephrologist|surgeon|consultant|orthodontist|chiropractor|podiatrist|boss|manager|landlord|landlady|childminder|nursery|school|teacher|domestic helper|helper|maid|nanny|cleaner|tutor|best friend|best mate|best butty|best pal|bestie|bff)';
// One role by its other names: "my best mate is Orla" and "my best friend is Niamh" name two best friends.
const SAME_ROLE: Readonly<Record<string, string>> = {
  'best mate': 'best friend',
  'best butty': 'best friend',
  'best pal': 'best friend',
  bestie: 'best friend',
  bff: 'best friend',
  'domestic helper': 'helper',
};
// Roles told by a name with a capital that no rewrite of `normalizeText` reads ("my best friend is Niamh").
const BY_NAME_ONLY: ReadonlySet<string> = new Set(['best friend']);
// "biscuit's vet is vets4pets in swinton", "my gp's Dr Ahmed", "alfie's dentist is dr patel", "my vet now is dr moyer": the
// owner, the role and who.
const HOLDS = new RegExp(
  `\\b(my|our|[a-z][a-z-]+['’]s) (?:new |current )?${ROLE}(?: now| still)?(['’]s| is)(?: now| still| called| named)? ([^.!?,;]+)`,
  'i',
);
// "Dai Jenkins is my best butty", "Whitney from church is my best friend now": the one named first, by a name with a capital.
const HOLDER_FIRST = new RegExp(
  `(?:^|[.!?,;]\\s*)((?:[A-Z][a-z'-]+)(?: [A-Z][a-z'-]+)?)(?: from [a-z ]+)? (?:is|'s|’s) (my|[a-z][a-z-]+['’]s) (?:new |current )?${ROLE}\\b`,
);
// "best friend is Natarajan only": opening a text, a role without an owner is the user's.
const OWNER_LEFT_OUT = /^\s*(best (?:friend|mate|pal)|bestie|bff|boss|manager|landlord|landlady|gp|dentist|vet)\b(?=\s+(?:now\s+)?is\b)/i;
// "tomo's my best mate, known him since primary": typed in lower case, a name said to be the user's best friend.
const BEST_FRIEND_FIRST =
  /(?:^|[.!?,;]\s*)(?!(?:it|that|this|he|she|there|here|who|what|which|mine|yours|one)['’]s)([a-z][a-z'-]+)['’]s my (best (?:friend|mate|butty|pal)|bestie|bff)\b/i;
// "Dixie goes to Dr Coker at Odessa Animal Clinic", "Ringo goes to the Greencross vet at Cannon Hill": one named, and
// where they go, which names a vet.
const GOES_TO = /^\W*([A-Z][a-z]+) goes to (?:the )?([^.!?,;]+)/;
const NAMES_A_VET = /\b(?:vets?|veterinary|animal (?:hospital|clinic))\b/i;
// Words that open a saying of how the role's holder is, not who it is: "my doctor is worried", "my boss is a nightmare".
const NOT_WHO =
  /^(?:a|an|the|so|very|really|not|no|off|away|on|in|at|back|out|being|going|getting|pleased|happy|worried|concerned|great|good|nice|lovely|amazing|awesome|awful|terrible|useless|rubbish|brilliant|strict|kind|mean|busy|sick|ill|leaving|retiring|moving|closed|closing|shut|open|booked|full|\d)\b/i;
const TITLE = /^(?:dr\.?|doctor|mr\.?|mrs\.?|ms\.?|miss)\s+/i;
// "Dr. Sarah Lee": a title's full stop ends no sentence.
const TITLE_STOP = /\b(Dr|Mr|Mrs|Ms|Prof)\./gi;

/** The role holder a text names, if it names one the way "<owner>'s <role> is <who>" does. */
export const roleHolder: (text: string) => RoleHolder | undefined = readOnce((text: string) => {
  const first = HOLDER_FIRST.exec(text);
  if (first !== null) {
    const role = SAME_ROLE[first[3]!.toLowerCase()] ?? first[3]!.toLowerCase();
    if (BY_NAME_ONLY.has(role)) return { owner: first[2]!.toLowerCase().replace(/['’]s$/, ''), role, holder: first[1]!.toLowerCase() };
  }
  const lowerFirst = BEST_FRIEND_FIRST.exec(text);
  if (lowerFirst !== null) return { owner: 'my', role: 'best friend', holder: lowerFirst[1]!.toLowerCase() };
  const plain = text.replace(TITLE_STOP, '$1');
  const goes = GOES_TO.exec(plain);
  if (goes !== null && NAMES_A_VET.test(goes[2]!))
    return { owner: goes[1]!.toLowerCase(), role: 'vet', holder: goes[2]!.trim().toLowerCase().replace(TITLE, '') };
  const match = HOLDS.exec(plain.replace(OWNER_LEFT_OUT, 'my $1'));
  if (match === null) return undefined;
  // "our domestic helper is Marites": the household's is the user's.
  const owner = match[1]!
    .toLowerCase()
    .replace(/['’]s$/, '')
    .replace(/^our$/, 'my');
  const role = SAME_ROLE[match[2]!.toLowerCase()] ?? match[2]!.toLowerCase();
  // "it's my best friend's birthday": "'s" before a word in lower case is whose, not "is" (unlike "my gp's Dr Ahmed").
  if (match[3] !== ' is' && /^\s*[a-z]/.test(match[4]!)) return undefined;
  // "My dentist is Dr. Choi": the user's own, by a name with a capital, is read as whom the user sees (`normalizeText`).
  if (match[1]!.toLowerCase() === 'my' && !BY_NAME_ONLY.has(role) && /^(?:(?:Dr|Doctor|Mrs?|Ms|Miss)\s+)?[A-Z]/.test(match[4]!.trim()))
    return undefined;
  // "best friend is Natarajan only": "only" (and "itself") stresses who, it names no one; "tiger's vet is dr mutua now":
  // "now" says when.
  // "Taff's vet is the PDSA on Newport Road": "the" before a name with a capital is part of who, not how they are.
  const holder = match[4]!
    .trim()
    .replace(/^the\s+(?=[A-Z])/, '')
    .toLowerCase()
    .replace(TITLE, '')
    .replace(/\s+(?:only|itself|lah|la|now|these days|nowadays)$/, '');
  if (holder === '' || NOT_WHO.test(holder)) return undefined;
  return { owner, role, holder };
});

// Words of a holder's name that tell no one apart: "Valleys Vets in Porth" and "Cwm Vets in Pentre" are two vets.
const NAMES_NO_ONE =
  /^(?:the|and|for|with|near|road|street|vet|vets|veterinary|dental|dentist|dentists|surgery|clinic|practice|medical|centre|center|health|group)$/;

/** The words that tell a holder apart: longer than two letters, none that names no one ("the", "new"). */
const holderWords = (holder: string): string[] => holder.split(/[^a-z0-9]+/).filter((word) => word.length > 2 && !NAMES_NO_ONE.test(word));

// "sana at pet care clinic bahadurabad": who holds it is told before where they are.
const WHERE_THEY_ARE = /\s+(?:at|in|on|from|near|of)\s+/;

/** The holder without where they are ("sana" of "sana at pet care clinic"), unless nothing comes before it. */
const whoOf = (holder: string): string => holder.split(WHERE_THEY_ARE)[0] || holder;

/**
 * Two holders of one role of the same one: "biscuit's vet is companion care at the retail park" / "biscuit's vet is
 * vets4pets in swinton", "Dr Sana at Pet Care clinic" / "Dr Kamran at Karachi Pet Hospital". Holders whose names share a word
 * ("dr patel on langworthy road" / "dr patel at langworthy rd") are one; where they are is not compared.
 */
export function anotherRoleHolder(
  earlier: string,
  later: string,
): { role: string; owner: string; before: string; now: string } | undefined {
  const [a, b] = [roleHolder(earlier), roleHolder(later)];
  if (a === undefined || b === undefined || a.owner !== b.owner || a.role !== b.role) return undefined;
  const [before, now] = [holderWords(whoOf(a.holder)), holderWords(whoOf(b.holder))];
  if (before.length === 0 || now.length === 0 || now.some((word) => before.includes(word))) return undefined;
  return { role: a.role, owner: a.owner, before: a.holder, now: b.holder };
}

/**
 * The role both texts name the same holder of, for the same one: "my best friend is Lerato, we were at UWC together" /
 * "to be clear, my best friend is Lerato", "Mielie's vet is Dr Fourie at the Obz vet" / "Mielie's vet is Dr Fourie".
 */
export function sameRoleHolder(earlier: string, later: string): { role: string; holder: string } | undefined {
  const [a, b] = [roleHolder(earlier), roleHolder(later)];
  if (a === undefined || b === undefined || a.owner !== b.owner || a.role !== b.role) return undefined;
  const [before, now] = [holderWords(a.holder), holderWords(b.holder)];
  return now.length > 0 && now.every((word) => before.includes(word)) ? { role: a.role, holder: b.holder } : undefined;
}
