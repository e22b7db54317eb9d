/*
 * Setbacks and the causes a writer gives them, for the cause-and-effect side of
 * `blame-shifting` (language/attribution.ts). Sources of regular expressions over
 * a lower-cased sentence with straight apostrophes, matched as whole words.
 */

import { words } from './words';
import { RUN_OUT_STATES } from './blame';

/**
 * What went wrong: a date slipped, a deal or customer lost, something broke or
 * was rolled back, money or time lost. Verbs in the past, as a story tells them.
 */
export const SETBACK_EVENTS: readonly string[] = [
  // Not a time of day: "the weekday late opening", "the late shift", "late-night clinics".
  // Not a slip of paper: "I drafted the slip", "a returns slip", "signed the delivery slips".
  String.raw`slipped|(?<!(?:drafted|printed|signed|designed|introduced|attached|returns|delivery|packing|pay|paying-in|deposit|` +
    String.raw`dispatch|consent|permission|booking|order)(?: (?:the|a|an|this|that|our|my|new|paper))? )slips?|` +
    String.raw`late(?![ -](?:openings?|shifts?|nights?|evenings?|finish(?:es)?|starts?|lunch|breakfast|` +
    String.raw`sessions?|slots?|appointments?|clinics?|surgery|surgeries)\b)|` +
    String.raw`delayed|delays?|missed|lost|failed|failures?|broke|broken|bricked|crashed|crash(?:es)?`,
  String.raw`outages?|downtime|killed|sank|sunk|died|derailed|collapsed|backfired|flopped|stalled|overran|overrun|over budget`,
  // Not a regression test: "run the regression check with me", "the regression suite".
  String.raw`churned|cancell?ed|scrapped|shelved|exploded|squeezed|regressions?(?! (?:checks?|tests?|testing|suites?|packs?|runs?)\b)|` +
    String.raw`incidents?|rejected|b-|c\+?`,
  String.raw`fell (?:through|apart|over|behind)|went (?:down|wrong|sideways|to (?:a|another) (?:[\w-]+ )?competitor)`,
  String.raw`took (?:\w+ )?down|rolled (?:it |us |\w+ )?back|rollback|pushed (?:back|out|twice)|got pushed|blew (?:up|it|the|our|a)`,
  String.raw`cost (?:us|me|the (?:team|company|business|deal|account|launch|project))|never (?:loaded|launched|shipped|arrived)`,
  // Goods held up and a project over its time: "the stock was stuck in Valencia port", "the build ran three weeks over".
  String.raw`(?:was|were) (?:slow|down|wrong)|stuck|ran (?:[\w-]+ ){1,3}(?:over|late)`,
  // Trouble that came back, an event that went badly, figures that were wrong.
  String.raw`(?:errors?|mistakes?|bugs?|problems?|issues?|complaints?|incidents?|outages?) (?:[\w-]+ ){0,2}?(?:came back|` +
    String.raw`happened again|returned|recurred|reappeared|crept back)`,
  String.raw`went (?:badly|poorly|over)|ran (?:over|late)|(?:numbers|figures|totals|counts|forecast|report|data|invoices?) ` +
    String.raw`(?:were|was) off`,
  // Something done twice that should be done once: "invoices went out twice", "customers were double-charged".
  String.raw`(?:went out|sent|charged|billed|posted|paid|shipped) twice|duplicated|double-(?:charged|billed|booked|counted)`,
  // A good measure falling: "CSAT dropped 6 points", "sales fell".
  String.raw`(?:csat|nps|conversions?|revenue|sales|sign-?ups|retention|satisfaction|bookings|orders|traffic) (?:[\w-]+ ){0,2}?` +
    String.raw`(?:dropped|fell|declined|dipped|plunged|tanked)`,
  // What could not happen, and business lost to a competitor: "could not start the campaign", "took a competitor brand".
  String.raw`(?:could not|couldn't|was unable to|were unable to) (?:start|launch|ship|open|go live|deliver|finish|run|make|meet|hit)`,
  String.raw`(?:took|chose|signed with|went (?:to|with)) (?:a|the|another) (?:[\w-]+ )?(?:competitor|rival)`,
  String.raw`cost (?:[\w-]+ ){1,2}?(?:a|an|\d[\d,.]{0,20}|[$\u00a3\u20ac]\d[\d,.]{0,20}|` +
    String.raw`two|three|four|five|several|hundreds|thousands)(?= )`,
];

/** Links from a setback to the cause told after it: "slipped because …", "fell through after …". */
export const CAUSE_AFTER: readonly string[] = [
  String.raw`(?:(?:mostly|mainly|largely|partly|purely|simply|only|all|just|entirely) )?(?:because(?: of)?|due to|thanks to|since)`,
  String.raw`(?:(?:mostly|mainly|largely|partly|purely|simply|only|all|just|entirely) )?(?:down to|caused by|after|when)`,
  // "The deal died in procurement; their legal team took nine weeks …": the cause as the next clause.
  String.raw`[;:\u2014\u2013]`,
];

/**
 * Words right after a setback noun that make it a measure that improved: "late deliveries dropped", "incidents fell by half".
 * Such a sentence reports a gain, whatever caused it.
 */
export const DECREASE_AFTER: readonly string[] = [
  String.raw`(?:[\w-]{1,30} ){0,2}?(?:dropped|fell|decreased|declined|halved|went down|came down|dried up|stopped|` +
    String.raw`disappeared)`,
];

/** Words right before a setback noun that deny or reduce it: "fewer outages", "no delays", "prevented a rollback". */
export const DENIED_BEFORE = words`
  no zero fewer less reduced reducing cut cutting prevented preventing avoided avoiding without halved fixing
`;

/** Links from a cause to the setback told after it: "…, which is why …", "…, and that is what killed …", "…, so we slipped". */
export const EFFECT_AFTER: readonly string[] = [
  String.raw`which is why|that's why|that is why|which (?:meant|caused|led to|left)|(?:and|which) (?:that|this|it)?(?: is| was|'s)? what`,
  // A word of its own, not the end of "also" or "demand".
  String.raw`(?:, )?(?<![\p{L}\p{N}'])(?:so|and so|and then|and|which)(?= )`,
  String.raw`[;\u2014\u2013:]`,
];

/**
 * What makes an act of another party a complaint rather than a neutral step:
 * a duty not done, done late or wrong, or a change made without warning.
 */
export const COMPLAINT_CUES: readonly string[] = [
  // Not a good outcome told with "never": "the hospital never ran dry".
  String.raw`never(?! r[au]n (?:${RUN_OUT_STATES})\b)|didn't|did not|failed to|forgot|refused|neglected|ignored|skipped|kept|` +
    String.raw`sat on|sitting on|dragged|dragging|only`,
  // "…because the platform team's address service wasn't ready", "…because IT hadn't opened the port".
  String.raw`late|slow|stalling|stalled|(?:wasn't|weren't|was not|were not|not) (?:yet |quite |fully )?ready|hadn't|had not`,
  String.raw`early|wrong|untested|without (?:telling|warning|asking|testing|checking|notice|any)|changed|cut|pulled|dropped`,
  // Not a habit of neglect dropped: "nights lost the habit of ignoring internal moves" (losing the habit of logging is).
  String.raw`took (?:(?:\w+|\d+) )?(?:days?|weeks?|months?|ages|forever)|(?:weeks|months|days) (?:late|over)|broke|missed|` +
    String.raw`lost(?! (?:the|their|his|her|that|this|its|an?|some) (?:old |bad )?habits? of (?:ignoring|skipping|missing|` +
    String.raw`forgetting|leaving|bypassing|cutting|dumping|sitting on|guessing)\b)`,
  String.raw`(?:moving|moved|changing|changed) the (?:goalposts|scope|requirements|spec)|promised|overpromised|rushed|half-finished`,
  String.raw`double-booked|overbooked|still (?:pointed|pointing|running|set)|left (?:it|them|the [\w-]+) (?:on|running)`,
];

/** Things another party made that a story names as the cause: "the vendor's update", "the platform team's change". */
export const CULPRIT_THINGS = words`
  change changes update updates patch patches deploy deployment release script job config configuration migration mistake error bug
  code tool build upgrade rollout cutover maintenance rebuild flag switch decision policy freeze
`;

/** Verbs by which a culprit thing did the harm: "the vendor's update bricked forty scanners". */
export const HARM_VERBS: readonly string[] = [
  String.raw`caused|broke|bricked|took (?:\w+ )?down|brought (?:\w+ )?down|killed|wiped|deleted|corrupted|triggered|crashed|flipped`,
  String.raw`knocked (?:\w+ )?(?:out|over|offline)|locked (?:\w+ )?out|overwrote|blocked|started`,
];

/** A setback told in the passive with another party as its agent: "we were held up for a month by procurement". */
export const SETBACK_BY: readonly string[] = [
  String.raw`delayed|held up|blocked|slowed(?: down)?|stalled|derailed|killed|sunk|broken|set back|pushed back|undermined`,
  String.raw`let down|hampered|overruled|vetoed|knocked out|taken down|brought down`,
];

/**
 * Parties whose act is blame only when the sentence complains about it: a customer leaving or asking is the
 * story's problem, and a bare pronoun may stand for anyone ("we lost the deal because they had no budget").
 */
export const NEEDS_COMPLAINT = words`client clients customer customers user users buyer buyers they he she`;
