#!/usr/bin/env node
// Deterministic generator for the STREAM evaluation dataset.
// Written independently of the library's implementation: ground truth comes
// from the scripted life events below (intro / repeat / change / correction /
// refinement / stop / conflict / settle), never from the library.
// Usage: node bench/decisions/stream/generate-stream.mjs
import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = dirname(fileURLToPath(import.meta.url));

// ---------------------------------------------------------------- rng
function mulberry32(a) {
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
let R = mulberry32(1);
const rnd = () => R();
const pick = (a) => a[Math.floor(rnd() * a.length)];
const chance = (p) => rnd() < p;
function shuffle(a) {
  const b = a.slice();
  for (let i = b.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [b[i], b[j]] = [b[j], b[i]];
  }
  return b;
}
const cap = (s) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------- pools
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const randDate = () => `${pick(MONTHS)} ${1 + Math.floor(rnd() * 28)}`;
const POOL = {
  city: [
    'Boston',
    'Chicago',
    'Seattle',
    'Atlanta',
    'Phoenix',
    'Philadelphia',
    'San Antonio',
    'Nashville',
    'Pittsburgh',
    'Sacramento',
    'Raleigh',
    'Madison',
    'Albuquerque',
    'Baltimore',
    'Kansas City',
    'Omaha',
    'Richmond',
    'Salt Lake City',
    'Cleveland',
    'Louisville',
    'Portland, Oregon',
    'Charlotte',
    'Milwaukee',
    'Dallas',
    'Tampa',
  ],
  job: [
    'a dental hygienist',
    'an accountant',
    'a high school English teacher',
    'a physical therapist',
    'a real estate agent',
    'a firefighter',
    'a data analyst',
    'a paralegal',
    'a pharmacist',
    'an electrician',
    'a flight attendant',
    'a veterinarian',
    'a graphic designer',
    'a social worker',
    'a landscape architect',
    'a UPS driver',
    'a line cook',
    'a hospital administrator',
  ],
  hobby: [
    'marathon running',
    'birdwatching',
    'knitting',
    'rock climbing',
    'golf',
    'salsa dancing',
    'beekeeping',
    'chess',
    'gardening',
    'photography',
    'kayaking',
    'board games',
    'paddleboarding',
    'pickleball',
  ],
  car: [
    'a 2018 Toyota RAV4',
    'a Tesla Model 3',
    'a 2011 Honda Accord',
    'a Ford Escape',
    'a Jeep Wrangler',
    'a 2020 Kia Soul',
    'a Subaru Outback',
    'a Mini Cooper',
    'a Chevy Silverado',
    'a Hyundai Elantra',
    'a Volvo XC60',
    'a Mazda CX-5',
    'a Nissan Leaf',
    'a VW Jetta',
    'a Toyota Prius',
    'a Ford Mustang',
    'a Honda CR-V',
  ],
  allergy: [
    'peanuts',
    'shellfish',
    'penicillin',
    'cats',
    'bee stings',
    'tree nuts',
    'latex',
    'sulfa drugs',
    'eggs',
    'strawberries',
    'dust mites',
    'ragweed',
    'sesame',
    'amoxicillin',
    'kiwi',
    'dogs',
  ],
  band: [
    'Radiohead',
    'Fleetwood Mac',
    'The National',
    'Vampire Weekend',
    'Arctic Monkeys',
    'Bon Iver',
    'Paramore',
    'Earth, Wind & Fire',
    'Tame Impala',
    'Khruangbin',
    'The Beatles',
    'Phoebe Bridgers',
    'Wilco',
  ],
  movie: [
    'Spirited Away',
    'The Princess Bride',
    'Heat',
    'Amélie',
    'Jurassic Park',
    'Paddington 2',
    'Alien',
    'Moonlight',
    'The Grand Budapest Hotel',
    'Die Hard',
    'Parasite',
    'Back to the Future',
  ],
  food: [
    'pho',
    'chicken tikka masala',
    'tacos al pastor',
    'mac and cheese',
    'sushi',
    'pierogi',
    'shakshuka',
    'ramen',
    'lasagna',
    'pad see ew',
    'jerk chicken',
    'dumplings',
  ],
  restaurant: [
    'Little Saigon Kitchen',
    "Rosalie's",
    'the taqueria on 5th Street',
    'Blue Door Pizza',
    'Sakura House',
    "Mama Lin's dumpling place",
    'Harbor Fish Co.',
    'Olive & Fig',
    'Casa Verde',
    'the Ethiopian place by the library',
  ],
  podcast: [
    'Radiolab',
    '99% Invisible',
    'Hidden Brain',
    "Conan O'Brien Needs a Friend",
    'The Daily',
    'Planet Money',
    'Stuff You Should Know',
    'Criminal',
    'Song Exploder',
  ],
  book: [
    'Project Hail Mary',
    'Lessons in Chemistry',
    'Pachinko',
    'Educated',
    'Circe',
    'Demon Copperhead',
    'The Midnight Library',
    'Piranesi',
    'Klara and the Sun',
    'Station Eleven',
    'Braiding Sweetgrass',
    'The Overstory',
  ],
  show: [
    'Severance',
    'The Bear',
    'Succession',
    'Slow Horses',
    'Abbott Elementary',
    'Shrinking',
    'The Great British Bake Off',
    'Only Murders in the Building',
    'Reservation Dogs',
    'Andor',
    'Ted Lasso',
    'Hacks',
  ],
  phone: ['an iPhone 13', 'a Pixel 7', 'an iPhone 15', 'a Samsung Galaxy S23', 'a Pixel 8a', 'an iPhone SE', 'a Galaxy A54'],
  laptop: ['a MacBook Air', 'a ThinkPad X1 Carbon', 'a Dell XPS 13', 'a MacBook Pro', 'a Framework laptop', 'an HP Envy'],
  coffee: [
    'an oat milk latte',
    'a plain black drip coffee',
    'a cortado',
    'an iced americano',
    'a chai latte',
    'a flat white',
    'a cold brew with a splash of cream',
    'a double espresso',
  ],
  team: ['Cubs', 'Packers', 'Celtics', 'Seahawks', 'Red Sox', 'Lakers', 'Saints', 'Yankees', 'Eagles', 'Warriors', 'Braves', 'Twins'],
  game: [
    'Zelda: Tears of the Kingdom',
    'Stardew Valley',
    "Baldur's Gate 3",
    'Hades',
    'Elden Ring',
    'Animal Crossing',
    'Mario Kart',
    'Hollow Knight',
    'Civilization VI',
    'Balatro',
  ],
  instrument: ['the guitar', 'the piano', 'the ukulele', 'the cello', 'the drums', 'the violin', 'the trumpet', 'the banjo'],
  internet: ['Comcast', 'Verizon Fios', 'Spectrum', 'AT&T Fiber', 'Google Fiber', 'T-Mobile Home Internet', 'a local fiber co-op'],
  gymname: [
    'Planet Fitness',
    'the YMCA',
    'Crunch',
    'Anytime Fitness',
    'Life Time',
    'a little CrossFit box nearby',
    'Orangetheory',
    'the rec center downtown',
  ],
  doctor: ['Dr. Patel', 'Dr. Nguyen', 'Dr. Okafor', 'Dr. Lindqvist', 'Dr. Romero', 'Dr. Hassan', 'Dr. Goldberg', 'Dr. Kim'],
  dentist: ['Dr. Alvarez', 'Dr. Brennan', 'Dr. Choi', 'Dr. Feldman', 'Dr. Moreau', 'Dr. Adeyemi'],
  color: ['green', 'navy blue', 'mustard yellow', 'burgundy', 'teal', 'orange', 'lavender', 'forest green'],
  wake: ['5:30', '6:00', '6:45', '7:15', '7:30', '8:00', '6:20'],
  bedtime: ['10:00', '10:30', '11:00', '11:30', 'midnight', '9:45'],
  bike: ['a Trek hybrid', 'an old steel Schwinn', 'a Specialized road bike', 'a cargo e-bike', 'a fixie', 'a Cannondale mountain bike'],
  condition: ['mild asthma', 'a bad lower back', 'eczema', 'tinnitus in my left ear', 'seasonal allergies', 'acid reflux'],
  savings: ['a new car', 'a down payment on a house', 'a trip to Japan', 'an emergency fund', 'a new laptop', 'a kitchen remodel'],
  retire: ['4%', '6%', '8%', '10%', '12%', '5%'],
  loans: ['$23,400', '$11,800', '$31,000', '$8,750', '$46,200'],
  trip: [
    'Japan in the fall',
    'Montreal over the long weekend',
    'Iceland in September',
    'the Outer Banks in July',
    'Vancouver in August',
    'Puerto Rico in December',
  ],
  language: ['Spanish', 'French', 'Portuguese', 'Tagalog', 'German', 'Korean', 'Italian', 'Hindi'],
  plants: ['six', 'about a dozen', 'three', 'nine', 'twenty-ish', 'two'],
  tea: ['Earl Grey', 'jasmine green tea', 'chamomile', 'genmaicha', 'rooibos', 'mint tea'],
  sleep: ['seven hours', 'eight hours', 'six and a half hours', 'nine hours'],
  streaming: ['Netflix and Hulu', 'just Netflix', 'Max and Disney+', 'Apple TV+', 'Peacock and Netflix', 'YouTube Premium'],
  pizza: ['mushrooms', 'pepperoni and jalapeño', 'pineapple, fight me', 'just plain cheese', 'sausage and onion', 'olives and feta'],
  painter: ['Hokusai', "Georgia O'Keeffe", 'Frida Kahlo', 'Edward Hopper', 'Van Gogh', 'Kehinde Wiley', 'Monet'],
  dislike: ['olives', 'mayonnaise', 'raw tomatoes', 'mushrooms', 'black licorice', 'coconut', 'blue cheese'],
  name: [
    'Priyanka',
    'Gabe',
    'Tanya',
    'Marco',
    'Helen',
    'Kwame',
    'Rosa',
    'Derek',
    'Mei',
    'Luis',
    'Ingrid',
    'Tariq',
    'Becca',
    'Sunil',
    'Nadia',
    'Owen',
    'Carmen',
    'Felix',
    'Joy',
    'Hank',
  ],
  bloodtype: ['O positive', 'A positive', 'B negative', 'AB positive', 'O negative', 'A negative'],
  shoe: ['8', '9.5', '10', '10.5', '11', '7.5', '12'],
};
const EVENTS = [
  'I got my flu shot this morning.',
  'finally fixed the leaky faucet in the kitchen myself',
  'I donated blood today, first time in years',
  "I'm left-handed, in case that ever matters",
  "I can't stand cilantro, it tastes like soap to me",
  'I finished a 1000-piece puzzle last night',
  'I signed up for a CPR certification class',
  "I've never really learned to swim properly",
  "I renewed my passport, it's good for ten years now",
  'we had a power outage for like six hours yesterday',
  'I bought a standing desk for home',
  "I'm terrible with directions, I use GPS for everything",
  'I broke my wrist skateboarding when I was 15',
  'I hate flying, I get super anxious on planes',
  'my favorite season is fall, no contest',
  'I got a jury duty summons for next month',
  'I lost my wallet yesterday but someone turned it in!',
  'I speak decent Spanish from school',
  'I finally cancelled my cable subscription',
  'I have a small compass tattoo on my forearm',
  'tried oysters for the first time and loved them',
  "I'm red-green colorblind",
  'I volunteered at a park cleanup on Saturday',
  "I'm trying to drink more water, aiming for 3 liters a day",
  'got a parking ticket today, ugh',
  'I bought a new winter coat, a green one',
  "I'm not a big drinker, maybe a beer a month",
  'I repainted the bedroom a pale sage color',
  'I taught myself to juggle three balls this weekend',
  "I'm scared of heights",
  'a new couch got delivered today, finally',
  'I dyed my hair red for the first time',
  'I won $50 on a scratch-off lol',
];

// ---------------------------------------------------------------- categories
// Templates start lowercase (chat style); {v} value, {old} previous value.
// Others' facts use {who}/{whos}. Missing kinds fall back to GEN via {noun}.
const GEN = {
  same: ['like I mentioned, {noun} is {v}', '{noun} is {v}, as I said before', 'just confirming, {noun} is still {v}'],
  correct: [
    'oops, correction: {noun} is {v}, not {old}',
    'actually {noun} is {v} — I said {old} before but that was wrong',
    'wait, I had that wrong. {noun} is {v}, not {old}',
  ],
  refine: ['to be more precise, {noun} is {v}'],
  settle: ['to settle it: {noun} is {v}', 'ok let me be clear, {noun} is definitely {v}', 'sorry for the mixed messages — {noun} is {v}'],
  change: ['update: {noun} is {v} now', "{noun} changed, it's {v} now"],
};
const C = {
  city: {
    topic: 'city',
    new: ['I live in {v}.', "I'm based in {v}.", "I've been living in {v} for a few years now", 'home for me is {v}'],
    same: ["like I said, I'm in {v}", 'still living in {v}', 'I live in {v}.', 'yep, {v} is home'],
    change: [
      'I just moved to {v}!',
      'we finally finished the move — I live in {v} now',
      "new chapter: I've relocated from {old} to {v}",
      "I'm officially living in {v} now, the move from {old} is done",
    ],
    correct: ['actually I live in {v}, not {old} — no idea why I typed that', "wait, I said {old}? I meant {v}, that's where I live"],
    refine: ['to be more specific, I live in {v}', 'more precisely, home is {v}'],
    settle: ['ok to clear up the confusion: I live in {v}', "sorry, I muddled that — I'm in {v}, period"],
    q: ['where do I live these days?', 'what city am I in right now?', 'remind me where home is for me at the moment?'],
  },
  hometown: {
    topic: 'city',
    noun: 'my hometown',
    new: ['I grew up in {v}', "I'm originally from {v}"],
    settle: ['to be clear, I grew up in {v}'],
    correct: ['actually I grew up in {v}, not {old}'],
    q: ['where did I grow up?', "what's my hometown?"],
  },
  job: {
    topic: 'job',
    new: ['I work as {v}.', "I'm {v} by trade", "my job? I'm {v}"],
    same: ["as I mentioned, I'm {v}", 'I work as {v}', 'still working as {v}'],
    change: ["I switched roles — I'm {v} now", "new job! I'm working as {v} starting this week", "I left my old role and I'm now {v}"],
    correct: ["correction: I'm {v}, not {old}", "actually I'm {v}; saying {old} wasn't right"],
    refine: ["more specifically, I'm {v}", 'to be exact, I work as {v}'],
    settle: ["to be clear, I'm {v}", 'let me settle that: I work as {v}'],
    q: ['what do I do for a living?', "what's my job at the moment?", "what's my current line of work?"],
  },
  employer: {
    topic: 'employer',
    noun: 'my employer',
    new: ['I work at {v}.', 'my employer is {v}', "I'm at {v} these days, work-wise"],
    change: [
      'I quit {old} and joined {v}',
      'started at {v} this week, {old} is behind me',
      'I accepted an offer from {v}, so goodbye {old}',
    ],
    q: ['which company do I work for now?', "who's my employer currently?", 'where do I work?'],
  },
  commute: {
    topic: 'commute',
    noun: 'my commute',
    new: ['I get to work {v}', 'I commute {v} most days'],
    same: ['still commuting {v}', 'I get to work {v}, same as always'],
    change: ["I've switched to commuting {v}", 'new commute: {v} now instead of {old}'],
    settle: ['to clear that up, I commute {v}'],
    q: ['how do I get to work these days?', "what's my usual way of commuting?"],
  },
  diet: {
    topic: 'diet',
    new: ["I'm {v}.", "food-wise, I'm {v}", "just so you know, I'm {v}"],
    same: ["I'm still {v}", "remember I'm {v}"],
    change: ["changed how I eat — I'm {v} now", "diet update: I'm {v} from now on", "I'm no longer {old}, I'm {v} these days"],
    correct: ["actually I'm {v}, not {old}"],
    settle: ["to be clear, I'm {v}"],
    q: ["what's my diet like these days?", 'am I on any particular diet right now?'],
  },
  med: {
    topic: 'med',
    noun: 'my {med} dose',
    new: ["I'm on {med} — {v}", 'my doctor has me on {med}, {v}', 'I take {med}, {v}'],
    same: ['still taking {med}, {v}', "I'm on {med}, {v}"],
    change: ['my doctor changed my {med} dose to {v}', '{med} is now {v} instead of {old}', 'new {med} dose as of today: {v}'],
    stop: ["I'm off {med} now, my doctor said I can stop", 'stopped taking {med} this week'],
    q: ['what dose of {med} am I on?', 'how much {med} do I take now?'],
    qStop: ['am I still taking {med}?'],
  },
  appt: {
    topic: 'appt',
    noun: 'my {what}',
    new: ['I have a {what} on {v}', '{what} booked for {v}', 'note to self: {what} on {v}'],
    same: ['my {what} is still on {v}', "don't let me forget the {what} on {v}"],
    change: ['my {what} got moved to {v}', "had to reschedule the {what} — it's now {v}", 'the office called, {what} is pushed to {v}'],
    q: ['when is my {what}?', 'what day is my {what} again?'],
  },
  schedule: {
    topic: 'schedule',
    noun: 'my {what}',
    new: ['my {what} is {v}', 'I have my {what} {v}'],
    same: ['my {what} is still {v}', '{what} is {v}, as usual'],
    change: ['my {what} moved to {v}', 'switched my {what} to {v}', 'heads up, my {what} is {v} now instead of {old}'],
    q: ['when is my {what}?', 'what day and time is my {what} now?'],
  },
  car: {
    topic: 'car',
    noun: 'my car',
    new: ['I drive {v}', 'my car is {v}'],
    change: ["sold my old car, I'm driving {v} now", 'we traded in the car — got {v}'],
    q: ['what car do I have now?', 'what am I driving these days?'],
  },
  rent: {
    topic: 'money',
    noun: 'my rent',
    new: ['my rent is {v}', 'I pay {v} in rent'],
    change: ["rent went up, it's {v} now", 'new lease, rent is {v}', 'my rent is {v} now'],
    q: ['how much is my rent at the moment?', 'what am I paying in rent?'],
  },
  salary: {
    topic: 'money',
    noun: 'my salary',
    new: ['I make about {v} a year', 'my salary is {v}'],
    change: ["got a raise! I'm at {v} now", 'my new salary is {v}'],
    q: ["what's my salary now?", 'how much do I earn per year?'],
  },
  gym: {
    topic: 'exercise',
    noun: 'my workout routine',
    new: ['I work out {v}', 'I hit the gym {v}'],
    same: ['still working out {v}'],
    change: ["I changed my workout routine, now it's {v}", 'switched up my training: {v} now'],
    q: ['how often do I work out these days?'],
  },
  wake: {
    topic: 'time',
    noun: 'my usual wake-up time',
    new: ['I usually get up at {v}', 'my alarm goes off at {v} every weekday'],
    change: ["I've started waking up at {v} instead of {old}", 'new routine, I get up at {v} now'],
    q: ['what time do I normally wake up?'],
  },
  bedtime: {
    topic: 'time',
    noun: 'my bedtime',
    new: ['I try to be in bed by {v}', 'I usually go to sleep around {v}'],
    change: ['my bedtime is more like {v} now'],
    q: ['what time do I usually go to bed?'],
  },
  coffee: {
    topic: 'drink',
    noun: 'my usual coffee order',
    new: ['my usual coffee order is {v}', 'I always get {v} at the café'],
    change: ['I switched my coffee order to {v}', 'new go-to drink: {v}'],
    q: ["what's my go-to coffee order?"],
  },
  band: {
    topic: 'music',
    noun: 'my favorite band',
    new: ['my favorite band is {v}', '{v} is my all-time favorite band'],
    q: ['which band do I like most?'],
  },
  movie: {
    topic: 'movie',
    noun: 'my favorite movie',
    new: ['my favorite movie is {v}', "{v} is my favorite film, I've seen it a dozen times"],
    q: ["what's my favorite film?"],
  },
  food: {
    topic: 'food',
    noun: 'my favorite food',
    new: ['my favorite food is {v}', "I could eat {v} every day, it's my favorite"],
    q: ['what food do I love most?'],
  },
  restaurant: {
    topic: 'food',
    noun: 'my favorite restaurant',
    new: ['my favorite restaurant around here is {v}'],
    change: ['my new favorite spot is {v}', '{v} has replaced {old} as my favorite restaurant'],
    q: ['which restaurant is my favorite?'],
  },
  podcast: {
    topic: 'media',
    noun: 'my favorite podcast',
    new: ['my favorite podcast is {v}', "I've been listening to {v} a lot, it's my favorite podcast"],
    change: ['my favorite podcast these days is {v}'],
    q: ['what podcast am I into?'],
  },
  book: {
    topic: 'media',
    noun: "the book I'm reading",
    new: ["I'm reading {v} right now", 'currently reading {v}'],
    same: ['still working my way through {v}'],
    change: ['finished {old}! now starting {v}', 'moved on to {v}'],
    q: ['what book am I reading at the moment?'],
  },
  show: {
    topic: 'media',
    noun: "the show I'm watching",
    new: ["I'm watching {v} at the moment", 'been bingeing {v}'],
    change: ['finished {old}, started {v}', "I've moved on to watching {v}"],
    q: ['what show am I watching currently?'],
  },
  phone: {
    topic: 'device',
    noun: 'my phone',
    new: ['I have {v}', 'my phone is {v}'],
    change: ['upgraded my phone, I have {v} now', 'got {v} to replace my old phone'],
    q: ['what phone do I use?'],
  },
  laptop: {
    topic: 'device',
    noun: 'my laptop',
    new: ['my laptop is {v}', 'I use {v} for basically everything'],
    change: ['bought a new laptop, {v}'],
    q: ['what laptop do I have?'],
  },
  birthday: { topic: 'birthday', noun: 'my birthday', new: ['my birthday is {v}', 'I was born on {v}'], q: ["when's my birthday?"] },
  allergy: {
    topic: 'allergy',
    new: ["I'm allergic to {v}", "heads up, I'm allergic to {v}"],
    same: ["remember I'm allergic to {v}"],
    correct: ["actually it's {v} I'm allergic to, not {old}"],
    settle: ['to be clear, my allergy is to {v}'],
    q: ['what am I allergic to?'],
  },
  bloodtype: {
    topic: 'health',
    noun: 'my blood type',
    new: ['my blood type is {v}', "I'm {v}, blood type-wise"],
    q: ["what's my blood type?"],
  },
  condition: {
    topic: 'health',
    new: ['I have {v}', 'I deal with {v}, just so you know'],
    same: ['my {v} has been acting up'],
    q: ['what health condition do I have?'],
  },
  shoe: { topic: 'size', noun: 'my shoe size', new: ['I wear a size {v} shoe', 'my shoe size is {v}'], q: ['what size shoes do I wear?'] },
  team: {
    topic: 'sports',
    noun: 'my team',
    same: ['still a die-hard {v} fan'],
    new: ["I'm a big {v} fan", 'I root for the {v}'],
    q: ['which team do I support?'],
  },
  game: {
    topic: 'game',
    noun: "the game I'm playing",
    new: ["I'm playing {v} lately", 'been hooked on {v}'],
    change: ["I've moved on from {old} to {v}"],
    q: ['what video game am I playing right now?'],
  },
  instrument: {
    topic: 'music',
    settle: ['to be clear, the instrument I play is {v}'],
    new: ['I play {v}', 'I can play {v}, not well but still'],
    q: ['what instrument do I play?'],
  },
  internet: {
    topic: 'provider',
    noun: 'my internet provider',
    new: ['my internet is through {v}', 'we have {v} for internet'],
    change: ['switched internet providers to {v}'],
    q: ["who's my internet provider?"],
  },
  gymname: {
    topic: 'exercise',
    noun: 'my gym',
    new: ["I'm a member at {v}", 'my gym is {v}'],
    change: ['I cancelled {old} and joined {v}'],
    q: ['which gym am I a member of?'],
  },
  doctor: {
    topic: 'doctor',
    noun: 'my doctor',
    new: ['my doctor is {v}', 'my GP is {v}'],
    change: ['I switched doctors, I see {v} now'],
    q: ["who's my doctor?"],
  },
  dentist: {
    topic: 'doctor',
    noun: 'my dentist',
    new: ['my dentist is {v}', 'I go to {v} for my teeth'],
    q: ["what's my dentist's name?"],
  },
  bike: { topic: 'bike', noun: 'my bike', new: ['I ride {v}', 'my bike is {v}'], q: ['what kind of bike do I have?'] },
  color: { topic: 'color', noun: 'my favorite color', new: ['my favorite color is {v}'], q: ["what's my favorite color?"] },
  savings: {
    topic: 'money',
    noun: "what I'm saving for",
    same: ['still saving for {v}'],
    new: ["I'm saving up for {v}"],
    change: ["changed my savings goal — now it's {v}"],
    q: ['what am I saving money for?'],
  },
  retire: {
    topic: 'money',
    noun: 'my 401k contribution',
    new: ['I put {v} of my paycheck into my 401k'],
    change: ['bumped my 401k contribution to {v}'],
    q: ['what percent of my paycheck goes to my 401k?'],
  },
  loans: {
    topic: 'money',
    noun: 'my student loan balance',
    new: ['I still owe {v} on my student loans'],
    change: ['paid down my student loans, {v} left now', 'student loans are down to {v}'],
    q: ['how much student debt do I have left?'],
  },
  trip: {
    topic: 'travel',
    noun: 'my next trip',
    new: ["I'm planning a trip to {v}", 'next trip: {v}'],
    same: ['still planning on {v}'],
    change: ['change of plans, the next trip is {v}', "scrapped that trip idea, we're doing {v} instead"],
    refine: ['more precisely, the trip is {v}'],
    q: ['where am I traveling next?'],
  },
  race: {
    topic: 'exercise',
    noun: "the race I'm training for",
    new: ["I'm training for {v}"],
    change: ["switched goals, I'm training for {v} now"],
    q: ['what race am I training for?'],
  },
  hobby: {
    topic: 'hobby',
    new: ['I started {h} recently', "I've gotten into {h}", 'picked up {h} this month'],
    same: ['still loving {h}', "I've been doing {h} a couple times a week"],
    stop: ['I quit {h}', "I've given up {h}, it wasn't for me", 'no more {h} for me, I stopped'],
    q: ['am I still doing {h}?', 'do I still do {h}?'],
  },
  pet: {
    topic: 'petname',
    noun: "my {kind}'s name",
    new: ['I have a {kind} named {v}', "my {kind}'s name is {v}"],
    adopt: ['we adopted a {kind}! we named it {v}', 'new family member: a {kind} called {v}'],
    same: ["my {kind}'s name is {v}, by the way", 'my {kind} {v} is doing great'],
    correct: ['oops, my {kind} is called {v}, not {old} — autocorrect got me'],
    q: ["what's my {kind}'s name?", 'what did I name my {kind}?'],
  },
  petage: {
    topic: 'age',
    new: ['{pet} is {v}', '{pet} is {v}, still acts like a baby'],
    same: ['{pet} is {v}, I think I mentioned'],
    change: ['{pet} just turned {v}!', "it's {pet}'s birthday, {v} now"],
    correct: ['correction: {pet} is {v}, not {old}'],
    settle: ['{pet} is {v}, to be clear'],
    q: ['how old is {pet}?'],
  },
  misc: {
    topic: 'misc',
    noun: '{noun}',
    new: ['{noun} is {v}', '{noun}: {v}'],
    same: ['{noun} is still {v}'],
    change: ['{noun} is {v} now'],
    q: ['{qq}'],
  },
  // ---- other people
  o_city: {
    topic: 'city',
    new: ['{who} lives in {v}', '{who} is in {v}', '{who} has lived in {v} for a while'],
    same: ['{who} is still in {v}', '{who} lives in {v}'],
    change: ['{who} just moved to {v}', '{who} relocated from {old} to {v}'],
    correct: ['sorry, {who} lives in {v}, not {old}'],
    settle: ['to clear that up, {who} lives in {v}'],
    q: ['where does {who} live now?', 'which city is {who} in?'],
  },
  o_job: {
    topic: 'job',
    new: ['{who} works as {v}', '{who} is {v}'],
    same: ['{who} is still working as {v}'],
    change: ['{who} switched jobs and is now {v}', 'update on {who}: now {v}', '{who} is now {v}, big change from being {old}'],
    correct: ['correction: {who} is {v}, not {old}'],
    settle: ['to be clear, {who} works as {v}'],
    q: ['what does {who} do for work?'],
  },
  o_employer: {
    topic: 'employer',
    new: ['{who} works at {v}'],
    change: ['{who} left {old} and now works at {v}'],
    correct: ['actually {who} works at {v}, not {old}'],
    settle: ['{who} works at {v}, to be clear'],
    q: ['where does {who} work?'],
  },
  o_age: {
    topic: 'age',
    new: ['{who} is {v}', '{who} is {v} years old'],
    change: ['{who} just turned {v}', 'we celebrated — {who} turned {v}'],
    correct: ['correction: {who} is {v}, not {old}'],
    settle: ['{who} is {v}, to be clear'],
    q: ['how old is {who}?'],
  },
  o_agem: {
    topic: 'age',
    new: ['{who} is {v}', '{who} is {v} now'],
    change: ['{who} is {v} already, time flies', '{who} hit {v} this week'],
    correct: ['correction: {who} is {v}, not {old}'],
    settle: ['{who} is {v}, to be clear'],
    q: ['how old is {who}?'],
  },
  o_pet: {
    topic: 'petname',
    new: ['{who} has a {kind} named {v}', '{whos} {kind} is called {v}'],
    correct: ['{whos} {kind} is actually named {v}, not {old}'],
    settle: ['{whos} {kind} is named {v}, to be clear'],
    q: ["what's the name of {whos} {kind}?"],
  },
  o_hobby: {
    topic: 'hobby',
    new: ['{who} is really into {v}', '{who} has gotten super into {v} lately'],
    change: ['{who} dropped {old} and is all about {v} now'],
    correct: ['actually {whos} thing is {v}, not {old}'],
    settle: ['{whos} hobby is {v}, to be clear'],
    q: ["what's {whos} hobby these days?"],
  },
  o_bday: {
    topic: 'birthday',
    new: ['{whos} birthday is {v}'],
    same: ["don't forget {whos} birthday is {v}"],
    correct: ['oops, {whos} birthday is {v}, not {old}'],
    settle: ['{whos} birthday is {v}, for sure'],
    q: ['when is {whos} birthday?'],
  },
  o_school: {
    topic: 'school',
    new: ['{who} goes to {v}', '{who} is at {v}'],
    change: ['{who} started at {v}'],
    correct: ['actually {who} goes to {v}, not {old}'],
    settle: ['{who} goes to {v}, to be clear'],
    q: ['where does {who} go to school?'],
  },
  o_grade: {
    topic: 'school',
    new: ['{who} is in {v}'],
    change: ['{who} moved up to {v}'],
    correct: ['actually {who} is in {v}, not {old}'],
    settle: ['{who} is in {v}, to be clear'],
    q: ['what grade is {who} in?'],
  },
  o_allergy: {
    topic: 'allergy',
    new: ['{who} is allergic to {v}', 'turns out {who} is allergic to {v}'],
    correct: ["it's {v} {who} is allergic to, not {old}"],
    settle: ['{who} is allergic to {v}, to be clear'],
    q: ['what is {who} allergic to?'],
  },
  o_car: {
    topic: 'car',
    new: ['{who} drives {v}'],
    change: ['{who} got {v}, sold the old one'],
    correct: ['actually {who} drives {v}, not {old}'],
    settle: ['{who} drives {v}, to be clear'],
    q: ['what car does {who} drive?'],
  },
  event: { topic: 'event', new: ['{v}'] },
  language: {
    topic: 'language',
    noun: 'the other language I speak',
    new: ['I speak {v} pretty well', "I'm fluent-ish in {v}"],
    q: ['what other language do I speak?'],
  },
  plants: {
    topic: 'home',
    noun: 'my houseplant count',
    same: ['still have {v} houseplants'],
    new: ['I have {v} houseplants', 'I keep {v} houseplants alive somehow'],
    q: ['how many houseplants do I have?'],
  },
  tea: {
    topic: 'drink',
    noun: 'my favorite tea',
    new: ['my favorite tea is {v}', "when I drink tea it's {v}"],
    q: ['what tea do I like best?'],
  },
  sleep: {
    topic: 'health',
    noun: 'how much sleep I need',
    new: ['I need about {v} of sleep to function', "I'm useless on less than {v} of sleep"],
    q: ['how much sleep do I need?'],
  },
  streaming: {
    topic: 'media',
    noun: 'what I subscribe to for streaming',
    new: ['for streaming I pay for {v}', 'my streaming subscriptions: {v}'],
    change: ['cut back on streaming — now I only have {v}'],
    q: ['which streaming services do I pay for?'],
  },
  pizza: {
    topic: 'food',
    noun: 'my go-to pizza topping',
    new: ['my go-to pizza topping is {v}'],
    q: ["what's my favorite pizza topping?"],
  },
  painter: {
    topic: 'art',
    noun: 'my favorite artist',
    new: ['my favorite painter is {v}', "I love {v}'s work, favorite artist by far"],
    q: ['which painter do I like most?'],
  },
  dislike: {
    topic: 'food',
    noun: 'the food I hate most',
    same: ["still can't stand {v}"],
    new: ["I really can't stand {v}", 'I hate {v}, just gross to me'],
    q: ['what food do I hate?'],
  },
};
const FILLER_ME = [
  'language',
  'plants',
  'tea',
  'sleep',
  'streaming',
  'pizza',
  'painter',
  'dislike',
  'birthday',
  'allergy',
  'bloodtype',
  'shoe',
  'hometown',
  'band',
  'movie',
  'food',
  'restaurant',
  'podcast',
  'book',
  'show',
  'phone',
  'laptop',
  'coffee',
  'team',
  'game',
  'instrument',
  'internet',
  'gymname',
  'doctor',
  'dentist',
  'color',
  'wake',
  'bedtime',
  'bike',
  'condition',
  'savings',
  'retire',
  'loans',
  'trip',
];
const FILLER_O = ['o_bday', 'o_allergy', 'o_hobby', 'o_job', 'o_city', 'o_car'];
const POOL_OF = { hometown: 'city', o_city: 'city', o_job: 'job', o_hobby: 'hobby', o_car: 'car', o_allergy: 'allergy' };
const poolFor = (cat) => (cat === 'birthday' || cat === 'o_bday' ? null : POOL[POOL_OF[cat] || cat]);
const tryDraw = (cat, used) => {
  try {
    return drawValue(cat, used);
  } catch {
    return null;
  }
};
const drawValue = (cat, used) => {
  const pool = poolFor(cat);
  for (let i = 0; i < 200; i++) {
    const v = pool ? pick(pool) : randDate();
    if (!used.has(v)) return v;
  }
  throw new Error(`pool exhausted ${cat}`);
};
const AUTO_CHANGE = [
  'streaming',
  'coffee',
  'restaurant',
  'book',
  'show',
  'phone',
  'game',
  'internet',
  'gymname',
  'podcast',
  'wake',
  'bedtime',
  'o_job',
  'o_city',
  'o_hobby',
  'o_car',
  'laptop',
  'savings',
  'retire',
  'loans',
  'trip',
];
const AUTO_CORRECT = [
  'pizza',
  'painter',
  'language',
  'birthday',
  'shoe',
  'band',
  'movie',
  'food',
  'color',
  'o_bday',
  'hometown',
  'bloodtype',
  'o_allergy',
  'team',
  'o_city',
  'o_job',
  'allergy',
  'dentist',
];
const CONFLICTABLE = [
  'birthday',
  'shoe',
  'band',
  'movie',
  'food',
  'color',
  'o_bday',
  'hometown',
  'bloodtype',
  'o_city',
  'o_job',
  'dentist',
  'doctor',
  'o_car',
  'o_age',
  'petage',
  'pizza',
  'painter',
  'tea',
];

// ---------------------------------------------------------------- personas
// fact: [key, tokens, params?, opts?]   key: 'cat', 'cat#id' or 'person.cat'
// tokens: first is the intro value; then '>v' change, '!v' correction,
// '+v' refinement, '~' stop. Optional '|0.45' = time fraction in the stream.
// '@12 9:30am' = a date 12 days after the statement date.
const PERSONAS = [
  {
    id: 'stream-user-1',
    seed: 101,
    start: '2025-09-03',
    quotas: { conflict: 8, superseded: 39, same: 30 },
    cohab: ['partner'],
    persona:
      'Priya, 31, UX designer in Austin who moves to Denver mid-year; boyfriend Sam; dog Biscuit, later adopts a cat; bouldering and sourdough; on sertraline',
    people: {
      partner: ['my boyfriend Sam', 'my boyfriend'],
      sister: ['my sister Anika', 'my sister'],
      mom: ['my mom'],
      brother: ['my brother Rohan', 'my brother'],
      friend: ['my friend Jess', 'my best friend Jess'],
    },
    facts: [
      ['city', ['Austin', '>Denver|0.45'], null, { core: 1 }],
      ['employer', ['Dell', '>Ramp Health|0.5'], null, { core: 1 }],
      ['job', ['a UX designer', '+a senior UX designer on the checkout team'], null, { core: 1 }],
      ['diet', ['vegetarian', '>pescatarian|0.6']],
      ['med#sertraline', ['50mg daily', '>100mg daily|0.35'], { med: 'sertraline' }],
      ['appt#dentist', ['@12 9:30am', '>@9 4:15pm'], { what: 'dentist appointment' }, { tight: 1 }],
      ['appt#eye', ['@15 11am'], { what: 'eye exam' }],
      ['rent', ['$1,650 a month', '>$1,920 a month|0.47']],
      ['pet#dog', ['Biscuit'], { kind: 'dog' }, { core: 1 }],
      ['pet#cat', ['Mochi|0.4', '!Miso'], { kind: 'cat', adopt: 1 }],
      ['petage#biscuit', ['4 years old', '>5 years old|0.7'], { pet: 'Biscuit' }],
      ['hobby#bouldering', ['on'], { h: 'bouldering' }],
      ['hobby#pottery', ['on', '~'], { h: 'pottery classes' }],
      ['hobby#sourdough', ['on|0.3'], { h: 'baking sourdough' }],
      ['gym', ['three mornings a week', '>twice a week, Tuesdays and Saturdays|0.55']],
      ['commute', ['by bike', '>on the light rail|0.52']],
      ['car', ['a 2014 Subaru Impreza']],
      ['salary', ['$92k', '>$104k|0.5']],
      ['book', ['Tomorrow, and Tomorrow, and Tomorrow', '>The Overstory', '>Pachinko']],
      ['trip', ['Lisbon in May', '>Mexico City in June']],
      ['schedule#therapy', ['every other Tuesday at 5pm', '>every Thursday at noon|0.5'], { what: 'therapy session' }],
      ['sister.city', ['Boston', '>Chicago']],
      ['sister.job', ['a public defender']],
      ['mom.city', ['Pune']],
      ['mom.age', ['62', '>63']],
      ['brother.job', ['a software engineer', '>a product manager']],
      ['brother.city', ['Seattle']],
      ['friend.city', ['Austin']],
      ['friend.job', ['an ER nurse']],
      ['partner.job', ['a high school chemistry teacher']],
      ['partner.hobby', ['Ultimate frisbee']],
    ],
  },
  {
    id: 'stream-user-2',
    seed: 202,
    start: '2025-08-18',
    quotas: { conflict: 7, superseded: 37, same: 32 },
    cohab: ['wife'],
    kids: ['son', 'daughter'],
    persona:
      'Marcus, 44, history teacher turned assistant principal in Columbus, Ohio; wife Dee (ICU nurse), kids Jaylen and Ava; golden retriever Rufus; blood pressure meds',
    people: {
      wife: ['my wife Dee', 'my wife'],
      son: ['my son Jaylen', 'my son'],
      daughter: ['my daughter Ava', 'my daughter'],
      brother: ['my brother Darnell', 'my brother'],
      mom: ['my mom'],
      friend: ['my buddy Pete', 'my friend Pete'],
    },
    facts: [
      ['city', ['Columbus, Ohio', '+the Clintonville neighborhood of Columbus'], null, { core: 1 }],
      ['job', ['a high school history teacher', '>an assistant principal|0.55'], null, { core: 1 }],
      ['employer', ['Whetstone High School']],
      ['med#lisinopril', ['10mg daily', '>20mg daily|0.4'], { med: 'lisinopril' }],
      ['med#statin', ['20mg at night|0.5'], { med: 'atorvastatin' }],
      ['diet', ['on a low-sodium diet', '>doing intermittent fasting, eating between noon and 8pm|0.6']],
      ['appt#physical', ['@30 8am', '>@12 10:15am'], { what: 'annual physical' }, { tight: 1 }],
      ['appt#cardio', ['@21 1:30pm|0.45'], { what: 'cardiology follow-up' }],
      ['pet#dog', ['Rufus'], { kind: 'golden retriever' }, { core: 1 }],
      ['petage#rufus', ['9 years old', '>10 years old'], { pet: 'Rufus' }],
      ['hobby#woodworking', ['on'], { h: 'woodworking' }],
      ['hobby#fantasy', ['on|0.05', '~|0.5'], { h: 'fantasy football' }],
      ['hobby#running', ['on|0.35'], { h: 'running' }],
      ['race', ['the Columbus half marathon in October|0.36', '>the Cap City Half in the spring']],
      ['car', ['a 2017 Honda Odyssey']],
      ['salary', ['$67k', '>$84k|0.58']],
      ['savings', ["the kids' college fund"]],
      ['wake', ['5:30']],
      ['commute', ['by car']],
      [
        'schedule#coaching',
        ['Mondays and Wednesdays after school', '>Tuesdays and Thursdays after school'],
        { what: 'JV basketball practice' },
      ],
      ['wife.job', ['an ICU nurse']],
      ['wife.employer', ['OhioHealth Riverside', ">Nationwide Children's"]],
      ['son.age', ['12', '>13']],
      ['son.grade', ['7th grade']],
      ['son.hobby', ['travel basketball']],
      ['daughter.age', ['8', '>9']],
      ['daughter.allergy', ['peanuts']],
      ['brother.city', ['Detroit']],
      ['brother.job', ['a mechanic at a Ford dealership', '>running his own auto repair shop']],
      ['mom.city', ['Atlanta']],
      ['mom.age', ['71']],
      ['friend.city', ['Cincinnati']],
    ],
  },
  {
    id: 'stream-user-3',
    seed: 303,
    start: '2025-10-06',
    quotas: { conflict: 9, superseded: 40, same: 28 },
    persona:
      'Sofia, 26, marine-biology PhD student in San Diego who takes a research tech job in Monterey; boyfriend Leo in LA; cat Tofu; surfing; migraines',
    people: {
      boyfriend: ['my boyfriend Leo', 'my boyfriend'],
      dad: ['my dad'],
      abuela: ['my abuela', 'my grandma'],
      roommate: ['my roommate Kat', 'my roommate'],
      brother: ['my little brother Mateo', 'my brother'],
    },
    facts: [
      ['city', ['San Diego', '>Monterey|0.5'], null, { core: 1 }],
      ['job', ['a PhD student in marine biology', '>a research technician|0.5'], null, { core: 1 }],
      ['employer', ['UC San Diego', '>the Monterey Bay Aquarium Research Institute|0.49']],
      ['diet', ['vegan', '>vegetarian|0.4']],
      ['med#sumatriptan', ['50mg when a migraine starts', '>100mg when a migraine starts'], { med: 'sumatriptan' }],
      ['med#propranolol', ['20mg daily|0.6'], { med: 'propranolol' }],
      ['condition', ['migraines']],
      ['pet#cat', ['Tofu'], { kind: 'cat' }, { core: 1 }],
      ['petage#tofu', ['2 years old', '>3 years old'], { pet: 'Tofu' }],
      ['hobby#surf', ['on'], { h: 'surfing' }],
      ['hobby#crochet', ['on', '~'], { h: 'crochet' }],
      ['hobby#portuguese', ['on|0.3'], { h: 'learning Portuguese' }],
      ['boyfriend.city', ['Los Angeles', '>Monterey|0.75']],
      ['boyfriend.job', ['a sous chef', '>a head chef']],
      ['dad.city', ['Phoenix']],
      ['dad.job', ['an electrician']],
      ['abuela.age', ['88', '>89']],
      ['abuela.city', ['Tucson']],
      ['roommate.pet', ['Pretzel|0.1'], { kind: 'dog' }],
      ['brother.age', ['19']],
      ['brother.school', ['Arizona State']],
      ['rent', ['$1,100 a month for my room', '>$1,450 a month|0.52']],
      ['salary', ['$37k', '>$52k|0.5']],
      ['commute', ['by bike', '>on foot|0.55']],
      ['schedule#therapy', ['every Thursday at 5pm', '>every other Monday at noon'], { what: 'therapy appointment' }],
      ['schedule#lab', ['Wednesdays at 10am|0.1'], { what: 'lab meeting' }],
      ['appt#neuro', ['@25 3pm', '>@14 9am'], { what: 'neurology appointment' }, { tight: 1 }],
      ['loans', ['$11,800']],
      ['trip', ['Lisbon in July', '>Oaxaca for Día de los Muertos']],
      ['phone', ['a Pixel 6', '>a Pixel 8a']],
    ],
  },
  {
    id: 'stream-user-4',
    seed: 404,
    start: '2025-07-14',
    quotas: { conflict: 8, superseded: 36, same: 31 },
    kids: ['grandson'],
    skip: ['loans', 'retire', 'salary', 'commute'],
    persona:
      'Tom, 66, retired civil engineer in Minneapolis who downsizes to a St. Paul condo; beagle Scout; type 2 diabetes; birdwatching, pickleball; knee surgery',
    people: {
      daughter: ['my daughter Karen', 'my daughter'],
      grandson: ['my grandson Eli', 'my grandson'],
      brother: ['my brother Gary', 'my brother'],
      neighbor: ['my neighbor Linda', 'my neighbor'],
      friend: ['my friend Walt', 'my old friend Walt'],
    },
    facts: [
      ['city', ['Minneapolis', '>St. Paul|0.6'], null, { core: 1 }],
      [
        'job',
        ['a retired civil engineer'],
        null,
        {
          core: 1,
          tpl: {
            new: ["I'm {v}, spent 30-some years designing bridges"],
            same: ["I'm {v}, like I said"],
            q: ['what did I do for a career?'],
          },
        },
      ],
      ['hobby#consult', ['on', '~|0.45'], { h: 'part-time consulting' }],
      ['med#metformin', ['500mg twice a day', '>1000mg twice a day|0.4'], { med: 'metformin' }],
      ['condition', ['type 2 diabetes']],
      ['appt#knee', ['@40 7am|0.3', '>@25 6:30am'], { what: 'knee replacement surgery' }, { tight: 1 }],
      ['appt#eye', ['@10 2pm'], { what: 'eye doctor appointment' }],
      ['diet', ['eating low-carb for my blood sugar']],
      ['pet#dog', ['Scout'], { kind: 'beagle' }, { core: 1 }],
      ['petage#scout', ['7 years old', '>8 years old'], { pet: 'Scout' }],
      ['pet#bird', ['Sunny|0.5'], { kind: 'parakeet', adopt: 1 }],
      ['hobby#birding', ['on'], { h: 'birdwatching' }],
      ['hobby#carving', ['on', '~|0.65'], { h: 'woodcarving' }],
      ['hobby#pickleball', ['on|0.2', '~|0.35'], { h: 'pickleball' }],
      ['schedule#foodbank', ['Tuesday mornings', '>Thursday afternoons'], { what: 'food bank volunteer shift' }],
      ['car', ['a 2012 Ford F-150', '>a 2021 Toyota Camry|0.55']],
      ['trip', ['Arizona in February', '+Tucson for the whole month of February']],
      ['misc#pension', ['$3,400', '!$3,140'], { noun: 'my monthly pension', qq: 'how much is my pension each month?' }],
      ['misc#hoa', ['$310 a month|0.62'], { noun: 'the HOA fee at the new condo', qq: "what's my condo HOA fee?" }],
      ['daughter.city', ['Seattle']],
      ['daughter.job', ['a pharmacist']],
      ['grandson.age', ['4', '>5']],
      ['brother.city', ['Duluth']],
      ['brother.hobby', ['ice fishing']],
      ['neighbor.pet', ['Whiskers'], { kind: 'cat' }],
      ['friend.city', ['Rochester, Minnesota', '>Naples, Florida']],
    ],
  },
  {
    id: 'stream-user-5',
    seed: 505,
    start: '2025-11-02',
    quotas: { conflict: 8, superseded: 41, same: 29 },
    cohab: ['husband'],
    kids: ['daughter'],
    persona:
      'Aisha, 35, illustrator in Brooklyn (freelance, then in-house) who moves to Jersey City; husband Omar (architect), baby Layla; cat Pepper; thyroid meds; yoga',
    people: {
      husband: ['my husband Omar', 'my husband'],
      daughter: ['my daughter Layla', 'my daughter'],
      mom: ['my mom'],
      dad: ['my dad'],
      sister: ['my sister Noor', 'my sister'],
      friend: ['my friend Bea', 'my friend'],
    },
    facts: [
      ['city', ['Brooklyn', '>Jersey City|0.55'], null, { core: 1 }],
      ['job', ['a freelance illustrator', '>an in-house illustrator|0.4'], null, { core: 1 }],
      ['employer', ['Harbor Lane Books|0.41']],
      ['salary', ['$71k|0.42']],
      ['med#levo', ['50mcg every morning', '>75mcg every morning'], { med: 'levothyroxine' }],
      ['med#iron', ['65mg every other day', '~'], { med: 'iron supplements' }],
      ['hobby#yoga', ['on|0.3'], { h: 'yoga' }],
      ['hobby#running', ['on|0.02', '~|0.2'], { h: 'running' }],
      ['hobby#embroidery', ['on'], { h: 'embroidery' }],
      ['pet#cat', ['Pepper'], { kind: 'cat' }, { core: 1 }],
      ['petage#pepper', ['11 years old', '>12 years old'], { pet: 'Pepper' }],
      ['rent', ['$3,200 a month', '>$2,750 a month|0.56']],
      ['appt#ped', ['@10 9am', '>@6 2pm'], { what: 'pediatrician checkup for Layla' }, { tight: 1 }],
      ['appt#dentist', ['@20 8:30am'], { what: 'dentist cleaning' }],
      ['schedule#daycare', ['8:15 on weekdays|0.3', '>7:45 on weekdays'], { what: 'daycare drop-off' }],
      ['husband.job', ['an architect']],
      ['husband.employer', ['a firm in Midtown', '!a firm in DUMBO']],
      ['husband.hobby', ['cycling']],
      ['daughter.agem', ['5 months old|0.02', '>6 months old|0.2', '>9 months old|0.6']],
      ['mom.city', ['Philadelphia']],
      ['dad.hobby', ['fixing up old radios']],
      ['sister.city', ['Houston', '>Austin']],
      ['sister.job', ['an orthodontist']],
      ['friend.city', ['Brooklyn']],
      ['wake', ['5:45', '>6:30']],
      ['diet', ["dairy-free while I'm breastfeeding", '>back to eating everything|0.7']],
      ['trip', ['Morocco in the spring']],
    ],
  },
  {
    id: 'stream-user-6',
    seed: 606,
    start: '2025-09-22',
    quotas: { conflict: 8, superseded: 38, same: 30 },
    cohab: ['girlfriend'],
    persona:
      'Diego, 29, New Orleans bartender who becomes a studio sound engineer; girlfriend Marisol; bearded dragon Tito and later a cat; plays bass, starts jiu-jitsu; ADHD meds',
    people: {
      girlfriend: ['my girlfriend Marisol', 'my girlfriend'],
      mom: ['my mom'],
      sister: ['my sister Lucia', 'my sister'],
      bandmate: ['my bandmate Theo', 'Theo from my band'],
      friend: ['my buddy Andre', 'my friend Andre'],
    },
    facts: [
      ['city', ['New Orleans', '+the Bywater in New Orleans', '>Mid-City, still in New Orleans|0.6'], null, { core: 1 }],
      ['job', ['a bartender', '>a sound engineer|0.5'], null, { core: 1 }],
      ['employer', ["Lafitte's Lounge", '>Esplanade Sound Studio|0.5']],
      ['schedule#shifts', ['Wednesday through Saturday nights', '>Thursday through Sunday nights|0.3'], { what: 'bar shift schedule' }],
      ['med#adhd', ['Adderall, 20mg in the morning', '>Vyvanse, 40mg in the morning'], { med: 'ADHD medication' }],
      ['pet#lizard', ['Tito'], { kind: 'bearded dragon' }, { core: 1 }],
      ['pet#cat', ['Gumbo|0.4'], { kind: 'cat', adopt: 1 }],
      ['petage#tito', ['3 years old'], { pet: 'Tito' }],
      ['hobby#bass', ['on', '~|0.7'], { h: 'playing bass in a cover band' }],
      ['hobby#bjj', ['on|0.35'], { h: 'Brazilian jiu-jitsu' }],
      ['hobby#skate', ['on', '~'], { h: 'skateboarding' }],
      ['car', ['a 2009 Toyota Tacoma']],
      ['rent', ['$1,200 a month', '>$1,500 a month|0.6']],
      ['loans', ['$18,000', '>$14,500']],
      ['salary', ['$41k', '>$55k|0.5']],
      ['girlfriend.job', ['a dental hygienist']],
      ['girlfriend.bday', ['October 2']],
      ['girlfriend.hobby', ['roller derby']],
      ['mom.city', ['Houston']],
      ['sister.city', ['Austin', '>San Antonio']],
      ['sister.job', ['a third-grade teacher']],
      ['bandmate.city', ['New Orleans', '>Nashville']],
      ['friend.pet', ['Boudin'], { kind: 'pit bull' }],
      ['appt#dentist', ['@14 11am', '>@10 3:30pm'], { what: 'dentist appointment' }, { tight: 1 }],
      ['diet', ['trying to cut back on fried food']],
      ['wake', ['10:30', '>7:00|0.55']],
      ['bedtime', ['3am', '>11:30|0.55']],
    ],
  },
];

// ---------------------------------------------------------------- build
const PREFIX = ['btw', 'oh and', 'fyi', 'random, but', 'quick note:', 'just so you know,', 'so', 'ok so', 'anyway,'];
const SUFFIX = [' lol', ' 🙂', ' haha', '!', ' 😅'];

function addDays(iso, n) {
  const d = new Date(`${iso}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
function apptText(iso, spec) {
  const m = /^@(\d+) (.+)$/.exec(spec);
  const d = new Date(`${addDays(iso, +m[1])}T12:00:00Z`);
  return { text: `${DAYS[d.getUTCDay()]}, ${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()} at ${m[2]}`, date: d.toISOString().slice(0, 10) };
}
function parseKey(key) {
  if (key.includes('.')) {
    const [who, c] = key.split('.');
    return { who, cat: `o_${c}` };
  }
  return { who: null, cat: key.split('#')[0] };
}
function parseTok(s, first) {
  let t = null;
  const bar = s.lastIndexOf('|');
  if (bar >= 0) {
    t = +s.slice(bar + 1);
    s = s.slice(0, bar);
  }
  if (first) return { k: 'intro', v: s, t };
  const map = { '>': 'change', '!': 'correct', '+': 'refine', '~': 'stop' };
  return { k: map[s[0]], v: s.slice(1) || null, t };
}
function fill(tpl, vars) {
  const out = tpl.replace(/\{(\w+)\}/g, (_m, k) => {
    if (vars[k] != null) return vars[k];
    const lk = k.charAt(0).toLowerCase() + k.slice(1);
    if (vars[lk] != null) return cap(vars[lk]);
    throw new Error(`missing var ${k} in ${tpl}`);
  });
  return out;
}
function tplsFor(slot, kind) {
  const c = slot.c;
  if (kind === 'conflict') return c.new;
  if (kind === 'intro' && slot.params.adopt && c.adopt) return c.adopt;
  if (kind === 'intro') return c.new;
  if (c[kind]) return c[kind];
  if (kind === 'same') return c.noun ? GEN.same : c.new;
  if (c.noun && GEN[kind]) return GEN[kind];
  throw new Error(`no templates for ${slot.key} ${kind}`);
}

function buildUser(P) {
  R = mulberry32(P.seed);
  const slots = [];
  const used = new Set();
  const mkSlot = (key, toks, params = {}, opts = {}) => {
    const { who, cat } = parseKey(key);
    const c = { ...C[cat], ...(opts.tpl || {}) };
    if (!C[cat]) throw new Error(`unknown cat ${cat}`);
    const s = { key, who, cat, c, params: params || {}, opts, toks };
    if (c.noun) s.params = { ...s.params, noun: s.params.noun || fill(c.noun, { ...s.params }) };
    for (const t of toks) if (t.v) used.add(t.v);
    slots.push(s);
    return s;
  };
  for (const [key, raw, params, opts] of P.facts)
    mkSlot(
      key,
      raw.map((r, i) => parseTok(r, i === 0)),
      params || {},
      opts || {},
    );
  const coreIntros = slots.length;
  const coreSup = slots.reduce((n, s) => n + s.toks.length - 1, 0);
  const q = P.quotas;
  const autoSup = q.superseded - coreSup - q.conflict;
  const nNew = 200 - q.same - q.superseded - q.conflict;
  const nFill = nNew - coreIntros;
  if (autoSup < 0 || nFill < 0) throw new Error(`${P.id}: quotas impossible autoSup=${autoSup} nFill=${nFill}`);

  // fillers: me-categories, other-people categories, one-off events
  const usedKeys = new Set(slots.map((s) => s.key));
  const cand = [];
  for (const cat of FILLER_ME) if (!usedKeys.has(cat) && !(P.skip || []).includes(cat)) cand.push({ key: cat, w: 1 });
  for (const who of Object.keys(P.people))
    for (const oc of FILLER_O) {
      if ((P.kids || []).includes(who) && !['o_bday', 'o_allergy'].includes(oc)) continue;
      if ((P.cohab || []).includes(who) && oc === 'o_city') continue;
      const key = `${who}.${oc.slice(2)}`;
      if (!usedKeys.has(key)) cand.push({ key, w: 0.6 });
    }
  const EXTRA = ['coworker', 'neighbor', 'cousin', 'old college roommate', 'gym buddy', 'boss', 'old coworker'];
  const names = shuffle(POOL.name);
  for (const rel of EXTRA) {
    if (nFill - 12 <= cand.length) break;
    const who = rel.replace(/ /g, '_');
    if (P.people[who]) continue;
    const nm = names.pop();
    P.people[who] = [`my ${rel} ${nm}`, `my ${rel}`];
    for (const oc of FILLER_O) if (!(rel === 'boss' && oc === 'o_job')) cand.push({ key: `${who}.${oc.slice(2)}`, w: 0.6 });
  }
  const nEvents = Math.min(14, Math.max(6, nFill - cand.length));
  const shuffled = shuffle(cand);
  // prefer balance: take me-facts first pass by weight
  shuffled.sort((a, b) => b.w * (0.5 + rnd()) - a.w * (0.5 + rnd()));
  const takeN = nFill - nEvents;
  if (takeN > shuffled.length) throw new Error(`${P.id}: not enough filler candidates`);
  let took = 0;
  for (const f of shuffled) {
    if (took >= takeN) break;
    const { cat } = parseKey(f.key);
    let v;
    try {
      v = drawValue(cat, used);
    } catch {
      continue;
    }
    used.add(v);
    mkSlot(f.key, [{ k: 'intro', v, t: null }]);
    took++;
  }
  if (took < takeN) throw new Error(`${P.id}: not enough filler values`);
  for (const e of shuffle(EVENTS).slice(0, nEvents)) mkSlot('event', [{ k: 'intro', v: e, t: null }]);

  // auto superseded events on single-token slots
  const single = shuffle(slots.filter((s) => s.toks.length === 1 && s.cat !== 'event'));
  let need = autoSup;
  const taken = new Set();
  for (const s of single) {
    if (need <= 0) break;
    if (AUTO_CHANGE.includes(s.cat) && (poolFor(s.cat) || s.cat === 'o_bday')) {
      const v = tryDraw(s.cat, used);
      if (!v) continue;
      used.add(v);
      s.toks.push({ k: 'change', v, t: null });
      taken.add(s);
      need--;
    } else if (AUTO_CORRECT.includes(s.cat)) {
      const v = tryDraw(s.cat, used);
      if (!v) continue;
      used.add(v);
      s.toks.push({ k: 'correct', v, t: null });
      taken.add(s);
      need--;
    }
  }
  if (need > 0) throw new Error(`${P.id}: could not place auto superseded (${need})`);

  // conflicts (+ settle) on static facts
  let nc = q.conflict;
  for (const s of shuffle(slots.filter((s) => s.toks.length === 1 && !taken.has(s) && CONFLICTABLE.includes(s.cat)))) {
    if (nc <= 0) break;
    const orig = s.toks[0].v;
    let cv;
    if (s.cat === 'o_age') cv = String(+orig + (chance(0.5) ? 2 : -2));
    else if (s.cat === 'petage') cv = orig.replace(/^\d+/, (n) => String(+n + 2));
    else if (s.cat === 'employer' || s.cat === 'o_employer') continue;
    else cv = tryDraw(s.cat, used);
    if (!cv) continue;
    used.add(cv);
    s.toks.push({ k: 'conflict', v: cv, t: null }, { k: 'settle', v: chance(0.5) ? orig : cv, t: null });
    nc--;
  }
  if (nc > 0) throw new Error(`${P.id}: could not place conflicts (${nc})`);

  // repeats ("same"): favour slots people talk about a lot
  const sameable = slots.filter((s) => s.cat !== 'event' && !s.opts.tight);
  for (let i = 0; i < q.same; i++) {
    const weights = sameable.map(
      (s) => (s.opts.core ? 4 : 1) * (s.who ? 0.7 : 1) * (s.toks.filter((t) => t.k === 'same').length ? 0.3 : 1),
    );
    let r = rnd() * weights.reduce((a, b) => a + b, 0),
      s = sameable[0];
    for (let j = 0; j < sameable.length; j++) {
      r -= weights[j];
      if (r <= 0) {
        s = sameable[j];
        break;
      }
    }
    const positions = [];
    for (let p = 0; p < s.toks.length; p++) if (!['conflict', 'stop'].includes(s.toks[p].k)) positions.push(p);
    const p = pick(positions);
    s.toks.splice(p + 1, 0, { k: 'same', v: null, t: null });
  }

  // timing
  const timed = [];
  for (const s of slots) {
    const t0 = s.toks[0].t != null ? s.toks[0].t : s.opts.core ? rnd() * 0.1 : s.toks.length > 1 ? rnd() * 0.5 : rnd() * 0.97;
    let t = t0;
    const rest = s.toks.slice(1);
    const ws = rest.map((k) => (['correct', 'settle', 'refine'].includes(k.k) || s.opts.tight ? 0.08 + rnd() * 0.1 : 0.6 + rnd() * 0.8));
    const tot = ws.reduce((a, b) => a + b, 0) || 1;
    const span = (0.98 - t0) * (0.55 + rnd() * 0.4);
    timed.push({ s, tok: s.toks[0], t: t0 });
    rest.forEach((tok, i) => {
      const small = ['correct', 'settle', 'refine'].includes(tok.k);
      t = tok.t != null ? Math.max(tok.t, t + 0.001) : small ? t + 0.01 + rnd() * 0.05 : t + (ws[i] / tot) * span;
      if (s.opts.tight) t = Math.min(t, timed[timed.length - 1].t + 0.06);
      timed.push({ s, tok, t });
    });
  }
  for (const [i, x] of timed.entries()) x.order = i;
  timed.sort((a, b) => a.t - b.t || a.order - b.order);
  if (timed.length !== 200) throw new Error(`${P.id}: ${timed.length} statements`);

  // dates
  let date = P.start;
  const dates = [];
  for (let i = 0; i < 200; i++) {
    if (i) date = addDays(date, pick([1, 1, 1, 2, 2]));
    dates.push(date);
  }

  // render
  const statements = [];
  const vars0 = (s) => {
    const v = { ...s.params };
    if (s.who) {
      const labels = P.people[s.who];
      const w = pick(labels);
      v.who = w;
      v.whos = `${w}'s`;
    }
    return v;
  };
  for (const s of slots) s.st = { cur: null, curVal: null, curKind: null, conflictStep: null, hist: [] };
  timed.forEach((x, i) => {
    const step = i + 1;
    const { s, tok } = x;
    const st = s.st;
    const vars = vars0(s);
    let value = tok.v;
    let apptDate = null;
    if (value?.startsWith('@')) {
      const a = apptText(dates[i], value);
      value = a.text;
      apptDate = a.date;
    }
    let expected,
      relatedTo = [];
    switch (tok.k) {
      case 'intro':
        expected = 'new';
        break;
      case 'same':
        expected = 'same';
        relatedTo = [st.cur];
        value = st.curVal;
        break;
      case 'conflict':
        expected = 'conflict';
        relatedTo = [st.cur];
        break;
      case 'settle':
        expected = 'superseded';
        relatedTo = [st.cur, st.conflictStep];
        break;
      default:
        expected = 'superseded';
        relatedTo = [st.cur];
    }
    vars.v = value;
    vars.old = st.curVal;
    const kind = tok.k;
    let text = fill(pick(tplsFor(s, kind)), vars);
    // casual wrapping
    const plain = ['intro', 'change', 'stop', 'conflict'].includes(kind) && s.cat !== 'event';
    if (plain && chance(0.16)) {
      const p = pick(PREFIX);
      text = `${chance(0.5) ? cap(p) : p} ${text}`;
    } else if (chance(0.75)) text = cap(text);
    if (plain && chance(0.1) && !/[!?]$/.test(text)) text = text.replace(/\.$/, '') + pick(SUFFIX);
    statements.push({ step, date: dates[i], text, expected, relatedTo });
    // state update
    const rec = { step, kind, expected, value, apptDate };
    st.hist.push(rec);
    if (kind === 'intro' || ['change', 'correct', 'refine', 'stop', 'settle'].includes(kind)) {
      st.cur = step;
      st.curVal = kind === 'stop' ? st.curVal : value;
      st.curKind = kind;
      st.conflictStep = null;
      st.apptDate = apptDate;
    } else if (kind === 'conflict') {
      st.conflictStep = step;
    }
    rec.cur = st.cur;
    rec.conflict = st.conflictStep;
    x.step = step;
  });

  // questions
  const qslots = slots.filter((s) => s.cat !== 'event' && s.c.q);
  const stateAt = (s, n) => {
    // state of slot after step n
    const h = s.st.hist.filter((r) => r.step <= n);
    if (!h.length) return null;
    const last = h[h.length - 1];
    return {
      h,
      cur: last.cur,
      conflict: last.conflict,
      kind: h.filter((r) => r.step === last.cur)[0].kind,
      appt: h.filter((r) => r.step === last.cur)[0].apptDate,
    };
  };
  const questions = [];
  const seen = new Set();
  const afterSteps = [];
  for (let i = 0; i < 30; i++) afterSteps.push(25 + Math.floor(((i + rnd()) / 30) * 175));
  for (const n of afterSteps) {
    const cands = [];
    for (const s of qslots) {
      const a = stateAt(s, n);
      if (!a || a.conflict) continue;
      if (a.appt && a.appt <= dates[n - 1]) continue;
      const key = `${s.key}@${a.cur}`;
      if (seen.has(key)) continue;
      const stale = a.h.filter((r) => (r.expected === 'same' ? r.cur !== a.cur : r.step !== a.cur)).map((r) => r.step);
      cands.push({ s, a, stale, key, w: stale.length ? 3 : s.who ? 1 : 0.8 });
    }
    let r = rnd() * cands.reduce((x, c) => x + c.w, 0),
      c = cands[0];
    for (const cc of cands) {
      r -= cc.w;
      if (r <= 0) {
        c = cc;
        break;
      }
    }
    seen.add(c.key);
    const s = c.s;
    const qv = { ...s.params };
    if (s.who) {
      qv.who = P.people[s.who][0];
      qv.whos = `${qv.who}'s`;
    }
    const qt = c.a.kind === 'stop' && s.c.qStop ? s.c.qStop : s.c.q;
    let question = fill(pick(qt), qv);
    question = chance(0.6) ? cap(question) : question;
    const distractors = [];
    for (const o of slots) {
      if (o === s || o.c.topic !== s.c.topic || o.cat === 'event') continue;
      for (const rr of o.st.hist) if (rr.step <= n && rr.expected !== 'same') distractors.push(rr.step);
    }
    distractors.sort((x, y) => x - y);
    questions.push({ afterStep: n, question, answers: [c.a.cur], stale: c.stale, distractors: distractors.slice(-6) });
  }
  return { id: P.id, persona: P.persona, statements, questions };
}

const users = PERSONAS.map(buildUser);
const out = {
  description:
    'STREAM: simulated users telling an assistant facts over ~9 months. Each statement is labelled new/same/superseded/conflict relative to the facts current at that moment (relatedTo = the steps it repeats, replaces or contradicts). A conflict leaves both statements unsettled until a later statement restates one value (superseded relative to both). Questions are asked after a step about a fact current at that point: answers = steps of the current statement(s), stale = earlier no-longer-current statements about the same attribute, distractors = similar-looking statements about someone/something else. Generated deterministically by generate-stream.mjs, written without reference to the library implementation.',
  users,
};
writeFileSync(join(HERE, 'stream.json'), `${JSON.stringify(out, null, 2)}\n`);
console.log(`wrote ${join(HERE, 'stream.json')}: ${users.length} users`);
