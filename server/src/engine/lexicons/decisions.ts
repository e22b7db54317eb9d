/*
 * Decisions and the alternatives behind them, for `no-alternatives`.
 * Patterns are lower-case regular-expression sources matched as whole words
 * (see phrases.ts); the searched text has curly apostrophes straightened.
 */

import { words } from './words';

/** Who makes the decision: the writer or the writer's team. */
export const DECIDERS: readonly string[] = ['i', 'we', "i'd", "we'd", 'my team and i', 'the team and i', '(?:my|our) (?:team|group|squad)'];

/**
 * What "instead of" sets against a count or a measure, not against another course: "12 questions instead of 60", "twice a
 * day instead of once", "stale by hours instead of minutes".
 */
const COUNTS =
  String.raw`\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|` +
  String.raw`seventy|eighty|ninety|a hundred|hundreds?|a dozen|dozens|half|seconds|minutes|hours|days|weeks|months|years|once|` +
  String.raw`twice|daily|weekly|monthly|nightly|hourly`;

/** Words that may sit between the decider and the verb ("I eventually chose", "we had decided"). */
export const DECISION_ADVERBS: readonly string[] = [
  'then',
  'finally',
  'eventually',
  'ultimately',
  'also',
  'quickly',
  'therefore',
  'so',
  'initially',
  'first',
  'together',
  'jointly',
  'deliberately',
  'consciously',
  'intentionally',
  'carefully',
  'personally',
  'later',
  'soon',
  'had',
  'have',
  'instead',
  'again',
  'still',
  'just',
  '\\w+ly',
  // Spoken fillers in a transcript: "I, um, basically moved the accruals into the template".
  'basically',
  'sort of',
  'kind of',
  'um,?',
  'uh,?',
  'er,?',
];

/** Verbs and phrases that state a design or strategy decision. */
export const DECISION_VERBS: readonly string[] = [
  'decided',
  'chose',
  'chosen',
  'opted',
  'picked(?! up| it up| them up)',
  'selected',
  'settled on',
  'went with',
  'designed',
  'architected',
  'proposed',
  // Pitching a design to the people who fund it: "we pitched a central platform to leadership".
  'pitched(?! in\\b)',
  // Advocating a design is deciding for it: "I pushed for a monorepo", "I argued for one shared schema".
  '(?:pushed|argued|advocated|lobbied) for(?! (?:more|a raise|time|help|headcount)\\b)',
  'bet on',
  'suggested',
  'recommended',
  // Not "made the call to the customer", a phone call.
  'made the (?:call(?! to (?:the|a|an|my|our|their|his|her|him|them|us)\\b)|decision|choice)',
  'took the decision',
];

/**
 * Decisions told as the move itself: "I moved the pipeline to Kafka", "I rewrote the service in Go". With the writer as
 * decider ("I", "my team and I"), or "we" right before the move ("we moved the bank step to after the first budget"): a
 * team's change of design is a decision too. Not "our team also moved …", and not "we" carried on from an earlier verb,
 * which is one step among the team's many.
 */
export const OWN_DECIDERS: readonly string[] = ['i', "i'd", 'my team and i', 'the team and i'];
/**
 * A relocation: "I moved the pipeline to Kafka". Carried on from an earlier verb ("I removed the
 * questionnaire and moved its two questions into the first booking") it is one edit among several,
 * not the decision, so the rule reads it only right after its subject.
 */
export const RELOCATION_DECISION =
  '(?:moved|migrated|switched|ported|shifted|transitioned|converted) ' +
  // A bracketed aside in the object counts as one word: "ported the three read endpoints (summary, documents and times) into".
  '(?!(?:on|ahead|back|house|offices?|desks?|teams?|roles?|jobs?)\\b)(?:\\([^()]{1,80}\\) |' +
  // Up to twelve words ("all the baseline compute for the databases and the Kafka brokers"), none that opens a clause of its
  // own: "moved Jordan two rows over so they weren't sat back to back" moves no object "to" anything.
  "(?!(?:to|onto|into|so|because|but|which|when|while)\\b)[\\w'./+&%()-]+ ){1,12}?" +
  // "moved the lower threshold from €8,000 to €9,000": a figure's thousands separator is part of its word.
  "(?:from (?:[\\w'./+&\u00a3$\u20ac-]+(?:,\\d{3})* ){1,4}?)?(?:to|onto|into|→|->)(?= (?!\\d|" +
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|' +
  'wednesday|thursday|friday|saturday|sunday|next|tomorrow|later|q[1-4]|h[12]|' +
  'a later|the following|the end|the start|early|late)\\b))';
/**
 * Building a solution of a design kind is choosing it: "I built a barcode scanner", "I set up autoscaling" (not a fix or a
 * task step: "added the missing index", "wrote the API"). Only the writer's own: "we added a cache" is one of the team's steps.
 */
export const BUILD_DECISION =
  '(?:built|created|designed|set up|implemented|developed|wrote|added|rolled out|automated|launched|' +
  'piloted|introduced|brought in|switched on|turned on) (?:(?:a|an|the|our|my|some) )?(?:(?:new|simple|small|' +
  'custom|shared|single|central|automated|internal|nightly|daily|weekly|basic|quick|separate|dedicated|' +
  'lightweight) )?(?:[\\w-]+ ){0,2}?(?:tool|system|service|pipeline|process|rota|workflow|model|schema|' +
  'architecture|cache|caching|queue|scanner|integration|microservice|platform|playbook|policy|' +
  'programme|layout|autoscaling|sharding|classifier|heuristic|algorithm|bot|star schema|tab bar|' +
  'navigation|rubric|scorecard|triage|tracker|campaign|series|initiative|chat|channel|portal|helpline|hotline)s?(?![\\w-])';
/**
 * A change of shape told as the writer changing a thing to another ("I changed the price alert to daily"), read as a relocation
 * is; last of the moves, so the narrower "changed" readings have their turn first. Not the writer's own shift, mind or plans.
 */
export const CHANGED_RELOCATION = RELOCATION_DECISION.replace(
  /^\(\?:moved[^)]*\) /,
  'changed (?!(?:my|our) (?:mind|minds|shifts?|hours|days?|plans?|roles?|jobs?|seats?|flights?|tickets?)\\b)',
);
export const MOVE_DECISION_VERBS: readonly string[] = [
  RELOCATION_DECISION,
  // "rewrote the query by hand with a window function", not "rebuilt the screens with the designer".
  "(?:rewrote|re-?wrote|rebuilt|re-?built|re-?implemented) (?:[\\w'./-]+ ){1,5}?(?:in|as|using|to use|from scratch|on|" +
    'with (?:a|an)(?! (?:colleague|contractor|designer|developer|engineer|friend|teammate)\\b)|' +
    // "I rewrote the policy down to a four-step consequence system".
    '(?:down )?to (?:a|an|one|two|three|four|five|six)(?= [\\w-]+ (?:[\\w-]+ )?(?:system|process|model|policy|step|page|rule|' +
    'template|form|screen|flow|service|format|stage|list|checklist)s?\\b)|into (?:a|an|one|two|three))(?= )',
  '(?:re-?architected|re-?platformed|redesigned)',
  "replaced (?:[\\w'./-]+ ){1,6}?with",
  "(?:built|implemented|developed|deployed|wrote|created) (?:[\\w'./-]+ ){1,6}?(?:using|on top of|based on)",
  '(?:introduced|adopted|standardi[sz]ed (?:(?:the|our|my|every) [\\w-]+ )?on|went with)',
  BUILD_DECISION,
  // A change of shape chosen by the writer, with or without "decided": "I moved the button up", "I split the form into
  // five steps", "I merged the two queues into one", "I made the medication list optional", "I turned the FAQ into a wizard".
  // Not "brought it up in the review" or "pulled the report up": raising a topic or opening a file.
  '(?:moved|shifted|brought|pulled|put) (?!(?:it|this|that|them|the (?:issue|topic|problem|subject|point|idea|report|file|data)) up\\b)' +
    "(?:[\\w'./-]+ ){1,5}?(?:up|earlier|forward|upfront|in-house|online|offline)(?=[ .,;]|$)",
  // Not "split the work into 14 tickets": dividing work is planning, not a design.
  'split (?!(?:the |our |my |this )?(?:work|tasks?|tickets|time|costs?|bill|difference|load|team|stories)\\b)' +
    "(?:[\\w'./-]+ ){1,5}?(?:into|in two|in half|across|between)",
  "(?:merged|consolidated|combined|folded) (?:[\\w'./-]+ ){1,5}?(?:into|with)",
  'made (?:the |a |an |our |every |each |all |its )?(?:[\\w-]+ ){0,3}?(?:optional|mandatory|self-serve|self-service|' +
    'automatic|asynchronous|async|read-only|opt-in|opt-out|the default|[\\w]+-only)',
  // A shorter or simpler version of the thing, made by the writer: "I sort of made a shorter version, around 12 items".
  '(?:made|built|created|designed|wrote|drafted) (?:a|an) (?:much |far )?(?:shorter|simpler|leaner|lighter|smaller|slimmer) ' +
    '(?:version|form|template|process|checklist|rota|workflow)',
  // A change of how something works, told with its purpose: "I changed the booking so pts book a block of 6".
  // Not "changed the date so the whole team could attend": a date, a time or a room is no design.
  "changed (?:the|our|my) (?!(?:date|dates|time|times|day|days|meeting|slot|venue|room|password)\\b)(?:[\\w'./-]+ ){1,3}?so" +
    '(?= (?:that )?[\\w])',
  "(?:turned|converted) (?:[\\w'./-]+ ){1,5}?into",
  // A switch of supplier or tool: "we moved to a new caterer", "I changed all our zippers to a new supplier in Ningbo".
  "(?:moved|changed|switched|swapped) (?:(?:[\\w'./-]+ ){1,5}?)?(?:over )?to (?:a|an) (?:new|different|cheaper|local|second) " +
    '(?:[\\w-]+ )?(?:supplier|provider|vendor|caterer|contractor|courier|carrier|haulier|agency|tool|system|platform|app|bank|' +
    'printer|cleaner|cleaning company|firm|partner|wholesaler|laundry)s?\\b',
  // Back to the old way, chosen: "I went back to the paper diary", "we went back to the old spreadsheet".
  'went back to (?:the|a|our) (?:old |previous |paper |manual |original )(?:[\\w-]+ )?(?:diary|spreadsheet|sheet|system|process|' +
    'rota|form|tool|version|way|register|book|board|list)\\b',
  // A layout or order redone for a purpose: "I rebuilt the slotting so that look-alike SKUs sat three bays apart".
  "(?:rebuilt|reworked|redid|rearranged|re-?slotted|re-?laid out|reordered|re-?sequenced) (?:[\\w'./-]+ ){1,8}?" +
    '(?:so that|so(?= (?:the|our|my|every|each|all|tickets|orders|staff|people|customers|users|pupils|students|it|they)\\b)|' +
    'to make|to keep|to put|to group|to separate|to use)',
  '(?:re-?structured|re-?organi[sz]ed|centrali[sz]ed|decentrali[sz]ed|standardi[sz]ed)',
  // A rule or a mechanism put in by the writer: "I set a flat rule of 13:00", "I rolled out an auto-refund macro".
  "set (?:up )?(?:a|an|one) (?:[\\w'./-]+ ){0,3}?(?:rule|policy|threshold|limit|cap|cut-?off|standard)(?= )",
  "(?:rolled out|brought in|put in place) (?:a|an|the|one|our|my) (?:[\\w'./-]+ ){0,3}?(?:macro|rule|policy|process|workflow|" +
    'template|checklist|rota|schedule|form|triage|system|script|scheme|standard|cut-?off)s?(?=[ .,;]|$)',
  // A way of working changed to another shape: "I changed the rota to 4 on / 4 off", "changed the shift pattern to two staggered shifts".
  'changed (?:the |our |my |their )?(?:[\\w-]+ )?(?:rota|shift pattern|shifts|schedule|process|format|layout|workflow|policy|' +
    'structure|set-?up|model|approach|flow|template|form|timetable) (?:to|into)(?= )',
  // A new way of working moved to: "we moved to a 'core plus flex' model on nights", "switched to a two-shift pattern".
  "(?:moved|switched|changed|went) (?:over )?to (?:a|an) (?:[\"'\u201c\u2018]?[\\w'-]+[\"'\u201d\u2019]? ){0,4}?(?:model|system|" +
    'process|approach|pattern|rota|structure|set-?up|format|schedule)(?=[ .,;]|$)',
  // Money, space or people put behind one thing: "I put more space into bedding", "moved more budget onto search".
  '(?:put|moved|shifted) more (?:space|budget|money|stock|staff|people|time|spend|hours) (?:into|onto|behind|towards|to|on)(?= )',
  // One thing put in another's place: "I took the cache out and put Redis in its place".
  "put (?:[\\w'./-]+ ){1,3}?in (?:its|their) place",
  // A price lever in plain words: "we reviewed the menu and put prices up".
  'put (?:the |our |my |their )?prices up',
  // Scope cut with what stayed named: "I dropped the custom report builder and kept the eight fixed reports".
  "(?:removed|dropped|ditched|cut|scrapped) (?:the|a|an|our|their|its|one|two|three|four|five|six|\\d+) (?:[\\w'./-]+ ){0,3}?" +
    'and kept(?= )',
  // A spending lever pulled across the board: "I froze all non-customer travel", "capped overtime at 10 hours a week".
  "(?:froze|capped) (?:all|every|our|the) (?:[\\w'-]+ ){0,3}?(?:travel|hiring|spend|spending|recruitment|overtime|budgets?|" +
    'headcount|expenses|bonuses|pay|prices|discounts)(?=[ .,;]|$)',
  // Outside help hired for the work: "I brought in a slotting consultant to re-map the fast movers", "brought in two locums".
  '(?:brought in|hired|engaged|took on|signed) (?:a|an|two|three|four|some|outside|external) (?:[\\w-]+ ){0,2}?(?:consultants?|' +
    'contractors?|agency|vendor|firm|specialists?|locums?|temps?|freelancers?|interim|company|supplier|provider|carrier|courier)' +
    '(?=[ .,;]|$)',
  // An idea of the writer's own made into the plan: "I came up with the 'Bake it forward' idea", "came up with a new format".
  'came up with (?:the|a|an|this|my) (?:[\\w"\'-]+ ){0,4}?(?:idea|plan|concept|design|approach|format|scheme|campaign|' +
    'structure|model)(?=[ .,;]|$)',
  // A new instrument made by the writer: "I built a new Excel template for the handover", "I set up a new framework with
  // Playwright", "I made a buddy system". Not "wrote the incident template" or "added a form field": filling in or adding to one.
  '(?:built|created|designed|set up|made|put together|introduced|brought in|rolled out|launched) (?:a|an|one) ' +
    "(?:(?:new|single|shared|simple|small|custom|central|online|digital|automated|proper|standard|basic) )?(?:[\\w'./-]+ ){0,2}?" +
    '(?:template|framework|checklist|spreadsheet|test suite|wizard|scheme|buddy system)s?(?=[ .,;]|$)',
  // A thing cut down to a smaller shape: "I cut the script down to a one-page flow" (not "cut the wait down to 4 minutes").
  "cut (?:[\\w'./-]+ ){1,4}?down to (?:a|an|one|two|three|four|five|six|\\d+)(?:-page)? (?:[\\w-]+ )?(?:page|screen|step|question|" +
    'field|flow|form|list|checklist|sheet|script|version|template|stage|item|section|slide|rule|categor(?:y|ie))s?(?=[ .,;]|$)',
  // Work moved onto one mechanism: "I took the whole rota onto a shared sheet", "put every request into one tracker".
  "(?:took|put|brought) (?:[\\w'./-]+ ){1,5}?(?:onto|into|on to|in to) (?:a|an|one|the|our) (?:(?:new|single|shared|central|online|" +
    'common|live) )?(?:sheet|spreadsheet|system|tool|platform|board|tracker|database|app|form|queue|calendar|inbox|channel|' +
    'template|workflow)s?(?=[ .,;]|$)',
  // A new practice the writer took up: "I started screening TTOs on the ward as soon as they were written".
  '(?:started|began) (?!(?:working|looking|thinking|talking|asking|feeling|noticing|wondering|getting|worrying|panicking|' +
    'crying|shouting|going|coming|making|doing|trying|seeing|hearing|reading|writing|running|planning|learning|' +
    "losing|missing|falling|slipping)\\b)[\\w-]{3,30}ing (?!(?:to|up|out)\\b)[\\w'-]+",
  // A limit set tighter or looser: "tightened the velocity rule to three card payments in ten minutes".
  "(?:tightened|loosened|relaxed|raised|lowered) (?:the |a |our |my |every )?(?:[\\w'./-]+ ){0,2}?(?:rule|policy|threshold|limit|" +
    'cap|cut-?off|tolerance)s?(?=[ .,;]|$)',
  // A method chosen for the work: "used a survival model on four years of renewals", "went for a gradient-boosted classifier".
  '(?:used|went for|applied|trained|fitted|fit) (?!(?:the|our|my|this|that|their|its|his|her|existing)\\b)' +
    "(?:a |an )?(?:[\\w'./-]+ ){0,2}?(?:model|algorithm|classifier|regression|architecture|framework)" +
    '(?= (?:on|for|to|over|with|across|trained)\\b)',
  // One tool dropped for another: "removed moment.js and used date-fns", "dropped the vendor in favour of an in-house script".
  "(?:removed|dropped|ditched|swapped out|retired) (?:[\\w'./-]+ ){1,4}?(?:and (?:used|switched to|moved to|went with)|in favou?r of|" +
    'for (?:a|an) (?:[\\w-]+ )?(?:in-house|custom|simpler|lighter|smaller|cheaper))(?= )',
  // A setting or an offer changed into another shape: "changed our Saturday rate to a package with breakfast included".
  "changed (?:our|the|my|their) (?:[\\w'./-]+ ){1,3}?(?:to|into) (?:a|an) [\\w-]+",
  // A price or another lever the writer sets, changed: "increased the per-drop rate by 15%", "cut the delivery windows from four
  // to two". Not a rate that measures an outcome ("cut the error rate from 5% to 1%"), which is a result.
  '(?:increased|raised|put up|cut|reduced|lowered|dropped|brought down|doubled|halved) (?:the |our |my |their |its )?' +
    "(?:[\\w'./-]+ ){0,3}?(?:prices?|pricing|fees?|(?:per-[\\w-]+|hourly|daily|day|delivery|shipping|call-out|overtime|pay|agency) " +
    'rates?|delivery windows|opening hours|minimum order|discounts?|commission|(?:discretionary |marketing |agency |overtime )?' +
    '(?:spend|spending|budgets?)|headcount)(?= (?:(?:for|in|across) (?:[\\w-]+ ){1,3}?)?(?:by|from|to)\\b)',
  // A date put back: "I pushed the launch back to January", "postponed the go-live until Q3" (not "moved our launch to
  // November", a date fitted to someone else's freeze).
  '(?:(?:postponed|deferred|delayed|pushed back|put back) (?:the |our |my )(?:[\\w-]+ )?(?:launch|release|go-live|roll-?out|cutover|' +
    'pilot|deadline|deployment|opening|refresh|upgrade|refit|renovation|purchase|hiring|recruitment)(?: date)?|' +
    '(?:moved|pushed|put) (?:the |our |my )(?:[\\w-]+ )?(?:launch|release|go-live|roll-?out|' +
    'cutover|pilot|deadline|deployment|opening)(?: date)? back) (?:to|until|into)(?= )',
  // A pricing model moved to, in notes: "moved to per-seat: \u00a349 for the first 3 seats", "switched to usage-based billing".
  '(?:moved|switched|migrated|changed|went) (?:over )?(?:to|onto) (?:a |an )?(?:per-[\\w-]+|[\\w-]+-based|flat[- ]rate|tiered|' +
    'annual|subscription)(?= (?:pricing|billing|plans?|model|charging|fees?)\\b|[:;,.]|$)',
  // "I led the move of our ledger database from Postgres to Aurora".
  "(?:led|did|done|drove|ran|owned|handled) the (?:move|migration|switch|shift) (?:of (?:[\\w'./-]+ ){1,6}?)?(?:to|from|onto)(?= )",
  // A price set by the writer: "I set the annual charge at £52 per bin".
  'set (?:the|our|a) (?:[\\w-]+ ){0,2}?(?:charge|price|fee|rate|tariff|subscription|premium)s? at(?= )',
  // People put on the work the writer chose for them: "I put the experienced people on loading", "put a pharmacist on the
  // wards in the afternoons", "put her straight onto the ledger rewrite". Not "put the slides on the drive": people only.
  '(?:put|moved|assigned|reassigned|switched) (?:her|him|them|(?:the|a|an|our|my|one|two|three|four|five|six|both) ' +
    "(?:[\\w'-]+ ){0,2}?(?:people|staff|pharmacists?|nurses?|engineers?|developers?|testers?|pickers?|loaders?|drivers?|" +
    'agents?|analysts?|seniors?|juniors?|volunteers?|teachers?|chefs?|cooks?|technicians?|designers?|specialists?|hires?|' +
    'starters?|temps?|contractors?|operators?|cashiers?|porters?)) (?:straight |permanently |full-time |instead )?(?:on|onto|on to)(?= )',
  // A screen or a step made to work another way: "I changed checkout to show the annual saving in pounds", "changed the form
  // to ask for the postcode first". Not "changed the date to Friday".
  "changed (?:the|our|my) (?!(?:date|dates|time|times|day|days|meeting|slot|venue|room|password)\\b)(?:[\\w'./-]+ ){1,2}?to " +
    '(?:show|display|default|use|ask|require|send|open|start|load|skip|hide|group|sort|list|prefill|pre-fill)(?= )',
  // Things laid out again for a purpose: "I moved the rails around so the womenswear was at the front".
  // Not "moved the chairs around so I could see the gate": the writer's own convenience.
  "(?:moved|shifted|swapped) (?:[\\w'./-]+ ){1,4}?(?:around|round|about) so(?: that)?(?= (?!(?:i|we|i'd|we'd)\\b))",
  // A way of working changed as a whole: "we changed how we board at Gatwick", "I changed how the team hands over" (not
  // "I changed how I run deals", the writer's own habit after a setback: a lesson).
  "changed (?:the way|how) (?:we|the (?:[\\w'-]+ )?(?:team|staff|shift|store|ward|desk|branch|site)|our (?:[\\w'-]+ )?" +
    '(?:team|staff|shifts?|stores?))(?= [\\w-]+)',
  // A line of work ended by the writer: "I shut it down and moved the team to the new product", "closed the Monday lunch".
  '(?:shut|wound|closed) (?:it|the (?:[\\w-]+ ){0,2}?(?:product|line|service|site|store|branch|office|programme|program|' +
    'scheme|shift|restaurant|clinic|channel|app|team|lunch|project)) down(?= and (?:moved|put|switched|redeployed|' +
    'reassigned|focused|shifted|spent))',
  // A supplier chosen: "I signed us up with a cloud device-farm vendor".
  '(?:signed|sign) (?:us|the team|the company|the school|the department|our (?:team|department|school|company)) up (?:with|for)(?= )',
  // A rule the writer laid down: "I set the rule that a release candidate is blocked unless ...".
  '(?:set|made|laid down|brought in) (?:the|a|it a|one) (?:simple |hard |new |firm )?rule(?= that )',
  // Money moved to another use: "used the second slot's budget for a contractor".
  "(?:used|spent|put|moved|redirected|diverted|reallocated|switched) (?:the |our |my |that )?(?:[\\w'-]+ ){0,2}?budget " +
    '(?:for|on|to pay for|into|towards)(?= )',
  // Rebuilt by the writer's own hand rather than bought or left: "I rebuilt it myself", "rewrote the macro from scratch".
  "(?:rebuilt|re-?built|rewrote|re-?wrote) (?:it|them|the (?:[\\w'-]+ ){0,2}?[\\w-]+) (?:myself|from scratch)(?=[ .,;]|$)",
  // An order of rollout chosen: "I launched us in Manchester first", "rolled it out in the two smallest stores first".
  "(?:launched|opened|piloted|rolled (?:it |this |them )?out)(?: (?:us|it|the [\\w-]+))? (?:in|at) (?:[\\w'-]+ ){1,3}?first(?=[ .,;]|$)",
  CHANGED_RELOCATION,
];

/** Words that end the writer's clause before a further verb: a new subject or a subordinate clause ("I asked, and they moved …"). */
export const CLAUSE_BREAKS: readonly string[] = [
  'we',
  'they',
  'he',
  'she',
  'it',
  'you',
  'who',
  'which',
  'that',
  'because',
  'so',
  'but',
  'when',
  'while',
  'if',
  'after',
  'before',
  'since',
  'until',
  'once',
  'whether',
];

/** What a thing can be turned into by design: a system, a process, a document ("became a small Postgres database"). */
export const MECHANISMS: readonly string[] = [
  String.raw`database|system|service|process|tool|form|sheet|spreadsheet|tracker|queue|stream|pipeline|job|script|app|dashboard`,
  String.raw`rota|schedule|rule|policy|checklist|template|workflow|stand-?up|huddle|review|report|board|channel|api|cache|register`,
  String.raw`portal|platform|library|module|microservice|monolith|batch|cron|feed|wiki|handbook|playbook|runbook|rubric|scheme`,
];

/** Participles of a decision told in the passive, whatever follows: "it was decided that", "a new process was introduced". */
export const PASSIVE_DECISIONS = words`
  decided agreed chosen selected introduced adopted redesigned rearchitected re-architected postponed paused revised restructured
  reorganised reorganized centralised centralized standardised standardized consolidated
`;

/** Participles that are a decision only with the word after them: "was replaced with", "were migrated to". */
export const PASSIVE_MOVES = words`replaced-with migrated-to migrated-onto ported-to switched-to switched-over rewritten-in rewritten-as`;

/** "my decision was", "our recommendation": a decision stated as a noun. */
export const DECISION_NOUNS: readonly string[] = [
  // "The decision was made to close the restaurant on Mondays", "a decision was taken to close the upper floor".
  // Also in notes with no article: "call was made to ship v3 to 100%" (not "a call was made to the client").
  '(?:(?:the|a) )?(?:final )?(?:decision|call) (?:was|got|had been) (?:made|taken) ' +
    'to(?! (?:the|a|an|my|our|their|his|her|him|them|us|me)\\b)',
  // In notes, with no verb: "Decision taken to cancel the last 6 departures."
  '^(?:final )?decision (?:taken|made) to(?! (?:the|a|an|my|our|their|his|her|him|them|us|me)\\b)',
  // "The launch was moved to Q3": a date put back, its decider left out.
  '(?:the|our|my) (?:[\\w-]+ )?(?:launch|release|go-live|roll-?out|cutover|pilot|deployment|opening)(?: date)? (?:was|got|had been) ' +
    '(?:moved|pushed|put) (?:back )?(?:to|until|into)',
  '(?:my|our) (?:decision|recommendation|proposal|choice|call|approach) (?:was|to|is)',
  // The writer's own fix named as the course: "my fix was to put the fast movers by the dock", "my solution was a buddy system".
  'my (?:fix|solution|idea|answer) (?:for (?:it|this|that) )?was (?:to|a|an)(?= )',
  // A price set anew, in notes: "School plan: \u00a33 \u2192 \u00a34 per pupil per year".
  '(?:price|pricing|plan|fee|charge|tariff|subscription)s?:? (?:[$\\u00a3\\u20ac] ?)?\\d[\\d.,]*(?: [\\w-]+){0,4}? ?' +
    '(?:\\u2192|->) ?(?:[$\\u00a3\\u20ac] ?)?\\d',
  // "The obvious move was a third shift": a course taken as self-evident, the alternatives never weighed.
  'the (?:obvious|natural|logical|simplest|easiest|quickest) (?:move|call|choice|fix|answer|solution|step|thing to do) (?:was|is)',
  // The course named as what the writer arrived at: "the plan I landed on was to build everything from the design system",
  // "the approach I settled on was a nightly diff".
  '(?:the|my) (?:plan|approach|fix|solution|design|option|route|answer|model|setup) (?:that )?(?:i|we) (?:eventually |finally |quickly )?' +
    // (Not "went with" or "came up with": the message would quote the phrase cut before its last word.)
    '(?:landed on|settled on|chose|picked) (?:was|is)',
];

/**
 * What follows a decision verb when the decision is about a conversation or a
 * personal step rather than a design or strategy ("I decided to talk to her").
 */
export const NOT_A_DESIGN_DECISION: readonly string[] = [
  '(?:to|that i would|that i should|that we would|that we should|(?:that )?we(?: (?:should|could|might))?) ' +
    '(?:(?:first|personally|also|then|just|immediately) ' +
    ')?(?:talk|speak|reach out|meet|schedule|set up (?:a|an|some) (?:meeting|call|1:1|one-on-one)|ask|call|email|message|ping|sit ' +
    'down|have (?:a|an) (?:chat|conversation|talk|discussion|1:1|one-on-one)|escalate|raise|bring (?:it|this) up|take ' +
    'ownership|own|take the lead|lead|step up|step in|help|volunteer|learn|study|read|dig|dive|investigate|look into|find ' +
    'out|understand|write (?:up|down)|document|share|loop in|involve|pair|mentor|coach|give|stay|work ' +
    '(?:late|over|through)|apologi[sz]e|listen|shadow|join|attend|present|thank|celebrate|trust|support|ignore|wait)',
  '(?:him|her|them|me) for',
  // "I chose the sample for moderation", "I picked the date": choosing among items, not a design.
  '(?:the|a|our|my) (?:[\\w-]+ )?(?:sample|samples|date|dates|time|day|slot|room|venue|winners?|candidates?|name)\\b',
  // "I went with the team to the customer site": company, not a choice.
  '(?:the |my |our )(?:team|manager|boss|colleagues?|friends?|lead) (?:to|into|on)\\b',
  'to be (?:honest|transparent|open)',
];

/** Words and phrases that show alternatives or trade-offs were weighed. */
export const ALTERNATIVES: readonly string[] = [
  'alternatives?',
  'alternatively',
  'options?',
  'trade[- ]?offs?',
  'trade off',
  'traded off',
  // Not "with 2 donors instead of 3": a count missed, not another course.
  // Nor "stale by hours instead of minutes": one measure against another.
  // Nor "twice a day instead of once": a new frequency, not another course.
  `(?<!(?:seconds|minutes|hours|days|weeks|months|years|ms) )instead of(?! (?:${COUNTS})\\b)`,
  'rather than',
  // A fallback kept or weighed ("kept A as fallback"), not "I added a fallback to WhatsApp OTP", a mechanism built.
  '(?<!(?:added|built|wrote|implemented|created|introduced|set up|put in) (?:a |an |the )?(?:[\\w-]+ )?)fallbacks?',
  // Not "2.2% vs 3.9%": two measurements side by side.
  '(?<![\\d%] )versus',
  '(?<![\\d%] )vs\\.?',
  'v\\.',
  'weigh(?:ed|ing|s)?',
  'consider(?:ed|ing|ation|ations)',
  // "compared a replica with an index", not "a comparison harness" or "30% faster compared to last year"
  // nor "conversion went way up compared with the old pass", a result against a baseline.
  '(?<!(?:that|which|job|script|check|tool|test|query|automatically|nightly|monitor|up|down|higher|lower|better|worse|' +
    "faster|slower|more|less|rose|fell|grew) )compar(?:ed|ing) (?!to )(?:[\\w'/-]+ " +
    // Not "night and day compared with before": a measure against its past, with nothing compared by anyone.
    '){1,6}?(?:with|against|versus|vs)',
  'compar(?:ed|ing) (?:the )?(?:two|three|four|several|a few|both|options|approaches|designs|vendors|tools|libraries|frameworks)',
  'comparisons? of (?:the )?(?:two|three|options|approaches|designs|vendors|tools|libraries|frameworks)',
  // "I built a one-page comparison and walked my manager through it": the courses laid side by side.
  '(?:built|did|made|ran|wrote|drew up|put together|showed|presented) (?:a|an|the|my) (?:[\\w-]+ ){0,2}?comparison' +
    '(?! (?:harness|job|script|tool|test))',
  'pros and cons',
  // Courses laid out as what the writer could do: "I could wait for no-shows. … Or I could choose who to walk early."
  'or (?:i|we) could(?! (?:not|never|barely|hardly)\\b)',
  // The road not taken, looked back on: "if I had gone straight to the scanner idea, I would have solved the wrong problem".
  "if (?:i|we) (?:had|'d) (?:gone|went) (?:straight |instead )?(?:to|with|for)(?= )",
  'ruled out',
  'rul(?:e|ing) out',
  'at the (?:cost|expense|price) of',
  'downsides?',
  'upsides?',
  'drawbacks?',
  'approaches',
  'decided against',
  'chose not to',
  'opted not to',
  'decided not to',
  // "whether to rebuild or patch", "whether we should wait"; not "asked whether we could roll it out to medicine", a request.
  'whether (?:to|or|(?:we|i)(?: really)? (?:should|ought|need(?:ed)?|had to|went|go)\\b)',
  'choices',
  'choose between',
  'chose between',
  'choice between',
  'decide between',
  'decided between',
  'picking between',
  'the other (?:option|approach|choice|path|route|design|way)',
  'another (?:option|approach|path|route|way|design)',
  '(?:two|three|four|five|several|a few|multiple|both) ' +
    '(?:ways|paths|routes|designs|candidates|vendors|tools|libraries|frameworks|proposals|plans|prototypes|solutions|models|architectures)',
  'shortlist(?:ed)?',
  'bake[- ]off',
  'head[- ]to[- ]head',
  // Two options run against each other, not a parallel run of old and new ("ran both warehouses side by side").
  '(?:tested|tried|compared|evaluated|trialled|trialed|prototyped|piloted) (?:[\\w-]+ ){1,4}?side[- ]by[- ]side',
  'a/b test(?:ed|s)?',
  'prototypes',
  '(?:looked at|explored|investigated|researched|assessed|reviewed|tested|tried|prototyped|spiked) (?:two|three|four|several|a few|a ' +
    // Not "tried three times": a count of attempts, not of options.
    'couple of|multiple|various|different|both)(?! (?:times|weeks|days|months|years|hours|nights|attempts)(?![\\w-]))',
  // "could have patched it instead" weighs another course; "could have launched sooner" only looks back.
  "(?:could|would|might) (?:have|'ve) (?:(?:just|simply|also|instead) )?(?:used|chosen|picked|gone with|gone " +
    'for|built|bought|kept|stayed ' +
    ('with|taken|adopted|patched|rewritten|extended|forked|outsourced|hired|licensed|cached|sharded|' +
      'replicated|migrated|switched|waited|shipped a|hacked|bolted)'),
  // What an option would cost ("it would add latency"); "I would add the monitoring earlier" is hindsight, not an option.
  "(?<!(?:^|[^\\w'])(?:i|we|i'd|maybe i|probably i) )would (?:cost|take|mean|require|need|add|double|break|force|lock|slow|delay)",
  'sacrific(?:e|ed|ing)',
  // An option's upside named as what it would have bought: "I could have released on a verbal check, which would have
  // been quicker, but …"; "I wasn't willing to trade that for a few hours".
  "would (?:have|'ve) been (?:much |a lot |far |a bit )?(?:quicker|faster|cheaper|easier|simpler|safer)",
  'trade (?:that|it|this|them) (?:off )?for',
  'in exchange for',
  'the price was',
  'build (?:vs\\.?|versus|or) buy',
  'buy (?:vs\\.?|versus|or) build',
  'accepted the (?:risk|cost|extra|trade)',
  'plan b',
  // "I thought about to use a bigger tool like Great Expectations but it was more setup": a course considered, in any English.
  "(?:thought|thinking) (?:about|of) (?:to )?(?:use|using|[\\w-]{2,30}ing)(?![\\w'-])",
  // One course costed against another: "I costed moving to a school hall, about £840, against hiring four radiators".
  "(?:costed|priced(?: up)?|weighed up) (?:[\\w'\u00a3$\u20ac\u2013\u2014,.()-]+ ){1,25}?against",
  // A choice made after seeing the candidates side by side: "Went with OrisCloud after the demos", "after three quotes".
  '(?:after|from) (?:the|some|several|two|three|four|five|all the|both) (?:[\\w-]+ )?(?:demos|quotes|bids|tenders|test drives)',
  // A disagreement sets the writer's course against someone else's: "I didn't agree, and I suggested we split it".
  "(?:i|we) (?:didn't|did not) agree|i disagreed|(?:i|we) pushed back (?:on|against)|i objected",
];

/**
 * Comparisons and words that count as a trade-off only in the decision sentence or the one after it ("because it was
 * cheaper than …", "I chose a queue instead"). Anywhere else in a story they mean other things: "the flag was flipped for all
 * users instead", "patients gave up halfway", "the client rejected the first draft", "compromised accounts".
 */
export const NEAR_DECISION: readonly string[] = [
  `(?<!(?:seconds|minutes|hours|days|weeks|months|years|ms) )instead(?! of (?:${COUNTS})\\b)`,
  // A cost accepted beside the decision: "moved the list to the one the office could run, even though its templates were plainer".
  'even though',
  'despite',
  'rejected',
  'reject(?:ing)?',
  'pros',
  // "either the spreadsheet or the app"; not "moved lunches to either side of the peak".
  'either(?! (?:side|end|way)\\b)',
  'evaluat(?:ed|ing)',
  'benchmark(?:ed|ing|s)?',
  'compromis(?:e|ed|es|ing)',
  'gave up',
  'give up',
  'giving up',
  '(?:cheaper|simpler|safer|faster|slower|riskier|easier|better|quicker|smaller|lighter|costlier|more \\w+|less \\w+) than',
  '(?:chose|chosen|picked|selected|opted for|went with|preferred|favou?red|prioriti[sz]ed|recommended|proposed)(?: [^.;]{1,60}?)? over',
  // One of several named: "we went with the native one"; other people's ideas beside it: "(Marc's idea)", "her proposal".
  "(?:went with|chose|picked|settled on|opted for|preferred) the (?:[\\w'-]+ ){1,2}?one(?![\\w'-])",
  "(?:[\\w-]+'s|his|her|their) (?:idea|proposal|suggestion|preference|version|plan)(?![\\w'-])",
];
