/*
 * Word lists for passive-voice. retext-passive's participle list (215 words, 138 not in
 * IRREGULAR_PARTICIPLES, many of them simple past forms such as "broke", "ate") was measured
 * against IRREGULAR_PARTICIPLES (2026-12): dev passive-voice 38 found / 9 false alarms / 4 missed
 * and team 12 / 0 / 0 both before and after, so it is not a dependency.
 */
import { words } from './words';

/** Forms of "be" that build a passive: "was made", "has been deployed", "will be reviewed". */
export const BE_FORMS = words`is are was were be been being wasn't weren't isn't aren't got gotten`;

/** Auxiliaries that belong to the passive when right before "be"/"been": "has been deployed", "will be reviewed". */
export const BE_AUXILIARIES = words`has have had will would could should must can may might hasn't haven't hadn't won't`;

/** Words allowed between "be" and the participle: "was then handed", "were quickly rolled back". */
export const BETWEEN = words`
  not never also then already just still all finally eventually soon later first again both only even now since ever successfully
`;

/** Past participles that do not end in -ed. */
export const IRREGULAR_PARTICIPLES = words`
  made built done given taken stood written rewritten chosen shown seen found told sent set put kept held brought bought sold led paid
  cut hit hurt left lost broken spent thrown won driven drawn forgotten hidden rebuilt redone rerun overlooked undertaken withdrawn
  begun frozen stolen sworn torn worn shaken overridden mistaken forbidden caught taught thought understood sought met read fed shut
  split spread struck stuck swept dealt meant heard laid bound ground wound rung sung sunk shrunk forgiven overseen overtaken overthrown
  overwritten rewound upheld withheld misread misled mislaid outgrown shot run overrun
`;

/**
 * Participles that describe a state or feeling rather than hide an action
 * ("I was interested", "the office is located in Pune", "we were supposed to").
 */
export const STATIVE_PARTICIPLES = words`
  interested excited worried concerned involved tired pleased surprised based located supposed used called named known limited required
  related dedicated committed motivated frustrated disappointed satisfied confused convinced aligned married born promoted elected
  scared annoyed bored amazed shocked stressed overwhelmed exhausted thrilled delighted relieved embarrassed ashamed prepared qualified
  experienced skilled talented determined focused engaged impressed inspired puzzled torn stuck done gone finished composed comprised
  allowed expected intended designed meant scheduled slated entitled titled headquartered staffed owned positioned equipped tasked
  blocked divided split structured distributed hosted needed affected impacted deprecated outdated broken unclear unknown missing
  stretched swamped understaffed overstretched overloaded overworked short-staffed burned burnt frightened terrified upset alarmed
  distressed devastated horrified startled unsettled reassured stoked chuffed gutted mortified cramped congested crowded overcrowded
  worn
`;

/**
 * Participles of things that happen to someone or something, with no one to
 * name ("the data was lost", "two nurses were injured"): no actor is hidden.
 * An outcome someone else granted or remarked on ("the resubmission was accepted", "the
 * sale was extended by a day", "falls risk was mentioned in half the handovers") hides
 * no act of the writer's either: blind readers never marked those. Nor a sale or a refusal, which buyers and the other
 * side make ("1,310 were sold as new", "the visa was refused"): 8 flagged in the blind dev part, none marked.
 */
export const EVENT_PARTICIPLES = words`
  lost damaged destroyed injured hurt killed hit flooded stolen wounded infected contaminated corrupted delayed stranded spent wasted
  left born
  accepted extended mentioned sold resold refused
`;

/** Present-tense forms of "be": "code is reviewed, then it is deployed" tells how a process works in general. */
export const PRESENT_BE = words`is are isn't aren't`;

/** Subordinators of a time clause, which sets the scene ("when the ticketing system was replaced"). */
export const TIME_CLAUSE = words`when while after before until once whenever`;

/** Openers of an embedded clause that describes a fact ("split them by how the appointment had been booked", "where it was bought"). */
export const EMBEDDED_CLAUSE = words`where how whether`;

/** Verbs of belief before a clause: "I had assumed accessibility was covered" tells what the writer believed, not an act. */
export const BELIEF_CLAUSE = words`assumed thought believed presumed figured`;

/** Participles that are a state when a span of time follows: "the cluster was closed over the Christmas break". */
export const TIMED_STATES = words`closed shut locked`;

/** Words after a timed state that give its span: "closed for repairs", "shut over the holiday", "locked until Monday". */
export const SPAN_WORDS = words`for over during until throughout`;

/** Words after "be" that end in -ed but are not verbs: "the ticket was red", "the team was talented". */
export const NOT_PARTICIPLES = words`
  red bed need speed seed feed bleed breed shed shred embed hundred sacred naked wicked rugged ragged jagged crooked beloved aged dogged
  learned blessed cursed wretched kindred heated detailed complicated outdated dated bloated sophisticated advanced unexpected
  unprecedented unrelated varied mixed
`;

/** Particles that belong to the verb: "was switched off", "were rolled back". */
export const PARTICLES = words`off out up down back away`;

/** Words after "by" that are not the one who acted: "by 40%", "by Friday", "by hand". */
export const BY_NOT_AGENT = words`
  far much half about around almost nearly roughly over more less then now noon midnight morning evening tonight tomorrow yesterday
  default design mistake accident hand email phone mail chance contrast comparison monday tuesday wednesday thursday friday saturday
  sunday january february march april may june july august september october november december q1 q2 q3 q4 eod eow launch release week
  month quarter year day another
`;

/** Nouns after "by a/an/the" that are not the one who acted: "by a third", "by the end of the week". */
export const BY_NOT_AGENT_NOUNS = words`
  factor third quarter half fifth tenth margin wide large small few lot fraction day week month year couple end time deadline weekend
  start next following morning afternoon evening launch release cutover date sprint monday tuesday wednesday thursday friday
  saturday sunday
`;

/** Subjects that already name who is involved: "I was asked to lead" is about me, not a hidden actor. */
export const PERSONAL_SUBJECTS = words`i we he she they you i'm we're they're he's she's you're i've we've they've`;

/** States of people that read as participles: "most of them were retired", "both parents were employed". */
export const PEOPLE_STATES = words`retired married employed unemployed divorced widowed disabled self-employed homeschooled`;

/** Subjects that are people, before a state of theirs. */
export const PEOPLE_SUBJECTS = words`
  them they people users patients members residents volunteers staff customers parents families students pupils clients nurses
  drivers most many some all half few
`;

/** Words that deny the act a passive names: "it never got migrated", "none of them had been flagged". */
export const NEGATIONS = words`not never n't wasn't weren't isn't aren't hadn't hasn't haven't none no neither nobody nothing`;

/** Words that make a past passive a routine, not one act: "every invoice was printed and posted", "orders were usually picked by hand". */
export const HABITUAL = words`every each usually always typically normally generally routinely weekly daily nightly monthly whenever`;
