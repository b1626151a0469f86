import { inFirstPerson, rankForQuestion, rankTold } from '../src/service/rank-for-question';
import { scored } from './helpers/memories';

describe('rankForQuestion', () => {
  it('knows whom a name is by an archived memory the search came across: the sister who moved is still the sister', () => {
    const moved = scored('a', 'Carina and Jacques moved to Centurion', 0.32, { firstSeen: new Date('2026-03-01') });
    const home = scored('b', 'We live in Parklands, just off Blaauwberg Road', 0.37, { firstSeen: new Date('2026-01-01') });
    const mil = scored('c', "Dewald's mom Tannie Rina lives with us since his dad passed", 0.3, { firstSeen: new Date('2026-02-01') });
    const hits = [moved, home, mil];
    const archived = ['My sister Carina lives in Pretoria with her husband Jacques'];
    expect(rankTold('where does my sister live?', hits, 3, archived)[0]!.id).toBe('a');
    // Without it, Carina is someone else, set back behind the user's own home.
    expect(rankTold('where does my sister live?', hits, 3)[0]!.id).toBe('b');
  });

  it('orders hits of equal rank the same whatever order the store returned them in', () => {
    // Both are about someone else, set back from the same score: the sister's age and the cat's name.
    const age = scored('b-age', 'My sister is 30 years old', 0.4, { firstSeen: new Date('2026-01-01') });
    const cat = scored('a-cat', 'My cat is called Tom', 0.4, { firstSeen: new Date('2026-01-02') });
    const home = scored('c-home', 'I live in Porto', 0.3);
    const orders = [
      [age, cat, home],
      [cat, home, age],
      [home, age, cat],
    ];
    const answers = orders.map((hits) => rankForQuestion('where do I live', hits, 2).map((hit) => hit.id));
    expect(answers).toEqual([answers[0], answers[0], answers[0]]);
    // The user's home first; of the two set back, the newer.
    expect(answers[0]).toEqual(['c-home', 'a-cat']);
  });

  it('puts a newer statement that shares no word with an older one first only when it says something changed', () => {
    // A third, latest hit (about someone else) leaves the newer of the two half the bonus for being later.
    const sister = scored('z', 'My sister moved to Boston', 0.2, { firstSeen: new Date('2026-03-01') });
    const unemployed = scored('a', "I'm unemployed at the moment", 0.54, { firstSeen: new Date('2026-01-01') });
    const meetings = scored('b', 'Afternoons work better for me for meetings', 0.47, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('where do I work', [unemployed, meetings, sister], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
    // Said as a change, it may be what replaced the older one.
    const oldDose = scored('c', 'I take sertraline, 50mg daily', 0.64, { firstSeen: new Date('2026-01-01') });
    const newDose = scored('d', 'New sertraline dose as of today: 100mg daily', 0.55, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('what dose of sertraline am I on?', [oldDose, newDose, sister], 2).map((hit) => hit.id)).toEqual(['d', 'c']);
  });

  it('puts the hit that holds the one thing a question asks about ahead of a later one that does not', () => {
    const flight = scored('a', 'My flight to Rome got moved to Saturday', 0.37, { firstSeen: new Date('2026-01-01') });
    const age = scored('b', "I'm 31 now", 0.31, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('when is my flight', [flight, age], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
    // A question's one word as a verb ("where do I work?") is no thing asked for: "work better" earns nothing.
    const unemployed = scored('c', "I'm unemployed at the moment", 0.54, { firstSeen: new Date('2026-01-01') });
    const meetings = scored('d', 'Afternoons work better for me for meetings', 0.4, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('where do I work', [unemployed, meetings], 2).map((hit) => hit.id)).toEqual(['c', 'd']);
  });

  it('reads a hit that names someone by name alone as about the kin another hit names so', () => {
    const leeds = scored('a', 'my sister Jess lives in Leeds', 0.6, { firstSeen: new Date('2026-01-01') });
    const york = scored('b', 'Jess moved to York last month', 0.42, { firstSeen: new Date('2026-03-01') });
    const porto = scored('c', 'I live in Porto', 0.5, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('where does my sister live?', [leeds, york, porto], 3).map((hit) => hit.id)).toEqual(['b', 'a', 'c']);
  });

  it('puts a newer statement about other values of the same thing first, close in score', () => {
    const booked = scored('a', 'booked Ghana! flying out of Manchester on the 8th of October, Emirates via Dubai', 0.62, {
      firstSeen: new Date('2026-01-01'),
    });
    const moved = scored('b', "Emirates have changed the schedule, I'm flying on the 10th of October now", 0.57, {
      firstSeen: new Date('2026-02-01'),
    });
    expect(rankForQuestion("when's my flight to Ghana?", [booked, moved], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
    // Another attribute of the user's, however new, stays where its score puts it.
    const home = scored('c', 'I live in Porto', 0.6, { firstSeen: new Date('2026-01-01') });
    const age = scored('d', 'I am 30 years old', 0.55, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('where do I live', [home, age], 2).map((hit) => hit.id)).toEqual(['c', 'd']);
  });

  it('reads a question that names the user, as "the user" or by the name they gave, as about the user', () => {
    const sister = scored('a', 'My sister Ola lives in Gdansk', 0.6);
    const home = scored('b', 'I live in Sagene, a tiny studio', 0.5);
    const intro = scored('c', 'hey! tomasz here, 29, architect', 0.3);
    const ids = (question: string, hits = [sister, home, intro]) => rankForQuestion(question, hits, 2).map((hit) => hit.id);
    expect(ids('Where does the user live?')).toEqual(['b', 'a']);
    expect(ids('Where does Tomasz live?')).toEqual(['b', 'a']);
    expect(ids("Where does Tomasz's sister live?")).toEqual(['a', 'b']);
    // No hit names the one asked about: likelier the user than someone never mentioned.
    expect(ids('Where does Walt live?', [sister, home])).toEqual(['b', 'a']);
    // Named as someone of the user's, it is not the user.
    expect(ids("Where does my sister Ola's husband live?", [home, sister])).toEqual(['a', 'b']);
    // Someone the hits name is someone else.
    const chloe = scored('d', 'Chloe lives in Brighton now', 0.45);
    expect(ids('Where does Chloe live?', [home, chloe, intro])).toEqual(['d', 'b']);
  });

  it('reads a hit that opens with a name typed in lower case as about the one another hit names so', () => {
    const pregnant = scored('a', 'big news: my sister Agnieszka is pregnant! due 20 july', 0.6, { firstSeen: new Date('2026-01-01') });
    const moved = scored('b', "agnieszka's due date moved to 12 july after her last scan", 0.55, { firstSeen: new Date('2026-03-01') });
    const mine = scored('c', 'my dentist appointment is on 12 july', 0.5, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion("When is Agnieszka's baby due?", [pregnant, moved, mine], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
  });

  it('tells a question naming the user in the first person, as subject, object and owner', () => {
    const intro = [scored('a', "name's walt, 73, retired machinist", 0.3)];
    expect(inFirstPerson('Who is driving Walt to his cataract surgery?', intro)).toBe('Who is driving me to my cataract surgery?');
    expect(inFirstPerson("Where does Walt's granddaughter Kaylee study?", intro)).toBe('Where does my granddaughter Kaylee study?');
    // "his" may be someone else's when another is named.
    expect(inFirstPerson('When is Walt seeing Dale about his truck?', intro)).toBe('When am I seeing Dale about his truck?');
    expect(inFirstPerson("What is the user's job?", [])).toBe('What is my job?');
    // A word after "I'm" is a name only where the question puts a person.
    expect(inFirstPerson('What Jewish holidays do I keep?', [scored('b', "I'm Jewish, not very observant", 0.3)])).toBe(
      'What Jewish holidays do I keep?',
    );
  });

  it('does not set back a hit that names the animal or person asked about, whatever its last clause is about', () => {
    const dog = scored('a', "my dog's name is Biscuit", 0.5);
    const cat = scored('b', 'Oops, my cat is called Miso, not Mochi — autocorrect got me', 0.45);
    expect(rankForQuestion("What's my cat's name?", [dog, cat], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
    // Someone else's fact that does not name the one asked about is still set back.
    const sister = scored('c', 'My sister lives in Boston', 0.6);
    const home = scored('d', 'I live in Porto', 0.5);
    expect(rankForQuestion('where do I live', [sister, home], 2).map((hit) => hit.id)).toEqual(['d', 'c']);
  });

  it('pulls in, from past topK, a later statement that says a returned one changed, right before it', () => {
    const started = scored('a', 'started bouldering at Alien Rock with Mei on tuesday nights', 0.43, { firstSeen: new Date('2026-01-01') });
    const cycle = scored('b', 'I cycle to work now, 10 minutes along the Water of Leith path', 0.4, { firstSeen: new Date('2025-12-05') });
    const half = scored('c', "I'm aiming for under 2 hours in the half", 0.38, { firstSeen: new Date('2025-11-09') });
    const croissants = scored('d', 'I love the croissants at the bakery by the flat', 0.3, { firstSeen: new Date('2025-10-01') });
    const switched = scored(
      'e',
      "switched from Alien Rock to the Biscuit Factory wall because it's near the flat, so I go on mondays now",
      0.25,
      {
        firstSeen: new Date('2026-03-02'),
      },
    );
    const hits = [started, cycle, half, croissants, switched];
    expect(rankForQuestion('where do I go climbing?', hits, 3).map((hit) => hit.id)).toEqual(['e', 'a', 'b']);
    // Said before the one it would replace, it is no change of it: the order is the scores'.
    const earlier = { ...switched, memory: { ...switched.memory, firstSeen: new Date('2025-12-01') } };
    expect(rankForQuestion('where do I go climbing?', [started, cycle, half, croissants, earlier], 3).map((hit) => hit.id)).toEqual([
      'a',
      'b',
      'c',
    ]);
  });

  it("reads the user's lessons, classes and flights as the user's, so a change said of them moves first", () => {
    const lessons = scored('a', 'cello lessons are monday nights at 7', 0.69, { firstSeen: new Date('2026-03-31') });
    const guitar = scored('b', 'Theo just started guitar lessons, monday nights at a shop in Uptown', 0.52, {
      firstSeen: new Date('2026-04-06'),
    });
    const ukulele = scored('c', 'also trying to teach myself ukulele lol. very beginner', 0.53, { firstSeen: new Date('2026-03-07') });
    const moved = scored('d', 'ruth moved my lessons to wednesdays at 7, mondays dont work for her anymore', 0.32, {
      firstSeen: new Date('2026-04-04'),
    });
    // "my lessons" are the user's, as "cello lessons are ..." is: the move is a change of them, pulled in before them.
    const ranked = rankForQuestion('what night are my cello lessons?', [lessons, guitar, ukulele, moved], 3);
    expect(ranked.slice(0, 2).map((hit) => hit.id)).toEqual(['d', 'a']);
    // Ranked among the first ones already, it goes first just the same, however far behind.
    const among = rankForQuestion('what night are my cello lessons?', [lessons, guitar, ukulele, moved], 4);
    expect(among.slice(0, 2).map((hit) => hit.id)).toEqual(['d', 'a']);
  });

  it("puts a hit holding the question's words above closer ones that do not", () => {
    const age = scored('a', "Tyson's eight this year, going grey round the muzzle bless him", 0.56);
    const dog = scored('b', "oh and I've got a dog! Staffy called Tyson, he's six", 0.55);
    const walk = scored('c', 'took Tyson up the canal path this morning', 0.54);
    const vets = scored('d', "Tyson's registered at Ashfield Vets on Armley Town Street", 0.5);
    expect(rankForQuestion('which vets is Tyson with?', [age, dog, walk, vets], 3).map((hit) => hit.id)).toEqual(['d', 'a', 'b']);
  });

  it("still puts the newer statement first when the older one repeats more of the question's words", () => {
    const oldDose = scored('a', 'I take sertraline, 50mg daily', 0.6, { firstSeen: new Date('2026-01-01') });
    const newDose = scored('b', 'New sertraline dose as of today: 100mg daily', 0.55, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('how much sertraline do I take?', [oldDose, newDose], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
  });

  it('of two close facts about the one asked about, puts the later first even when the rules read no change between them', () => {
    // The rules read these two as unrelated (no word in common, no change word): only when each was said orders them.
    const football = scored('a', 'I play five-a-side football on tuesdays', 0.5, { firstSeen: new Date('2026-01-01') });
    const bouldering = scored('b', 'I go bouldering twice a week', 0.46, { firstSeen: new Date('2026-07-01') });
    const knee = scored('c', 'my left knee is fine again', 0.3, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('what sport do I do?', [football, bouldering, knee], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
    // Far apart in score, the closer stays first however old.
    const far = { ...bouldering, score: 0.38 };
    expect(rankForQuestion('what sport do I do?', [football, far, knee], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  it('gives the later fact more room when the question asks what holds now', () => {
    const gym = scored('a', 'I go to the gym on mondays', 0.6, { firstSeen: new Date('2026-01-01') });
    const pilates = scored('b', 'I do pilates on thursdays', 0.45, { firstSeen: new Date('2026-07-01') });
    expect(rankForQuestion('what exercise do I do?', [gym, pilates], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
    expect(rankForQuestion('what exercise do I do these days?', [gym, pilates], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
    expect(rankForQuestion('am I still doing any exercise?', [gym, pilates], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
  });
  it('puts the hit that states what the question asks for above a newer one as close that does not', () => {
    const home = scored('a', 'I live in a little cottage in Askrigg with my wife Margaret', 0.31, { firstSeen: new Date('2026-01-01') });
    const show = scored('b', 'I go to the Wensleydale show every August', 0.27, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('where do I live?', [home, show], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
    // Only when it is surely about whom the question asks: a named one's home earns nothing.
    const porto = scored('c', 'I live in Porto', 0.3, { firstSeen: new Date('2026-01-01') });
    const sam = scored('d', 'Sam lives in Redland, like two streets away', 0.25, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('where do I live?', [porto, sam], 1).map((hit) => hit.id)).toEqual(['c']);
  });

  it('keeps a newer hit that says some other change behind an older one that answers the question', () => {
    const moved = scored('a', 'moved from são paulo to berlin in march last year', 0.3, { firstSeen: new Date('2026-01-01') });
    const rate = scored('b', 'raised my day rate to 600€', 0.28, { firstSeen: new Date('2026-02-01') });
    const flight = scored('c', 'booked a flight to são paulo for 20 december', 0.23, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('where do i live', [moved, rate, flight], 3)[0]?.id).toBe('a');
    // A newer one read as a change of it still goes first.
    const lisbon = scored('d', 'I moved to Lisbon', 0.27, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('where do i live', [moved, lisbon], 2).map((hit) => hit.id)).toEqual(['d', 'a']);
  });

  it('keeps a newer hit from jumping far ahead when it shares only the name of someone who acts', () => {
    const dose = scored('a', 'My doctor upped the amlodipine to 10mg last week', 0.47, { firstSeen: new Date('2026-01-01') });
    const beer = scored('b', "I don't drink beer anymore, the doctor told me to stop", 0.33, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion('what dose of amlodipine am I on?', [dose, beer], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  it('reads a question that opens with its verb as about the one it names: "is Susan married?"', () => {
    const ours = scored('a', 'Margaret and I have been married 48 years', 0.46, { firstSeen: new Date('2026-01-01') });
    const susan = scored('b', "Susan and Tom have split up, she's on her own now", 0.44, { firstSeen: new Date('2025-12-01') });
    expect(rankForQuestion('is Susan married?', [ours, susan], 2).map((hit) => hit.id)).toEqual(['b', 'a']);
  });

  it("reads the user's own name in a question typed all in lower case as the user", () => {
    const intro = scored('a', "hey! so i'm tessa, 29, software tester at a fintech", 0.26);
    expect(inFirstPerson('where does tessa work these days?', [intro])).toBe('where do I work these days?');
    // With capitals, a lower-case word is no name: "what jewish holidays" is no question about "Jewish".
    expect(inFirstPerson('Where does tessa work these days?', [intro])).toBe('Where does tessa work these days?');
  });

  it('does not count "going" in "am I still going to Lourdes?" as a word the answer must hold', () => {
    const booked = scored('a', 'the parish is doing a pilgrimage to Lourdes in May. I put my name down', 0.4, {
      firstSeen: new Date('2026-01-01'),
    });
    const pulledOut = scored('b', "I've pulled out of the Lourdes trip, got the deposit back", 0.37, { firstSeen: new Date('2026-03-01') });
    const tommy = scored('c', 'Tommy has gone to London for good, the house is going up for sale', 0.42, {
      firstSeen: new Date('2026-02-01'),
    });
    expect(rankForQuestion('am I still going to Lourdes in May?', [booked, pulledOut, tommy], 2).map((hit) => hit.id)).not.toContain('c');
  });

  it('reads a bare family word after the question\'s verb as the user\'s own: "how much metformin is mum on?"', () => {
    const mums = scored('a', "mum's gp has doubled her metformin, it's 1000mg twice a day now", 0.7, { firstSeen: new Date('2026-01-01') });
    const mine = scored('b', 'gp upped my sertraline to 100mg', 0.5, { firstSeen: new Date('2026-03-01') });
    const mineLater = scored('c', 'psychiatrist says I can drop to 75mg of sertraline', 0.49, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('how much metformin is mum on these days?', [mine, mineLater, mums], 1).map((hit) => hit.id)).toEqual(['a']);
    // The user's own, asked as "my", still goes first for a question about the user.
    expect(rankForQuestion('how much sertraline am I on these days?', [mine, mineLater, mums], 1).map((hit) => hit.id)).not.toEqual(['a']);
  });

  it('never lets a newer hit far from the question pass a close answer on the back of a hit that went before it', () => {
    const earn = scored('a', 'I earn 8.5k a month at Grab', 0.68, { firstSeen: new Date('2026-01-01') });
    const clear = scored('b', "to be clear, I'm working at Grab now, not Shopee anymore", 0.22, { firstSeen: new Date('2026-02-01') });
    const gym = scored('c', 'actually gym is Monday and Thursday now, not Wednesday', 0.21, { firstSeen: new Date('2026-03-01') });
    const intro = scored('d', "hello lah, I'm Wei Jie, 31 this year, software engineer in Singapore", 0.3, {
      firstSeen: new Date('2025-12-01'),
    });
    const ranked = rankForQuestion('how much I earn', [earn, clear, gym, intro], 3).map((hit) => hit.id);
    // "to be clear" is read as a change of what "I earn" says and may go before it; the gym, newer still, may not.
    expect(ranked[0]).not.toBe('c');
    expect(ranked.indexOf('c') === -1 || ranked.indexOf('c') > ranked.indexOf('a')).toBe(true);
  });

  it('does not set back the one who acts for the user when the question asks who that is', () => {
    const mercer = scored('a', "My heart doctor is Dr. Mercer at the Health Sciences in St. John's.", 0.5, {
      firstSeen: new Date('2026-01-01'),
    });
    const others = ["I quit the pipe, doctor's orders.", 'I takes metoprolol 25 mg once a day.', 'The Eliquis is 5 mg twice a day.'].map(
      (text, at) => scored(`o${at}`, text, 0.37, { firstSeen: new Date(`2026-0${at + 2}-01`) }),
    );
    expect(rankForQuestion("who's my cardiologist?", [mercer, ...others], 3).map((hit) => hit.id)).toContain('a');
    // A friend or kin is still someone else for "who's my employer?".
    const roommate = scored('b', "It's sulfa drugs my old college roommate Mei is allergic to, not dogs", 0.4, {
      firstSeen: new Date('2026-03-01'),
    });
    const work = scored('c', 'I work at UC San Diego haha', 0.33, { firstSeen: new Date('2026-01-01') });
    expect(rankForQuestion("who's my employer currently?", [roommate, work], 1).map((hit) => hit.id)).toEqual(['c']);
  });

  it('reads a name the hits know, typed in lower case in the question, as whom the question asks about', () => {
    // Hits for "what is zuri allergic to" (the shellfish allergies are the user's own; the newest came up by its words).
    const told: [string, number, string][] = [
      ['lol i told u im allergic to shellfish', 0.6, '2026-12-06T17:43:51Z'],
      ['allergist said Zuri aint allergic to peanuts, its tree nuts', 0.57, '2026-12-06T17:42:12Z'],
      ["i'm allergic to shellfish btw", 0.51, '2026-12-06T17:41:48Z'],
      ['Zuri allergic to peanuts fr, gotta keep the epipen in her bookbag', 0.56, '2026-12-06T17:39:15Z'],
      ['got a cat too, Peaches, Zuri begged', 0.25, '2026-12-06T17:43:43Z'],
      ['i quit zumba, my knees aint havin it', 0.32, '2026-12-06T17:40:10Z'],
      ['Zuri pediatrician is Dr Okafor at Childrens Healthcare', 0.4, '2026-12-06T17:39:10Z'],
    ];
    const hits = told.map(([text, score, at], index) => scored(`h${index}`, text, score, { firstSeen: new Date(at) }));
    const top = rankForQuestion('what is zuri allergic to', hits, 2).map((hit) => hit.id);
    expect(top.sort()).toEqual(['h1', 'h3']);
  });

  it('does not read another\'s kin, named by "her husband", as the one "my husband" asks about', () => {
    const arjun = scored('a', 'My husband is Arjun, he is working in Infosys as a tech lead', 0.3, { firstSeen: new Date('2026-01-01') });
    const divya = scored('b', "Divya moved to Hyderabad last month for her husband's job", 0.25, { firstSeen: new Date('2026-03-01') });
    const dog = scored('c', 'Actually Biscuit is 4 years old, not 3', 0.32, { firstSeen: new Date('2026-02-01') });
    expect(rankForQuestion("what is my husband's name?", [divya, dog, arjun], 1).map((hit) => hit.id)).toEqual(['a']);
    // Nor one named another's by a name ("Cian's mam").
    const cians = scored('d', "Cian's mam does Pilates in Salthill on Mondays", 0.4, { firstSeen: new Date('2026-03-01') });
    const mine = scored('e', 'My mam does her shopping in Oranmore', 0.3, { firstSeen: new Date('2026-01-01') });
    expect(rankForQuestion('where does my mam go shopping', [cians, mine], 1).map((hit) => hit.id)).toEqual(['e']);
  });

  it('does not put first a newer hit that ends another thing, read loosely as a change of the answer', () => {
    const dose = scored('a', 'Doctor upped my metformin to 1000mg twice a day, my sugars was too high', 0.63, {
      firstSeen: new Date('2026-01-01'),
    });
    const drinking = scored('b', "I've stopped drinking, no more Guinness, doc said its bad for my sugars", 0.39, {
      firstSeen: new Date('2026-03-01'),
    });
    const gym = scored('c', 'Stopped the gym, cancelled the membership, no time with lates', 0.29, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('what dose of metformin do I take', [dose, drinking, gym], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it('answers "what is my name" with the hit that gives the user\'s own name, not a name given to a pet', () => {
    const intro = scored('a', "Hi lah, I'm Mei-Ling Tan, 45 this year, working as accountant in Vancouver", 0.2, {
      firstSeen: new Date('2026-01-01'),
    });
    const cat = scored('b', 'We adopt another cat, name Milo, grey tabby, Kopi not so happy haha', 0.27, {
      firstSeen: new Date('2026-03-01'),
    });
    const tired = scored('c', "I'm tired today", 0.29, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('what is my name', [cat, tired, intro], 1).map((hit) => hit.id)).toEqual(['a']);
    const baby = scored('d', 'we name am Femi, our first grandchild', 0.35, { firstSeen: new Date('2026-03-01') });
    const me = scored('e', "Good morning, I'm Babatunde, retired engineer", 0.25, { firstSeen: new Date('2026-01-01') });
    expect(rankForQuestion("what's my name", [baby, me], 1).map((hit) => hit.id)).toEqual(['e']);
  });

  it('reads "Amma and Appa are staying in Chennai" as where the parents live', () => {
    const parents = scored('a', 'Amma and Appa are staying in Chennai, Mylapore side', 0.25, { firstSeen: new Date('2026-01-01') });
    const inLaws = scored('b', 'In-laws trip is cancelled, MIL has knee surgery so they are not coming in March', 0.39, {
      firstSeen: new Date('2026-03-01'),
    });
    const flat = scored('c', 'We finally sold the Whitefield flat', 0.3, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('where do my parents live?', [inLaws, flat, parents], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it("does not take a pet of the same name, named as another's, for the one asked about", () => {
    const mine = scored('a', "Moss is the best dog I've ever had, he's nine now.", 0.55, { firstSeen: new Date('2026-01-01') });
    const bruces = scored('b', 'Bruce has got a dog called Moss too, funny that.', 0.52, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('how old is Moss', [mine, bruces], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it('does not put a switch of another medicine ahead of the allergy asked about', () => {
    const allergy = scored('a', 'I am allergic to penicillin, found out as a kid.', 0.63, { firstSeen: new Date('2026-01-01') });
    const pill = scored('b', 'I switched my allergy pill from cetirizine to Claritin, the cetirizine made me so sleepy.', 0.4, {
      firstSeen: new Date('2026-03-01'),
    });
    expect(rankForQuestion('what am I allergic to?', [allergy, pill], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it('answers "how old is Ellie" with the statement that gives her age, in whichever clause, before a newer one of hers', () => {
    const age = scored('a', "actually Ellie's 15 not 14, her birthday was last week lol", 0.6, { firstSeen: new Date('2026-01-01') });
    const netball = scored('b', "Ellie's netball is mondays now", 0.52, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('how old is Ellie', [age, netball], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it('answers "ano pangalan ko?" (Tagalog: what is my name?) with the introduction', () => {
    const intro = scored('a', 'Rommel po pangalan ko, 38 years old.', 0.5, { firstSeen: new Date('2026-01-01') });
    const ship = scored('b', 'Ang barko ni kuya Ramon is MT Eagle Sapporo.', 0.65, { firstSeen: new Date('2026-03-01') });
    const fish = scored('c', 'May goldfish si Bea, Nemo ang pangalan.', 0.64, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('ano pangalan ko?', [ship, fish, intro], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it('answers "whats my name" with an introduction typed in lower case or without "I" ("i\'m jayden, 20", "am Callum, 34")', () => {
    for (const said of [
      "hey mate, i'm jayden, 20, second year apprentice sparky in brisbane",
      'fit like! am Callum, 34, rigger fae Aberdeen',
    ]) {
      const intro = scored('a', said, 0.3, { firstSeen: new Date('2026-01-01') });
      const mum = scored('b', "my mam's name is Irene", 0.62, { firstSeen: new Date('2026-03-01') });
      const dog = scored('c', 'got a staffy named bruno', 0.4, { firstSeen: new Date('2026-04-01') });
      expect(rankForQuestion('whats my name', [mum, dog, intro], 1).map((hit) => hit.id)).toEqual(['a']);
    }
    // "i'm tired, 3 hours sleep" gives no name.
    const tired = scored('a', "i'm tired, 3 hours sleep last night", 0.5, { firstSeen: new Date('2026-01-01') });
    const named = scored('b', 'my name is Jayden', 0.3, { firstSeen: new Date('2025-01-01') });
    expect(rankForQuestion('whats my name', [tired, named], 1).map((hit) => hit.id)).toEqual(['b']);
  });

  it('puts what is said in passing ("cheers mate", "hows ur day goin", today\'s weather) after the facts a question finds', () => {
    const team = scored('a', 'massive broncos fan, been goin for them since i was a little fella', 0.4, {
      firstSeen: new Date('2026-01-01'),
    });
    const cheers = scored('b', 'cheers mate', 0.45, { firstSeen: new Date('2026-03-01') });
    const weather = scored('c', "sus weather today, reckon a storm's rollin in", 0.44, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('what footy team do i go for', [cheers, weather, team], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it('answers "what\'s my name?" with an introduction in French or Patois, and sets "ok mi gone, bless up" after the facts', () => {
    for (const said of [
      "salut! je m'appelle Geneviève, 29, infirmière au CHUM",
      'hello darlin, mi name Marcia Campbell, mi 63',
      'hello da, myself Ramesh, retired from Indian Bank',
    ]) {
      const intro = scored('a', said, 0.24, { firstSeen: new Date('2026-01-01') });
      const hockey = scored('b', 'quit the hockey league, my knee is done', 0.3, { firstSeen: new Date('2026-03-01') });
      const bye = scored('c', 'ok mi gone, bless up', 0.39, { firstSeen: new Date('2026-04-01') });
      expect(rankForQuestion("what's my name?", [hockey, bye, intro], 1).map((hit) => hit.id)).toEqual(['a']);
      expect(rankForQuestion('wah is mih name', [hockey, bye, intro], 1).map((hit) => hit.id)).toEqual(['a']);
    }
  });

  it('reads kin and dialect words of the question as statements are read ("how old is abbu?", "wor Davey")', () => {
    const abbu = scored('a', 'abbu is 63, retired from PTCL last year', 0.48, { firstSeen: new Date('2026-01-01') });
    const brother = scored('b', 'Faraz shifted to Islamabad last month', 0.32, { firstSeen: new Date('2026-03-01') });
    const billo = scored('c', 'Billo is 3 years old', 0.36, { firstSeen: new Date('2026-02-01') });
    const allergy = scored('d', 'mujhe penicillin se allergy hai', 0.3, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('how old is abbu?', [abbu, billo, brother, allergy], 1).map((hit) => hit.id)).toEqual(['a']);
    const davey = scored('e', "wor Davey's moved to Blyth, got a little terrace near the beach", 0.58, {
      firstSeen: new Date('2026-01-01'),
    });
    const home = scored('f', 'me an wor lass live in Heaton noo', 0.48, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('where does wor Davey live noo?', [davey, home], 1).map((hit) => hit.id)).toEqual(['e']);
  });

  it('keeps a hit that answers the question ahead of a newer one further behind that only says more of the same one', () => {
    const age = scored('a', "wor Chelsea's 20 noo, had her birthday Saturday, took her for a Chinese in Stowell Street", 0.52, {
      firstSeen: new Date('2026-01-01'),
    });
    const exams = scored('b', 'chelsea passed her second year exams, proud as punch', 0.33, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('how old is wor Chelsea?', [age, exams], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  it('answers "what\'s me name?" with an introduction that drops the "I" ("howay man, am Kevin Robson")', () => {
    const intro = scored('a', 'howay man, am Kevin Robson but naebody calls us owt but Kev, 52 year old', 0.26, {
      firstSeen: new Date('2026-01-01'),
    });
    const wife = scored('b', "wor Julie's 51 noo", 0.25, { firstSeen: new Date('2026-04-01') });
    const cheers = scored('c', "cheers pet, ye're canny helpful like", 0.31, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion("what's me name?", [cheers, wife, intro], 1).map((hit) => hit.id)).toEqual(['a']);
    expect(rankForQuestion("whit's ma name?", [cheers, wife, intro], 1).map((hit) => hit.id)).toEqual(['a']);
  });

  it('does not put a newer hit first, however close, when what it ends is nothing the older one holds', () => {
    const metoprolol = scored('a', 'doc upped the metoprolol to 95mg', 0.53, { firstSeen: new Date('2026-01-01') });
    const statin = scored('b', 'doc switched me from atorvastatin to rosuvastatin 10mg', 0.45, { firstSeen: new Date('2026-03-01') });
    expect(rankForQuestion('what dose of metoprolol am i on', [metoprolol, statin], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
  });

  it('sets a statement that only says something ended behind what holds, for a question of what holds', () => {
    const therapy = scored('a', 'stopped therapy, too $$', 0.48, { firstSeen: new Date('2026-03-01') });
    const psychiatrist = scored('b', 'psychiatrist = Dr Okafor @ Swedish', 0.57, { firstSeen: new Date('2026-01-01') });
    const diagnosis = scored('c', "have ADHD, dx'd at 29", 0.45, { firstSeen: new Date('2026-01-02') });
    expect(rankForQuestion("who's my psychiatrist", [therapy, psychiatrist, diagnosis], 3).map((hit) => hit.id)).toEqual(['b', 'c', 'a']);
    // Asked whether it still holds, or what ended, the ending is the answer.
    const vitamins = scored('d', 'I no longer take vitamin D', 0.5, { firstSeen: new Date('2026-03-01') });
    const pill = scored('e', 'I take lisinopril 10mg for my blood pressure', 0.52, { firstSeen: new Date('2026-01-01') });
    expect(rankForQuestion('what did I stop taking?', [pill, vitamins], 2).map((hit) => hit.id)).toEqual(['d', 'e']);
    expect(rankForQuestion('what do I take every day?', [pill, vitamins], 2).map((hit) => hit.id)).toEqual(['e', 'd']);
    // One that says what holds instead is no mere ending.
    const car = scored('f', 'Theo sold the outback and got a 2022 Mazda CX-5', 0.4, { firstSeen: new Date('2026-03-01') });
    const insurance = scored('g', "Theo's car insurance is Progressive", 0.45, { firstSeen: new Date('2026-01-01') });
    expect(rankForQuestion('what does Theo drive?', [insurance, car], 2).map((hit) => hit.id)).toEqual(['f', 'g']);
  });

  it('does not put a newer hit that shares no word first for a "now" alone ("I\'m teetotal now mind.")', () => {
    const darts = scored('a', 'I play darts every Tuesday down the Conway', 0.4, { firstSeen: new Date('2026-01-01') });
    const teetotal = scored('b', "I'm teetotal now mind.", 0.35, { firstSeen: new Date('2026-03-01') });
    const sister = scored('c', 'My sister Ffion has a cat called Mali', 0.2, { firstSeen: new Date('2026-04-01') });
    expect(rankForQuestion('what do I do for fun?', [darts, teetotal, sister], 2).map((hit) => hit.id)).toEqual(['a', 'b']);
  });
});
