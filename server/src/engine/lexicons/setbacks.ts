/*
 * Failure, mistake and setback signals, and the reflection that should follow
 * them, for `no-reflection`. Patterns are lower-case regular-expression
 * sources matched as whole words (see phrases.ts) on text with straightened
 * apostrophes.
 */

/** Front matter `type:` values that declare a failure story. */
export const FAILURE_TYPE = /fail|mistake|setback|lost|loss|blunder|misstep|miss(?:ed)?[-_ ]?deadline/i;

/** Front matter `type:` values that declare a story that went well. */
export const SUCCESS_TYPE = /^\W*success\W*$/i;

/** Adverbs allowed between "I" and a failure verb. "almost" and "nearly" are left out: a near miss is not a miss. */
const ADV =
  String.raw`(?:(?:had|have|then|also|completely|totally|badly|simply|initially|originally|still|just|clearly|` +
  String.raw`really|somehow|personally|again|ultimately) )*`;

/** Verbs of a slip the writer caught rather than made: "a time you spotted a mistake", "a time you caught a wrong figure". */
const CAUGHT = String.raw`(?:spotted|spot|caught|catch|found|find|noticed|notice|fixed|fix|corrected|correct|flagged|flag|discovered)`;

/** A title that names a failure or mistake ("My biggest mistake", "Missing the partner deadline", "A time I failed"). */
export const TITLE_FAILURE: readonly string[] = [
  // Not a mistake the writer caught: "a time you spotted a mistake that other people had missed".
  String.raw`(?<!${CAUGHT} )` +
    String.raw`(?:my|a|the|our|one|biggest|first|costly|big|worst|painful|honest|expensive|real) (?:[\w-]+ ` +
    String.raw`)?(?:failure|mistake|setback|misstep|blunder|flop)s?(?! (?:rates?|modes?|domains?|scenarios?|` +
    String.raw`handling|detection|recovery|injection|points?|cases?|alerts?|budgets?|tolerance|paths?))`,
  String.raw`^(?:failure|mistake|setback)s?(?=:| |$)`,
  // The kind of story tagged after the title: "Black Friday stockout (failure story)", "Peak cover — a mistake".
  String.raw`(?<=[([]|[\u2014\u2013] |- )(?:a |my )?(?:failure|mistake|setback)s?` +
    String.raw`(?![\w-]| (?:rates?|modes?|analysis|testing|injection|drills?)\b)`,
  // A check failed, told as a noun: "Console cert fail", "audit fail".
  String.raw`(?:cert|certification|audit|inspection|exam|test|build|submission|review) fail(?![\w-])`,
  String.raw`(?:i|you|we) ${ADV}(?:failed(?! over)|fell short|messed up|screwed up|made (?:a|an|the) (?:[\w-]+ ` +
    String.raw`)?(?:mistake|error)|were wrong|was wrong|missed|got it wrong|dropped the ball)`,
  String.raw`missing (?:the|a|our|my) (?:[\w-]+ ){0,3}(?:deadline|target|date|launch|goal|commitment)`,
  // A judgement the writer got wrong, asked for or named: "a hiring decision you got wrong", "The hire I got wrong".
  String.raw`(?:decision|call|hire|choice|estimate|judge?ment|assumption|forecast|prediction|bet|read) (?:that )?(?:you|i|we) ` +
    String.raw`(?:got|made) wrong`,
  // "When my grant application was rejected", "The bid that got turned down".
  String.raw`(?:application|proposal|bid|pitch|submission|paper|grant|request|business case|tender)s? (?:was|were|got) ` +
    String.raw`(?:rejected|turned down|declined|not funded)`,
  // A question that asks for the setback in other words: "a project you were part of didn't succeed", "a time you got
  // something wrong", "a decision you regret", "a time you let a customer down", "a time you did not meet a commitment".
  String.raw`(?:did not|didn't|does not|doesn't|never) succeed|(?:wasn't|was not|weren't|were not) (?:successful|a success)|unsuccessful`,
  String.raw`(?:i|you|we) got (?:something|it|that|things|a [\w-]+|the [\w-]+) wrong`,
  String.raw`(?:biggest|greatest|one|a|any|professional) regrets?|(?:you|i) (?:most )?regret(?:ted)?`,
  String.raw`(?:a|the|your|my|our|one) (?:[\w-]+ )?(?:project|launch|migration|rollout|release|plan|initiative|experiment|product|` +
    String.raw`feature|idea|deal|pitch|hire|campaign|pilot) (?:you (?:led|ran|owned|were part of) )?(?:failed|flopped|fell through)`,
  String.raw`(?:you|i|we) (?:did not|didn't|could not|couldn't|failed to) (?:meet|hit|deliver|keep|achieve|reach)` +
    String.raw`(?: (?:on )?(?:a|the|your|my|our|an) ` +
    String.raw`(?:[\w-]+ )?(?:target|goal|commitment|deadline|quota|promise|sla|date|expectation)s?)?(?![\w-])`,
  // The goal named first: "a target you didn't reach", "the deadline we couldn't make".
  String.raw`(?:target|goal|deadline|objective|kpi|quota|number|date)s? (?:that )?(?:you|i|we) (?:did not|didn't|could not|couldn't|` +
    String.raw`failed to|never) (?:reach|meet|hit|make|achieve)(?![\w-])`,
  // "The cert I let expire", "a licence we let lapse".
  String.raw`(?:you|i|we) (?:let|had let) (?:[\w-]+ ){0,3}?(?:expire|lapse|run out)(?![\w-])`,
  String.raw`(?:you|i|we) (?:let|have let|had to let) (?:someone|somebody|a [\w-]+|your [\w-]+|the [\w-]+|them|people|others) down`,
  String.raw`(?:you|i|we) disappointed (?:a|your|the|my|our) (?:customer|client|stakeholder|manager|user|team|boss)s?`,
  String.raw`(?:you|i|we) (?:badly )?underestimated`,
  // "Tell me about a time you took on too much", "a time the workload got too much": overcommitting is the setback asked for.
  String.raw`(?:you|i|we) (?:took|take|had taken|have taken|bit) on (?:far |way |much )?too much|` +
    String.raw`(?:workload|work|pressure) (?:got|became|was|grew) (?:far |way |much )?too much`,
  'what went wrong',
  'when things went wrong',
  // "Tell me about a time something went wrong at work".
  // "a time you had to tell a customer something had gone wrong".
  '(?:something|things|it) (?:went|had gone|has gone) wrong',
  // "Informing the board of a cost overrun".
  String.raw`(?:cost|budget|schedule) overruns?`,
  // "Tell me about a complaint that went badly", "Checkout redesign that went back to the old version".
  String.raw`(?:that|which) went (?:badly|poorly|wrong)`,
  String.raw`(?:that|which) (?:went|was rolled|got rolled|was put) back to the (?:old|previous|original) (?:[\w-]+ )?(?:version|design|` +
    String.raw`process|system|way|setup|one)`,
  // Criticism of the writer's own work is a setback they answer for: "a time you received critical feedback".
  String.raw`(?:critical|negative|harsh|tough|difficult|hard|painful|blunt) feedback`,
  'went sideways',
  // "Audit finding on revenue cut-off": a finding raised against the work.
  String.raw`(?:audit|inspection|regulator|regulatory) findings?`,
  // "Tell me about a project that went over budget".
  String.raw`(?:went|ran|came in|was|were) over(?: the| its)? budget`,
  'that went wrong',
  String.raw`(?:project|launch|migration|rollout|release|plan|initiative|bet|experiment|product|feature|idea|` +
    String.raw`deal|pitch|hire) (?:that|which) (?:failed|flopped|fell short|went wrong|did(?: not|n't) work|(?:got|` +
    String.raw`was) (?:cancell?ed|scrapped|shelved))`,
  // "Failed H&S inspection, teaching lab": a word or two may name whose check it was.
  String.raw`failed (?:[\w&'-]+ ){0,2}?(?:launch|project|migration|rollout|release|pitch|proposal|experiment|bet|hire|negotiation|` +
    String.raw`deal|product|startup|attempt|initiative|pilot|placement|exam|inspection|audit|assessment|module|application|` +
    String.raw`campaign|appeal|event|trip|bid|tender|submission)`,
  // "The Christmas appeal that underperformed", "Electrical sub fell behind on the school job", "The dashboard that went
  // dark"; not a story of putting one right ("Recovering a programme that fell behind").
  String.raw`^(?!(?:recovering|rescuing|saving|turning around|fixing|catching up)\b)(?:[\w'-]+ ){1,6}?(?:underperformed|` +
    String.raw`under-?delivered|fell behind|went dark|fell over)(?![\w-])`,
  String.raw`(?:outage|incident|bug|breach) (?:that )?i (?:caused|shipped|introduced)`,
  // "Tell me about a time a release caused complaints": the change named as the cause of the trouble.
  String.raw`(?:release|change|update|deploy|deployment|migration|launch|rollout|upgrade|patch) (?:that |which )?` +
    String.raw`(?:caused|led to|triggered) (?:a (?:lot of |wave of |spike in )?|an? )?` +
    String.raw`(?:(?!(?:fewer|less|lower|reduced|no|zero)\b)[\w-]+ )?(?:complaints?|outages?|incidents?|` +
    String.raw`problems|issues|errors|failures)(?![\w-])`,
  // "Tell me about a time something you built broke in production", "a change I shipped caused an outage".
  String.raw`(?:you|i|we) (?:built|shipped|wrote|made|deployed|released|owned|launched|changed|designed) (?:[\w-]+ ){0,2}?` +
    String.raw`(?:broke|failed|went down|crashed|caused (?:an? )?(?:outage|incident|problem|issue)s?)(?![\w-])`,
  // A question or title that names the setback itself: "a time a project didn't go to plan", "a deal you lost", "Outage week".
  String.raw`(?:did not|didn't|does not|doesn't|never) (?:go|goes|went) (?:to plan|as planned|well|right|your way|the way you)`,
  String.raw`(?:deal|customer|client|account|pilot|bid|contract|renewal)s? (?:that )?(?:you|i|we) lost`,
  String.raw`(?<!(?:reducing|cutting|preventing|fewer|zero|no|avoiding|ending|stopping|fixing|halving) (?:[\w-]+ ` +
    String.raw`)?)(?:outage|incident|overcharge|overcharging|rollback|breach|contamination|contaminated|recall|` +
    String.raw`data loss|patient fall|accident|near miss|near-miss|injury|degradation|mix-up|spill|leak|ransomware|` +
    String.raw`protocol deviation|deviation|credential stuffing|(?:ddos|phishing|cyber)[- ]?attack|security incident)s?` +
    // Not "a rollback plan" or "rollback netcode" (a technique in online games, "rollback vs delay"): a plan or a design,
    // not a setback.
    String.raw`(?! (?:response|process|plan|script|strategy|procedure|option|netcode|vs|versus|or|` +
    String.raw`review process|playbook|tooling|rate|rates|prevention|reporting|training|drill|drills|` +
    // "Incident reviews in 30 minutes": a practice built around them, not one that happened.
    String.raw`management|dashboard|review|post-?mortem|retro|template|format|log|register)s?\b)`,
  String.raw`(?:lost|losing) (?:the|a|an|our|my|that) (?:[\w-]+ ){0,3}?(?:deal|customer|client|account|pilot|contract|renewal|bid)`,
  // A title that names a miss or a collapse: "Missed launch: the loyalty release", "Group project that fell apart",
  // "a hire you made didn't work out", "the loan that walked out the door", "something went wrong on your team".
  String.raw`^missed (?:[\w-]+ ){0,2}?(?:launch|deadline|date|target|go-live|release|dispatch|delivery|shipment|handover|` +
    String.raw`payroll|flight|slot|window|sla|cut-?off)`,
  String.raw`(?:did(?: not|n't)|never) (?:work|pan) out`,
  String.raw`[\w-]{3,30} (?:that|which) ` + String.raw`(?:fell apart|collapsed|crashed|flopped|bombed|blew up|backfired|imploded)`,
  String.raw`walked (?:out(?: of)? the door|away)`,
  // "The opening that slipped", "The caterer who didn't turn up", "The patch that went out late".
  String.raw`[\w-]{3,30} (?:that|which|who) (?:slipped|went out late|was late|ran late|ran over|broke|leaked|(?:did not|didn't|` +
    String.raw`never) (?:turn up|show up|arrive|ship|launch|land|happen)|never happened|lost (?:money|us|the|its|their)|` +
    String.raw`got through|slipped through|got past (?:us|me|qa|testing|review)|` +
    String.raw`fell through|went bust|went under|went into administration|went to the wrong|(?:was|got|were) (?:rejected|` +
    String.raw`turned down|refused|withdrawn|paused|cancell?ed|pulled|scrapped|shelved|axed|rolled back))`,
  // A title whose head noun is one trouble: "The heparin infusion error", "Facade package delay", "Hygiene rating drop
  // (Quayside)", "Stock count discrepancy, Daventry site". Not "Error budget policy" or "Reducing the dispatch delay",
  // and not a plural ("Pick errors", "Discharge delays"): a standing problem is what a story solves, not a setback.
  String.raw`^(?!(?:reducing|cutting|preventing|fixing|avoiding|ending|halving|removing|tackling|closing|cleaning up|clearing|` +
    String.raw`sorting out|untangling|tidying up|turning around|recovering from) )(?:[\w'-]+ ){0,5}?` +
    String.raw`(?:error|delay|drop|lapse|discrepancy|shortfall|overrun|overspend|write-off|mess|fiasco|disaster|shambles|gap|` +
    // "ATM downtime over the Sallah holiday", "App Store rejection before the spring campaign", "Misload: 46 bags on …".
    String.raw`downtime|rejection|misload|mis-load|mispick|mis-pick|breakdown|misprint|mislabel(?:l)?ing)` +
    // "Insulin dose error on handover", "The picking error at Daventry".
    String.raw`(?=$| ?[(:,\u2013\u2014]| - | (?:on|at|in|during|over|before|after) (?:[\w'-]+ ?){1,3}$)`,
  // "When the print supplier went bust".
  String.raw`went (?:bust|under|into administration|into liquidation)`,
  // "A complaint about a delayed prescription", "The complaint from the Hales family".
  String.raw`^(?:a |the |an |one )?(?:formal |serious |written )?complaint (?:about|from|over|against)`,
  String.raw`^(?:an |the )?expired [\w-]+`,
  // "Insulin pens that expired in the fridge", "Bread that went in the bin": stock the story let go to waste.
  String.raw`^(?:the |our |my )?(?:[\w-]+ ){1,3}(?:that|which) (?:expired|went out of date|went off|spoiled|went to waste|went in the bin)`,
  // "The wrong offer email", "Losing the Thursday after-school club".
  // "Birthday cake — wrong name", "Horseradish sauce – wrong cap colour": the slip named after a dash or a colon too.
  String.raw`(?:^|[\u2013\u2014:] )(?:the |a |my |our )?wrong [\w-]+`,
  String.raw`^losing (?:the|a|our|my|two|three|four|both|several|\d+) [\w-]+`,
  // "Something went wrong", "a time a customer engagement went wrong".
  // "… something you were responsible for went out wrong", "a time something went out to parents that shouldn't have".
  String.raw`(?:something|things|everything|it|[\w-]{3,30}) went (?:out )?(?:wrong|badly|sideways|south|pear-shaped)`,
  String.raw`(?:went|was sent|got sent|was published|was posted) (?:out )?(?:[\w-]+ ){0,3}?that (?:shouldn't|should not) have`,
  // A figure of the writer's that was wrong: "a time you sent out a number that turned out to be wrong", "a time a figure you
  // submitted was wrong"; not someone else's ("a time you told your manager she was wrong").
  // Not one the writer caught: "a time you spotted a figure that was wrong".
  String.raw`(?<!${CAUGHT} (?:a |an |the |some )?(?:[\w-]+ )?)(?:figure|number|report|forecast|estimate|invoice|return|count|` +
    String.raw`total|calculation|analysis|dashboard|result|price|quote|data)s? (?:that |which )?` +
    String.raw`(?:(?:you|i|we) (?:[\w-]+ ){1,2}?(?:was|were) |(?:that|which) (?:turned out (?:to be )?|proved (?:to be )?|` +
    String.raw`was |were ))(?:wrong|incorrect|inaccurate)`,
  // A slip told by how it went out: "Royalty return converted at the wrong rate", "Parcels shipped to the wrong depot".
  String.raw`(?:sent|posted|paid|charged|billed|converted|priced|delivered|shipped|printed|labelled|dispensed|booked|filed|` +
    String.raw`calculated|issued) (?:[\w-]+ ){0,2}?(?:at|with|to|on|using|under|from|for) the wrong [\w-]+`,
  // A question that asks when the writer's own call was off: "a time your planning was off", "when your estimate was wrong".
  String.raw`(?:your|my|our) (?:[\w-]+ )?(?:planning|plan|estimate|estimation|forecast|prediction|judge?ment|assumption|` +
    String.raw`timeline|schedule|guess|sizing|read) (?:was|were|turned out(?: to be)?|proved) (?:(?:way|badly|completely|far|` +
    String.raw`too|a (?:long|bit|little) way) )?(?:off|wrong|out|optimistic|mistaken|inaccurate|short)(?![\w-])`,
  // A title that tells an incident review: "RCA story: order-service disk full", "Post-mortem: the checkout outage".
  String.raw`^(?:[\w-]+ )?(?:rca|post-?mortem|root cause analysis|incident review)(?![\w-])`,
  // A question that asks for a breakdown: "Tell me about a time a piece of equipment failed at a critical moment". A title
  // told as "When the sandbox went down" is often the story of the fix, not of a setback.
  String.raw`a time (?:a|an|the|our|my|your|one) (?:[\w-]+ ){0,3}?(?:failed|broke(?: down)?|went down|crashed|` +
    String.raw`stopped working|fell over)(?![\w-])`,
  // What the writer left undone, named in the title: "the reading I didn't chase", "The email I never sent".
  String.raw`(?:the|a|one|that) (?:[\w-]+ ){1,2}?(?:that )?(?:i|we) (?:(?:didn't|did not|never|forgot to) (?:chase|check|send|test|` +
    String.raw`read|escalate|flag|raise|catch|follow up|ask|spot|notice|verify|order|book|update|document)|never (?:chased|checked|` +
    String.raw`sent|tested|escalated|flagged|raised|caught|followed up|asked|spotted|noticed|verified|ordered|booked|updated|` +
    String.raw`documented))(?![\w-])`,
  // A title that names the work stopped: "Pausing the loyalty app launch", "Rolling back the new ranker".
  String.raw`(?:pausing|postponing|delaying|cancell?ing|pulling|rolling back|reverting|scrapping|shelving) (?:the|a|our|my) ` +
    String.raw`(?:[\w-]+ ){0,3}?(?:launch|release|rollout|migration|pilot|feature|project|app|change|ranker|redesign|` +
    String.raw`cutover|go-live|upgrade|integration)`,
];

/** First-person admissions: they mark a setback wherever they appear. */
export const OWN_FAILURE: readonly string[] = [
  String.raw`(?:i|we) ${ADV}failed(?! over| back| to reproduce)`,
  String.raw`my (?:own )?(?:mistake|fault|error|failure|misjudge?ment|oversight|omission|bad|miss|blind spot)`,
  String.raw`(?:i|we) (?:had )?made (?:[\w-]+ ){1,3}?(?:mistakes?|errors?|misjudge?ments?|(?:wrong|bad|poor) ` +
    String.raw`(?:call|decision|assumption|choice|estimate))`,
  String.raw`(?:i|we) (?:was|were|had been) (?:wrong|mistaken)`,
  // The writer's side failing a check told after another verb: "we got a surprise county inspection and failed it".
  String.raw`(?:i|we) (?:[\w-]+ ){1,8}?and (?:then )?failed (?:it|them|the|our|my|an?)(?! (?:over|back)\b)`,
  String.raw`(?:i|we) got (?:it|this|that|the \w+) wrong`,
  // Said with emphasis: "so we did miss the promotion", "I did lose two of the regulars".
  String.raw`(?:i|we) did (?:miss|lose|fail|slip on|overrun|underestimate)(?= (?:the|our|my|a|an|two|three|some|it)\b)`,
  // Not an analysis: "I broke the ticket data down by transaction type", "we broke the work into phases".
  String.raw`(?:i|we) ${ADV}(?:missed|underestimated|overlooked|misjudged|misread|neglected|forgot|` +
    String.raw`broke(?![^.;]{0,60}?\b(?:down (?:by|into|per|to)|into|up into)\b)|caused|` +
    String.raw`messed up|screwed up|dropped the ball|overpromised|over-promised|overcommitted|skipped|shipped a ` +
    String.raw`bug)`,
  String.raw`(?:i|we) (?:did not|didn't|never) (?:test|check|catch|communicate|escalate|push back|verify|` +
    String.raw`validate|notice|plan for|load[- ]test|involve|flag|raise|ask)`,
  // "because it was my call as manager" gives the writer's authority for a step, not an admission.
  String.raw`(?<!because )it was (?:on me|my fault|my call(?! as\b| to make\b)|my mistake)`,
  String.raw`that was (?:my fault|on me|my mistake)`,
  // The admission told in the passive: "errors were made in the growth assumptions".
  // Not "mistakes were made in their change process": that puts them on someone else.
  String.raw`(?:errors|mistakes|misjudge?ments) (?:were|had been|have been) made(?! (?:in|by|on) (?:their|his|her|the other|` +
    String.raw`the [\w-]+'s)\b)`,
  String.raw`i let (?:the team|my team|them|everyone|the customer|the client|him|her|my manager) down`,
  // "So I'd broken the promise": the writer's own word not kept.
  String.raw`(?:i|we)(?:'d| had| have|'ve)? (?:broken|broke) (?:my|our|the|that|a) (?:promise|commitment|word)`,
  String.raw`(?:my|our) (?:change|deploy|deployment|release|commit|migration|script|query|config|code|patch|` +
    String.raw`rollout|estimate|plan|design) (?:had )?(?:broke|caused|took down|brought down|deleted|corrupted|` +
    String.raw`slipped)`,
];

/**
 * Outcomes that are a failure on their own, admitted or not: a customer, deal or pilot lost, a rollback,
 * a paused or cancelled launch, a missed deadline, money lost. One of these in the Action or Result is
 * enough; the weaker setback phrases below need a second signal.
 */
export const STRONG_SETBACK_OUTCOME: readonly string[] = [
  // A date missed in other words: "the migration took longer than planned", "handed over in the end, several months late",
  // "Go-live moved to 10 October", "which dragged the timeline out by a couple of months".
  String.raw`took (?:much |far |a lot |way |quite a bit |a bit |a little |several |two |three |\d+ )?(?:weeks |months |days )?` +
    String.raw`longer than (?:planned|expected|promised|estimated|scheduled|(?:we|i) (?:had )?(?:planned|expected|promised|estimated))` +
    // Not people taking longer to learn a new way ("the late shift took longer than planned to learn it"): no date missed.
    String.raw`(?! to (?:learn|get used|adopt|settle|bed in|pick up|get the hang))`,
  // Not a fact of the domain told in the present: "the chargeback data, which arrives six weeks late".
  String.raw`(?<!(?:arrives?|comes?|is|are|runs?|lands?|gets?|usually|always|typically) )` +
    String.raw`(?:several|a few|two|three|four|five|six|seven|eight|nine|ten|\d+) (?:days?|weeks?|months?) (?:late|behind schedule)` +
    String.raw`(?! (?:night|shift|afternoon|evening|morning|summer|winter|autumn|spring)\b)`,
  String.raw`(?:go-?live|launch|release|cutover|roll-?out|completion|delivery|sign-?off)(?: date)? (?:was |got |had to be )?` +
    String.raw`(?:(?:moved (?:back )?|pushed (?:back|out) |put back )(?:to|into|until)|` +
    String.raw`pushed back (?:by )?(?:a|one|two|three|four|six|\d+|several|a few) (?:days?|weeks?|months?))` +
    String.raw`(?= (?!(?:plan|schedule)\b))`,
  // Over budget, and late for days: "the show came in £8,000 over budget", "payouts ran late for about 9 days".
  String.raw`(?:went|ran|came in|finished|ended|landed) (?:up )?(?:about |around |roughly |nearly )?(?:[$\u00a3\u20ac]?[\d,.]+k? |\d+% )?` +
    String.raw`over(?: the| our| its)? budget`,
  String.raw`(?:ran|were|was|came in|arrived) late for (?:about |around |nearly |over )?(?:\d+|a few|several|two|three|four|five|six|` +
    String.raw`seven|eight|nine|ten) (?:days|weeks|months)`,
  String.raw`dragged (?:the (?:[\w-]+ )?(?:timeline|project|schedule|programme|program|work|migration|launch) |it |things |everything )?` +
    String.raw`(?:out|on) by`,
  String.raw`(?:we|i|they) lost (?:the|a|an|our|that|this|them as a) (?:[\w-]+ ){0,2}?(?:deal|customer|client|` +
    String.raw`account|contract|bid|pitch|renewal|pilot)`,
  // "…went to a competitor", "140 merchants moved to competitors over January".
  String.raw`(?:went|moved|switched|churned|left) (?:us )?(?:to|for|with) (?:(?:a|the|another) (?:[\w-]+ )?competitor|competitors|rivals)`,
  // Business given to a competitor: "they took a competitor brand", "moved the main category to the competitor".
  String.raw`(?:took|chose|picked|signed with|(?:moved|switched|gave|shifted) (?:[\w-]+ ){0,4}?to) (?:a|the|another) ` +
    String.raw`(?:[\w-]+ )?(?:competitor|rival)`,
  // The work given to someone else: "the festival chose another studio", "the client went with a different agency" (not
  // the writer's own pick: "we went with another supplier").
  String.raw`(?<!\b(?:i|we)(?: [\w-]+)? )(?:chose|picked|selected|went with|signed with|appointed|awarded (?:it|the [\w-]+) to) ` +
    String.raw`(?:another|a different|a rival|a competing) (?:[\w-]+ )?(?:studio|agency|firm|supplier|vendor|bidder|company|` +
    String.raw`provider|partner|consultancy|contractor)\b`,
  // Back to how it was: "back to manual approvals", "went back to the spreadsheet".
  String.raw`back to (?:manual|paper|the old|the previous|the spreadsheet|square one)`,
  String.raw`(?:lost|forfeited) (?:the|our|a|my|their) (?:[\w-]+ )?(?:deposit|booking|slot|grant|funding|venue|place|licen[cs]e)`,
  // Not "none of the 14 accounts churned": a churn denied is a result, not a setback.
  String.raw`(?<!\b(?:none|no|not one|not a single|zero)\b[^.;]{0,25})(?:customer|client|account|partner|user)s? ` +
    String.raw`(?:[\w-]+ )?(?:churned|left us|walked away|did not come back|didn't come back)`,
  String.raw`(?:overran|overshot|ran over) (?:by |its |the |our )?(?:[\w-]+ )?(?:weeks?|months?|days?|budget|deadline|estimate)`,
  String.raw`(?:pilots?|trials?|projects?|programmes?|programs?|experiments?) (?:\w+ )?(?:ended|stopped|were ` +
    String.raw`stopped|was stopped|were cancell?ed|was cancell?ed) early`,
  String.raw`(?:nobody|no one|no-one|hardly anyone|few (?:people|users|customers)) (?:used|adopted|picked up|` +
    String.raw`signed up for) (?:it|the [\w-]+)`,
  String.raw`(?:did not|didn't) renew`,
  // Not people moved off a task: "staff were pulled off the tills to unload cages".
  String.raw`(?:was|were|got|had to be) (?:(?:eventually|then|finally|later|quietly|ultimately) )?(?:rolled back|reverted|` +
    String.raw`pulled(?! (?:off|onto|on to|into|in to|away|across|over|aside)\b)|paused|shelved|cancell?ed|scrapped|` +
    String.raw`called off)`,
  // A release stopped before it went out: "so the release was held", "the launch was put on hold".
  String.raw`(?:release|launch|rollout|roll-out|go-live|update|build|deployment) (?:was|got|had to be) (?:held|held back|put on hold)` +
    String.raw`(?! (?:up|in|at|on|by|for a (?:review|demo))\b)`,
  String.raw`(?:we|i) (?:had to )?(?:roll(?:ed)? (?:it |the [\w-]+ |everything )?back|revert(?:ed)?|pause[d]? ` +
    String.raw`the (?:[\w-]+ )?(?:launch|rollout|release|pilot))`,
  // "missed the 80% first-response SLA".
  String.raw`(?:missed|blew) (?:the|our|my|a) (?:[\w%-]+ ){0,2}?(?:deadline|launch date|go-live|target date|sla|quota)`,
  // A date that moved: "go-live slipped from March to June", "Go-live was planned for March, then got shifted to May".
  String.raw`(?:go-?live|launch|release|delivery|deadline|cutover|opening|handover|roll-?out)(?: date)? (?:[\w,-]+ ){0,5}?` +
    String.raw`(?:slipped|was pushed|got pushed|was delayed|got delayed|got moved|got shifted|was shifted|moved again|slipped again)` +
    String.raw` (?:back )?(?:from [\w-]+ )?to(?= (?!(?:plan|schedule)\b))`,
  // The amount runs to its end ("cost us about $40,000"): a bare "$" or first digit would stop inside the number.
  // What a trouble cost, not what a tool cost to build ("it cost us $2,000 and saved $40,000 a year").
  String.raw`(?:lost|(?:outage|incident|bug|mistake|error|delay|downtime|breach|slip|failure|recall|problem|issue)s? ` +
    String.raw`(?:[\w-]+ ){0,3}?cost) (?:us|the company|the business|the client|the customer) (?:about |around |roughly |over |` +
    String.raw`nearly |an estimated )?(?:[$\u00a3\u20ac] ?\d[\d,.]*|\d[\d,.]*)`,
  String.raw`(?:overcharged|double-charged|double charged) (?:[\w-]+ ){0,3}?(?:customers|clients|users|patients|members)`,
  // An audit or inspection that found against the writer's side: "non-conformances were raised against the yard".
  // Not "no non-conformances were raised", "found zero non-conformances".
  String.raw`(?<!\b(?:no|zero|not one|not a single|without) )non-?conformances? (?:(?:were|was|got) )?(?:raised|issued|found|recorded)|` +
    String.raw`(?:raised|issued|found|recorded) (?:(?!(?:no|zero|not)\b)[\w-]+ ){0,2}?non-?conformances?`,
  // A rollback told as a noun: "rollback to v2 done in wk 4" (not "a tested rollback to v2", a plan).
  String.raw`(?<!\b(?:a|tested|automated|practi[sc]ed|scripted|rehearsed|one-click|instant|easy|quick|planned) )` +
    String.raw`(?:rollback|roll-back) (?:to|of)(?! (?:plan|script|procedure|steps)\b)`,
  // A defect that reached the people served: "a bug got through to production", "the error slipped into prod".
  String.raw`(?:bug|defect|regression|error|issue)s? (?:[\w-]+ ){0,2}?(?:got|slipped|made it|went|leaked|escaped) ` +
    String.raw`(?:through )?(?:to|into|out to) (?:production|prod|live|customers|users)`,
  // Work stopped for good: "the decision was taken to wind the pilot down", "Halden chose not to renew".
  String.raw`wind (?:the|our|their|this|that) (?:[\w-]+ )?(?:pilot|project|trial|programme|program|product|service|team) down|` +
    String.raw`(?:pilot|project|trial|programme|program) (?:was|got) wound (?:down|up)`,
  String.raw`(?:chose|decided|opted|elected) not to (?:renew|extend|continue|go ahead)`,
  // A partnership that ended: "the partnership for the autumn did not continue", "the contract wasn't renewed".
  String.raw`(?:partnership|contract|relationship|collaboration|agreement|listing|account)s? (?:[\w-]+ ){0,4}?` +
    String.raw`(?:did not|didn't|was not|wasn't) (?:continue|continued|renewed|extended)(?![\w-])`,
  // A trial or pilot brought to an end: "The decision was taken to stop the trial at Christmas", "the pilot was stopped after
  // six weeks" (not "stopped the old trial and started a bigger one", a change of plan the writer goes on to tell).
  String.raw`(?:decided|decision was (?:taken|made)|agreed|chose|were told|was told) to (?:stop|end|pause|scrap|cancel|abandon|` +
    String.raw`shelve|pull|wind down) the (?:[\w-]+ )?(?:trial|pilot|experiment|scheme)(?! and (?:start|launch|roll|move))`,
  String.raw`(?:trial|pilot|experiment)s? (?:was|were|got) (?:stopped|ended early|wound down|switched off|pulled|scrapped|` +
    String.raw`abandoned|cancell?ed)`,
  // A date put off more than once: "the release was pushed twice", "go-live got delayed again".
  String.raw`(?:release|launch|go-?live|delivery|deadline|cutover|opening|handover|roll-?out)s? (?:was|were|got) ` +
    String.raw`(?:pushed|delayed|postponed|put back|moved)(?: back| out)? (?:twice|again|three times|several times|a second time)`,
  // Halted by the person the writer answers to: "my director asked me to pause it", "the owner told us to drop the idea".
  String.raw`(?:asked|told|instructed) (?:me|us) to (?:pause|stop|drop|shelve|scrap|cancel|abandon|wind down|roll back|` +
    String.raw`reverse|undo)(?= (?:it|the|our|my|that|this|everything)\b)`,
  // "it never really got going", "the scheme never got off the ground".
  String.raw`never (?:really |quite )?got (?:going|off the ground|started|anywhere)`,
  // What the work was for did not happen: "the demo didn't actually work", "we didn't place".
  String.raw`(?:demo|prototype|app|product|pitch|launch|system|tool|feature|fix|plan|campaign|approach)s? (?:did not|didn't|` +
    String.raw`never) (?:actually |really |quite )?work(?![\w-])`,
  String.raw`(?:we|i) (?:did not|didn't) (?:place|win|qualify|get shortlisted|make the (?:shortlist|final|cut))(?![\w-])`,
  // "the launch went pretty badly", "the first week went really badly".
  String.raw`(?:launch|rollout|release|opening|go-live|event|pilot|trial|first (?:week|month|day)|change|migration) went ` +
    String.raw`(?:(?:pretty|really|very|quite|fairly|rather) )?badly`,
  String.raw`(?<!\bbefore )(?:we|i)(?: had|'d)? lost (?:some|many|most|a lot|a few|half|several) (?:of )?(?:the |our )?(?:regulars|` +
    String.raw`customers|members|volunteers|clients|subscribers|players|users|staff|donors)` +
    // Not when they came back: "we'd lost some regulars the year before, and 20 of them came back".
    String.raw`(?![^.;]{0,80}\b(?:came back|returned|won (?:[\w-]+ ){0,3}?back))`,
];

/**
 * Outcomes that mark a setback when they come in the Action or Result (in the Situation they are usually the problem the writer
 * solved).
 */
export const SETBACK_OUTCOME: readonly string[] = [
  // A date missed told as later than wanted: "The crash fix also went out later than ops wanted".
  String.raw`(?:went out|went live|shipped|launched|landed|arrived|opened|finished|came out|was delivered|got delivered) ` +
    String.raw`(?:(?:a bit|a little|much|far|a lot|weeks|days|months) )?later than (?:planned|expected|promised|wanted|agreed|` +
    String.raw`hoped|scheduled|[\w-]+ (?:had )?(?:planned|wanted|promised|agreed|hoped|said|expected))`,
  // Those served left unhappy: "Customers were annoyed and there was complaints", "the client was understandably upset"
  // (not "upset at first", which the story goes on to mend).
  String.raw`(?:customers|clients|guests|patients|parents|users|members|residents|shoppers|passengers|the (?:client|customer)) ` +
    String.raw`(?:were|was|got) (?:really |very |quite |pretty |a bit |so |understandably |rightly |still )?(?:annoyed|upset|` +
    String.raw`unhappy|angry|furious|frustrated|disappointed|let down)(?! at first| initially| to begin with| for a (?:day|week|while))`,
  String.raw`there (?:was|were) (?:a lot of |lots of |loads of |some |several |many |a few |a string of )?(?:angry |formal )?` +
    String.raw`complaints`,
  // Work that reached those served late: "a full route of parcels was late", "half the orders arrived late".
  String.raw`(?:parcels|deliveries|orders|shipments|a (?:full |whole )?route(?: of parcels)?) (?:was|were|went out|arrived) ` +
    String.raw`(?:all |still |very )?late`,
  // Time the trouble cost, and work that had to be done again: "which cost about six weeks on the road works", "4 days
  // lost", "bay 4 had to be broken out and recast".
  // A consequence ("which cost", "cost us"), not the effort a step took ("the new rota cost two weeks of planning").
  String.raw`(?:which|that|it|this|and) cost (?:us |me |the (?:project|programme|program|job|client|team|site|business) )?` +
    String.raw`(?:about |around |roughly |nearly |over |another |an extra |a further |a full )?(?:\d+|a|an|one|two|three|four|five|` +
    String.raw`six|seven|eight|nine|ten|several|a few|a couple of) (?:full |working |extra )?(?:days?|weeks?|months?|shifts?)` +
    String.raw`(?![\w-]| (?:of|to|in) (?:planning|set-?up|setting|building|work|effort|prep|preparation|training|testing))`,
  String.raw`(?:\d+|a|two|three|four|five|six|seven|eight|nine|ten|several) (?:full |working )?(?:days?|weeks?|months?|shifts?) ` +
    String.raw`(?:were |was |got )?lost|lost (?:another |a further )?(?:\d+|a|two|three|four|five|six|several) (?:full |working )?` +
    String.raw`(?:days?|weeks?|months?|shifts?)(?! (?:of )?(?:annual leave|holiday|leave)\b)`,
  // Not "none of the stock had to be written off".
  String.raw`(?<!\b(?:none|no|nothing|not one|not a single|neither)\b[^.;]{0,40})had to be (?:broken out|redone|re-?done|` +
    String.raw`rebuilt|re-?built|recast|re-?poured|reworked|re-?worked|scrapped|written off|thrown away|binned|remade|re-?made|` +
    String.raw`reprinted|re-?printed|recalled|reissued|re-?issued|re-?run|resubmitted|re-?sent)`,
  'fell short',
  'falling short',
  'setbacks?',
  'went wrong',
  'backfired',
  'missed the mark',
  'over budget',
  String.raw`(?:the|our|my|this|that) (?:[\w-]+ )?(?:launch|project|migration|rollout|release|pitch|proposal|` +
    String.raw`plan|experiment|feature|initiative|product|bet|integration|deal|campaign|pilot|upgrade|programme|program) (?:\w+ ` +
    String.raw`)?(?:failed|flopped|was (?:\w+ly )?(?:cancell?ed|killed|shelved|scrapped|paused|halted|put on hold|a ` +
    String.raw`failure|abandoned|rolled back|pulled)|did(?: not|n't) (?:land|work|ship|launch|succeed)|never ` +
    String.raw`(?:shipped|launched))`,
  String.raw`(?:missed|blew) (?:the|our|my|a) (?:[\w-]+ )?(?:deadline|target|goal|date|launch|commitment|sla|window|quarter|` +
    String.raw`forecast|number)\b`,
  // A price paid for the failure, and a ruling against the writer's side: "penalty of £42k paid", "paid her £250 in
  // compensation", "the complaint was upheld", "finding of maladministration", "failed the audit".
  String.raw`(?:paid|pay|paying) (?:[\w\u00a3$\u20ac,.]+ ){0,3}?(?:penalty|penalties|fines?|compensation|damages)\b|` +
    String.raw`(?:penalty|penalties|fines?|compensation) (?:of )?(?:about |around )?[\u00a3$\u20ac]?\d[\d,.]*k? (?:was |were )?paid|` +
    String.raw`complaints? (?:was |were )?upheld|maladministration|` +
    String.raw`(?:audit|inspection|assessment|accreditation|certification) (?:was )?failed|` +
    String.raw`failed (?:the|our|an?|its|their) (?:[\w-]+ )?(?:audit|inspection|assessment|accreditation)`,
  // Stock or work let go for less than it cost: "19,000 units went to the outlet channel at a loss" (not "at a loss for words").
  String.raw`at a loss(?! (?:for|to|as|about|what|how)\b)`,
  // A release taken back from those it reached: "on the Monday it was decided to pull the release" (not a release branch).
  String.raw`pull(?:ed|ing)? (?:the|our|that|this) (?:[\w.-]+ )?(?:release|update|build|version)(?! branch| notes| candidate)`,
  // The contract given to someone else: "awarded to the other handler", "awarded to a rival".
  String.raw`awarded to (?:another|the other|a rival|a competitor|a competing|a different)`,
  // A moment the work was for, missed: "half the range missed the weekend", "the stock missed the season".
  String.raw`missed (?:the|our|its|their) (?:[\w-]+ )?(?:weekend|season|peak|slot|event|christmas|easter|summer|opening|` +
    String.raw`window|sale|promotion)\b`,
  String.raw`lost (?:the|a|an|our|that|this) (?:[\w-]+ )?(?:deal|customer|client|account|contract|bid|pitch|renewal)`,
  String.raw`(?:we|i) lost (?:\w+ )?(?:customers|clients|accounts)`,
  // Someone else cancelling it; "we cancelled the old contract and moved vendor" is the writer's own decision.
  String.raw`(?<!\b(?:i|we)(?: [\w-]+)? )(?:cancell?ed|shelved|scrapped|killed|axed) (?:the|our|my) (?:[\w-]+ )?` +
    String.raw`(?:contract|project|launch|migration|feature|deal|rollout|pilot|initiative|programme|program|product|funding)`,
  String.raw`(?<!\b(?:i|we)(?: [\w-]+)? )pulled (?:the|their|its|our) (?:[\w-]+ )?(?:contract|deal|funding|budget|account|` +
    String.raw`business|plug)(?! forward| ahead)`,
  String.raw`(?:deal|contract|sale|partnership|funding|round|launch|plan|project|acquisition)s? (?:\w+ )?(?:fell through|fell apart|` +
    String.raw`collapsed)`,
  String.raw`(?:failed|flunked) (?:its|the|our|my|their|an?) (?:[\w-]+ )?(?:audit|inspection|review|exam|certification|` +
    String.raw`assessment|accreditation)`,
  String.raw`(?:bid|pitch|proposal|tender|deal)s? (?:\w+ )?lost (?:out )?to`,
  String.raw`lost out to (?:a|an|the) (?:[\w-]+ )?(?:competitor|rival|vendor|bidder)`,
  String.raw`(?:had to|forced to) (?:roll|move|switch|go) back`,
  String.raw`(?:was|were|got) rolled back`,
  'moved back to the old',
  String.raw`put (?:the|our) old (?:[\w-]+ ){1,2}?back`,
  String.raw`ended up (?:badly |seriously |very )?(?:understaffed|short-staffed|short of (?:staff|stock|people)|` +
    String.raw`over budget|behind schedule)`,
  String.raw`(?:delivered|shipped|launched|finished|landed|went live) (?:[\w-]+ ){0,3}(?:days?|weeks?|wks?|months?|mths?|` +
    String.raw`quarters?) (?:late|behind schedule)`,
  String.raw`(?:did not|didn't) go (?:as planned|well|great|to plan|smoothly|according to plan|right)`,
  String.raw`(?:did not|didn't|never) (?:hold up|work out|take off|stick|get adopted|pay off)`,
  String.raw`(?:launch|release|project|deadline|date|migration|rollout|go-live|delivery|handover|cutover) (?:had ` +
    String.raw`to be |was |got )?(?:slipped|slips|slip|delayed|pushed back|pushed out|late)`,
  String.raw`(?:we|i|it|they) (?:were|was) (?:about |nearly |almost )?(?:[\w-]+ )?(?:days?|weeks?|months?) late`,
  String.raw`(?:lost|losing) (?:\d[\d,]*|a|the|several|two|three|four|five|dozens of|hundreds of) (?:[\w-]+ ` +
    String.raw`)?(?:customers|clients|accounts|users|deals|subscribers|members|orders)`,
  String.raw`(?:complaints|tickets) (?:poured|flooded|came) in`,
  String.raw`escalated (?:it )?to (?:the )?(?:ceo|cto|vp|director|head of [\w-]+|board)`,
  String.raw`(?:had to )?(?:apologi[sz]e|issue refunds|refund(?:ed)? (?:\d|every|all|the))`,
  String.raw`(?<!\b(?:never|not|didn't|did not) )underperformed`,
  // A goal not reached: "we never hit the target", "didn't make quota" (not "never missed the target").
  String.raw`(?:never|didn't|did not|failed to) (?:hit|reach|meet|make|get to) (?:the |our |my |its |their )?(?:[\w-]+ )?` +
    String.raw`(?:target|goal|number|numbers|quota|forecast)s?`,
  String.raw`(?:application|proposal|bid|pitch|submission|paper|grant|request|business case|tender)s? (?:was|were|got) ` +
    String.raw`(?:\w+ly )?(?:rejected|turned down|declined)`,
  // Money asked for and not given: "Unfortunately, it was not funded", "the business case wasn't approved".
  String.raw`(?:was|were|got)(?: not|n't) (?:funded|shortlisted)`,
  String.raw`(?:application|proposal|bid|pitch|submission|grant|request|business case|tender|budget)s? (?:was|were)(?: not|n't) ` +
    String.raw`(?:approved|accepted|funded|signed off)`,
  // Harm done: "two patients got the wrong dose", "the wrong parts shipped".
  String.raw`(?:got|given|received|sent|shipped|gave|picked|dispensed) (?:\w+ ){0,2}?the wrong (?:[\w-]+ )?` +
    String.raw`(?:dose|doses|medication|medicine|drug|order|orders|shipment|parts?|items?|address|patient|invoice|price)`,
  String.raw`(?:was|were|turned out to be|proved) (?:a |an )?(?:bad|poor|wrong) (?:fit|hire|call|decision|choice|bet)`,
  // Short of what was expected: "fewer applications were received than had been anticipated", "only 140 leads instead
  // of the 400 planned"; work that could not be finished: "could not be committed before year end".
  String.raw`(?:fewer|less|lower|smaller) [^.;]{0,40}? than (?:had been |we had |i had )?(?:anticipated|expected|planned|hoped|` +
    String.raw`forecast|targeted|budgeted|promised)`,
  String.raw`(?:only|just) [^.;]{0,40}?(?:instead of|against|versus|vs\.?) (?:the |a |our )?(?:\d[\d,.]*%?|[\w-]+) ` +
    String.raw`(?:planned|expected|targeted|forecast|promised|budgeted|needed)`,
  String.raw`could not be (?:committed|delivered|completed|met|spent|filled|recovered|saved|launched|opened)`,
  String.raw`(?:was|were|had to be) relaunched`,
  // Money or standing lost without the words "failed" or "lost": "the gala made a loss", "conversion took a hit".
  String.raw`(?:made|posted|ran at|booked|recorded|ended with|ended in) a (?:[\w-]+ )?loss`,
  String.raw`took (?:a |quite a )?(?:big |huge |real |serious |massive |proper |nasty )?(?:hit|knock|beating|dent)`,
  String.raw`(?:a|another) (?:wave|flood|spate|string|run|rash|slew|stream) of (?:[\w-]+ )?(?:bad|poor|negative|angry|` +
    String.raw`one-star|1-star|furious) (?:reviews?|feedback|press|ratings|complaints|calls|emails)`,
  // Those served walking away: "a couple of practices cancelled" (not "none of the schools cancelled").
  String.raw`(?<!\b(?:none|no|not one|not a single|zero|nobody)\b[^.;]{0,25})(?:customers|clients|practices|members|patients|` +
    String.raw`subscribers|schools|stores|guests|families|users|accounts|sponsors|donors|couples|tenants) ` +
    String.raw`(?:[\w-]+ )?(?:cancell?ed|pulled out|dropped out|asked for (?:a |their money |refunds?))`,
  // What the trouble brought on the writer's side: "the hospital raised a formal complaint", "the client issued a service
  // credit", "a requirement notice for medicines management", "complaints and compensation claims".
  String.raw`(?:formal|official|written) complaints?|compensation claims?|service credits?|` +
    String.raw`(?:requirement|improvement|enforcement|prohibition|warning) notices?|formal warning`,
  // Something the writer's side held and no longer does: "we lost the service level for the week".
  String.raw`lost (?:the|our|its|their) (?:[\w-]+ )?(?:sla|service level|rating|status|accreditation|certification|slot|franchise)`,
  // Well short of the mark: "came in at 28 a month, well short of the target".
  String.raw`(?:well|way|far|a long way|some way) short of (?:the|our|its|my|their) (?:[\w-]+ )?(?:target|goal|plan|forecast|` +
    String.raw`budget|quota|number)`,
  // Work not finished: "the retender did not complete in time", "we didn't finish a working demo", "it never really launched".
  String.raw`(?:did not|didn't|never) (?:complete|finish|get (?:done|finished)|happen) (?:in|on) time`,
  String.raw`(?:did not|didn't|couldn't|could not) (?:finish|complete|deliver) (?:a|the|our|my) (?:[\w-]+ ){0,2}?(?:demo|` +
    String.raw`prototype|build|product|app|project)`,
  String.raw`(?<!\b(?:i|we|i'd|we'd|had|have|has|i've|we've) )never (?:really |actually )?(?:launched|shipped|went live|got off ` +
    String.raw`the ground)`,
  // Only part saved: "only £2,100 was recovered".
  String.raw`only [^.;]{1,30}? (?:was|were|could be|got) (?:recovered|saved|refunded|returned)`,
  // Those served going elsewhere: "the practice moved its accounts to another bank", "we lost a few regulars to the chain".
  String.raw`moved (?:its|their|his|her) (?:[\w-]+ )?(?:accounts?|business|custom|contract|work|banking) (?:to|elsewhere)`,
  String.raw`lost (?:a few|a handful of|some|several|many|a lot of|most of (?:our|the)) (?:[\w-]+ )?(?:regulars|customers|` +
    String.raw`clients|members|players|donors|subscribers|users|volunteers|students|patients|guests|readers|followers)`,
  // Harm counted: "we cancelled 38 flights", "about 1,900 bookings affected", "affected around 6,000 passengers".
  String.raw`(?:cancell?ed|lost|scrapped) (?:about |around |over |nearly |some )?(?:\d[\d,]{0,12}|dozens of|hundreds of) ` +
    String.raw`(?:[\w-]+ )?(?:flights|events|sessions|appointments|operations|shifts|services|trains|lessons|classes|` +
    String.raw`orders|bookings|shipments|deliveries)`,
  String.raw`(?<![\d,])\d[\d,]{0,12} (?:[\w-]+ )?(?:bookings|orders|customers|patients|users|accounts|payments|flights|passengers|` +
    String.raw`shipments|members|households) (?:were )?affected|affect(?:ed|ing) (?:about |around |roughly |over |nearly ` +
    String.raw`|some |~)?\d[\d,]{0,12} (?:[\w-]+ )?(?:customers|patients|users|accounts|passengers|households|members|` +
    String.raw`bookings|orders|people)`,
  // How the season went: "the worst I've had", "we ended up marking most of it down".
  String.raw`the worst (?:[\w-]+ )?(?:i've|i have|we've|we have|i'd|we'd) (?:ever )?(?:had|seen|known)`,
  String.raw`(?:had to|ended up) (?:mark|marking|write|writing) (?:[\w-]+ ){0,4}?(?:down|off)`,
  // How an inspection, a grade or an offer went: "it went badly", "rated 'Requires improvement'", "twelve students dropped
  // a grade", "three missed their university offers", "our marks were adjusted down by the moderator".
  String.raw`went (?:really |very |so |pretty |quite )?(?:badly|poorly)`,
  String.raw`rated (?:as )?["'\u201c\u2018]?(?:requires improvement|inadequate|unsatisfactory|poor)`,
  String.raw`(?:dropped|lost|fell) (?:a|one|two|a whole) grades?|` +
    String.raw`missed (?:their|his|her|my|our) (?:[\w-]+ )?offers?(?! grades| conditions)|` +
    String.raw`(?:marks|grades|scores|ratings?) (?:were |was |got )?(?:adjusted|marked|moved|brought|pulled) down|downgraded`,
  // Those served or relied on walking away: "two guests checked out and went elsewhere", "the coach company pulled out",
  // "they didn't convert", "the new CFO froze all new spend", "a lot of complaints".
  String.raw`(?:checked out|went|moved|took (?:their|his|her) business)(?: early)?(?: and went)? elsewhere`,
  String.raw`(?:company|supplier|venue|sponsor|partner|caterer|contractor|firm|vendor|speaker|school|client|funder)s? ` +
    String.raw`(?:had |then |also )?(?:pulled out|dropped out|backed out|withdrew)`,
  String.raw`(?:did not|didn't|never) convert`,
  String.raw`(?:froze|cut|pulled|withdrew|slashed) (?:all |the |our |their )?(?:new |remaining )?(?:spend|spending|budget|funding)` +
    String.raw`(?! (?:forward|ahead|in|up)\b)`,
  String.raw`(?:a lot of|lots of|dozens of|hundreds of|many|a string of|a stream of) (?:angry |formal )?complaints`,
  String.raw`(?:crashed|broke|froze|died|failed) (?:during|in|at|mid-?way through) the (?:demo|presentation|pitch|launch|event|show|` +
    String.raw`final|assessment)`,
  String.raw`none of us (?:got|made|passed|won|placed)`,
  // How it went, in one word: "check-in was a nightmare for the first week".
  String.raw`(?:was|were|turned into|became) (?:a |an )?(?:complete |total |absolute |bit of a |real )?(?:nightmare|disaster|` +
    String.raw`shambles|fiasco|mess)(?! (?:before|when|until) (?:i|we))`,
  // Money handed back and stock thrown away: "the deposits were refunded to families", "we lost about 230 kg of chilled
  // stock", "had to bin the lot".
  String.raw`(?:deposits?|money|fees?|tickets?|payments?) (?:was|were|had to be|got) (?:all )?refunded`,
  String.raw`lost (?:about |around |over |nearly |roughly |some )?\d[\d,.]* ?(?:kg|tonnes?|litres?|units|cases|pallets|boxes|crates)` +
    String.raw`(?: of)?`,
  String.raw`(?:had to|ended up having to) (?:bin|throw (?:away|out)|dispose of|destroy|write off|scrap) (?:the lot|it all|all of it|` +
    String.raw`everything|the whole (?:[\w-]+ ){0,2}?(?:batch|lot|order|delivery|stock))`,
  // What an inspection or a regulator said: "a 'requires improvement' rating", "an improvement plan was required".
  // The match starts outside the quotes a grade is usually written in, so it is not taken for quoted words.
  String.raw`(?:a|an|the|its|their|our) ["'\u201c\u2018]?(?:requires improvement|inadequate)["'\u201d\u2019]? ` +
    String.raw`(?:rating|grade|judgement|verdict|outcome)|` +
    String.raw`special measures|improvement (?:plan|notice) (?:was|were) (?:required|issued|imposed)`,
  // A goal missed by a stated share: "I closed $291K in Q3, 71% of the number"; not a budget, where under is good.
  String.raw`(?<![\d.])(?:[1-8]?\d|9[0-4])(?:\.\d+)?% (?:of|against) (?:the |my |our |their |its )?` +
    String.raw`(?:number|quota|target|goal|forecast|plan)(?![\w-])`,
  // Short of what was needed: "well below what Halden needed".
  String.raw`(?:well|way|far|a long way) below what (?:[\w'-]+ ){1,3}?(?:needed|expected|wanted|required|hoped for|asked for)`,
  String.raw`(?:budget|funding)(?: for (?:[\w-]+ ){1,4}?)? (?:was|were|got) (?:cut|pulled|withdrawn|frozen|slashed)`,
  // A measure down on the year or the plan: "sales were slightly down on the year before", "takings were 4% lower than last
  // year" (not "costs were down on last year", where down is good).
  String.raw`(?:sales|revenue|takings|turnover|footfall|bookings|orders|profits?|margins?|attendance|membership|donations|marks|` +
    String.raw`grades|scores|results|` +
    String.raw`income|sign-?ups|enrol(?:l)?ments) (?:was|were|came in|ended(?: up)?|finished) (?:slightly |a bit |a little |well |way |` +
    String.raw`significantly |\d[\d.]*% |about \d[\d.]*% )?(?:down|lower|below) (?:on|than|against|compared (?:to|with)|versus|vs\.?) ` +
    String.raw`(?:the |our |its |their )?(?:year|last|previous|prior|same|target|plan|budget|forecast)`,
  // Stock left unsold, a slot lost to someone else, a rating that fell, a patient's fall: "~\u00a3600k stock carried over into SS23",
  // "the coach company had given our slot to another school", "rating dropped 5 \u2192 3", "she'd had a fall".
  String.raw`(?:stock|inventory) (?:was |were |got |had to be )?carried (?:over|forward)`,
  String.raw`(?:given|gave|handed|sold|let) (?:our|my|the) (?:slot|booking|place|table|spot|date|stand|pitch) to (?:another|someone ` +
    String.raw`else|a competitor|a rival)`,
  String.raw`(?:rating|ratings|score|stars|ranking|nps|csat|grade)s? (?:[\w-]+ )?(?:dropped|fell|went down|slipped|was downgraded|` +
    String.raw`were downgraded)(?! (?:back|off|away)\b)(?! (?:only|just) )`,
  String.raw`(?:had|suffered) (?:a|another) (?:[\w-]+ )?fall(?! in (?:complaints|errors|incidents|costs|waiting|wait|delays)\b)\b`,
  // A complaint that went over the writer's head: "a complaint from a customer about queues on the 23rd that went to head
  // office".
  String.raw`complaints? (?:[\w'-]+ ){0,10}?(?:went|was escalated|got escalated|escalated|was passed|was sent) (?:up |straight )?to ` +
    String.raw`(?:head office|the (?:ombudsman|regulator|council|chief executive|ceo|area manager|regional (?:manager|office)|` +
    String.raw`trust|board|governors))`,
  // Work not ready when it was needed: "the dashboard was not ready for the board meeting".
  String.raw`(?:was not|wasn't|were not|weren't|was never|were never) ready (?:in time )?(?:for|by) (?:the|our|their|its) ` +
    String.raw`(?:[\w-]+ )?(?:meeting|launch|deadline|review|board|event|opening|audit|inspection|go-live|demo|conference|season|peak)`,
  // Someone served who stopped coming and went elsewhere: "he stopped booking", "she'd gone to another clinic nearby".
  String.raw`(?<!\b(?:i|we|who|that|which)(?: [\w-]+)? )stopped (?:booking|coming|ordering|buying|attending|paying|turning up|showing up)` +
    // Not those who stopped coming to complain: "the nurses stopped coming to the office to complain".
    String.raw`(?! (?:agency|overtime|extra|in on)\b)(?!(?: [\w'-]+){0,4} to (?:complain|moan|chase|shout|argue|queue|escalate)\b)|` +
    String.raw`(?:had |'d )?(?:gone|went|moved|switched) to (?:another|a different|a rival) ` +
    String.raw`(?:[\w-]+ )?(?:clinic|provider|practice|gym|school|bank|supplier|agency|vendor|firm|shop|store|salon|dentist|` +
    String.raw`physio|pharmacy|nursery|company|carrier|insurer)`,
  // Told by the recovery from it: "everything was back to normal by Saturday", "a post-incident review", "the resubmission
  // was accepted", "quality did suffer".
  String.raw`(?:was|were|got|is|are|came|went) (?:all |everything )?back to normal|post-incident|post-mortem|postmortem|` +
    String.raw`(?:the|our|a) resubmission|(?:quality|morale|service|standards|the work) (?:really |badly )?(?:suffered|did suffer)`,
  // A lesson that concedes a plan failed: "things don't always go to plan".
  String.raw`(?:things|plans|projects|events) (?:don't|do not|didn't|did not|won't|will not) (?:always )?go ` +
    String.raw`(?:to plan|as planned|the way you)`,
  // A defect that reached the people served, found by them or patched in a hurry.
  String.raw`(?:found|spotted|caught|reported|discovered) by (?:a |the |our |one of our )?(?:customers?|clients?|users?|patients?|members)`,
  String.raw`(?:a |an |the )?(?:emergency )?hot-?fix (?:was|had to be|got) (?:released|shipped|pushed|deployed)|(?:had to|we|i) ` +
    String.raw`(?:ship|push|release|deploy)(?:ed)? (?:a |an )?(?:emergency )?hot-?fix`,
];

/**
 * A habit kept since the setback: "I still read the strength aloud on every opioid I check", "I still open every review
 * with the question I need answered". A reflection and a concrete change at once, so both lists below hold it.
 */
const KEPT_HABIT = String.raw`i still (?:[\w'-]+ ){1,10}?(?:every|each|whenever|any time|before (?:any|every))`;

/** A rule the writer set themselves: "For myself I made a rule I still keep: feedback about a person goes into a one-to-one". */
const RULE_SET = String.raw`i (?:made|set|gave) (?:myself )?(?:a|one|the|this) (?:new )?rule`;

/**
 * A habit told by what everything the writer owns now gets: "every outreach project I sign off now starts with an
 * evaluation design", "each rota I write now has a spare shift".
 */
/** Since the setback, named: "since that project", "ever since that outage". */
const SINCE_THAT =
  String.raw`since (?:that|this) (?:[\w-]+ )?(?:project|incident|day|launch|release|outage|job|episode|experience|mistake|audit|` +
  String.raw`complaint|review|one|recall|week|night)`;

/** Verbs of knowing, thinking or minding: no habit after "I don't" or "I never". */
const NOT_A_HABIT = String.raw`(?!(?:know|think|remember|understand|see|mind|care|hear|get|find out|realise|realize)\b)`;

/**
 * A habit the writer keeps now, told in the present: "What I do now in any disagreement is …", "I don't give a customer a
 * date for anything that hasn't shipped", "I've used the same idea for our cleaning schedules since".
 */
const KEPT_NOW =
  // Not a state of mind ("I don't know until the review") or where the writer has been since ("I've worked there since").
  String.raw`what (?:i|we) do (?:differently )?now|(?:i|we) (?:don't|do not) ${NOT_A_HABIT}[a-z]+ (?:[\w'-]+ ){0,10}?` +
  String.raw`(?:without|until|unless)|(?:i|we) never (?![a-z]+ed\b)${NOT_A_HABIT}[a-z]+ (?:[\w'-]+ ){0,10}?(?:without|until|unless)|` +
  String.raw`(?:i|we)(?:'ve| have) (?!(?:been|worked|stayed|lived|had|moved|left|kept in touch)\b)[a-z]+ (?:[\w'-]+ ){0,12}?` +
  String.raw`(?:ever )?since(?: then)?(?=[,.!;]|$)|` +
  // "When I take over any package now, I read the full site diary in week 1", "Before I approve a run now, I compare …".
  String.raw`(?:when|whenever|before|after|once|if) (?:i|we) [^.;]{1,60}? now, (?:i|we) (?!(?:was|were|felt|thought|think|feel)\b)[a-z]+`;

/** "From that production on, I check every address myself", "from this incident on we": a habit dated from the setback. */
const FROM_THAT_ON = String.raw`from (?:that|this) (?:[\w-]+ ){1,2}?on,? (?:i|we) (?!(?:was|were|felt|thought|think|feel)\b)[a-z]+`;

/** "These days every kit order I send goes back for sign-off": a habit told over everything the writer now does. */
// Not whom the writer meets: "these days every team I talk to has the same problem".
const EVERY_ONE_NOW =
  String.raw`(?:these days|nowadays),? (?:every|each|any|all) (?:[\w-]+ ){1,4}?(?:i|we) ` +
  String.raw`(?!(?:know|meet|talk|speak|see|hear|work|deal|come|interview|am|was)\b)[\w-]+`;

const OWNED_NOW =
  String.raw`(?:every|each|any) (?:[\w-]+ ){0,3}?(?:i|we) (?:[\w-]+ ){1,2}?now (?:starts?|begins?|has|have|gets?|goes|` +
  String.raw`includes?|needs?|requires?|opens?|carries|comes)`;

/** "I haven't signed a layout change since without walking it on that shift": a habit told by what never happens now. */
const NOT_SINCE_WITHOUT = String.raw`(?:i|we) (?:haven't|have not|have never|'ve never|'ve not) [^.;]{1,60}? since(?: then)?,? without`;

/**
 * The writer's change made after the setback, told as what they did next: "After that wedding I changed how dietary
 * requirements work at the venue", "Following the audit, we introduced a second check". A change of how things work,
 * not the fix of the day ("After that I changed the config back" names no new way of working).
 */
const AFTER_IT_I_CHANGED =
  String.raw`(?:after|following) (?:that|this|it|the [\w-]+)(?: [\w-]+)?,? (?:i|we) (?:changed (?:how|the way)|introduced|` +
  String.raw`brought in|put in place|set up (?:a|an)|started (?:a|an|to)|rewrote (?:the|our) (?:process|procedure|checklist|policy))`;

/** Reflection: what was learned, or what the writer does or would do differently now. */
export const REFLECTION: readonly string[] = [
  String.raw`(?:i|we) ${ADV}(?:learned|learnt|realized that i|realised that i|realized i|realised i)`,
  String.raw`i've (?:since|learned|learnt|changed|started)`,
  // Not a school lesson: "I started every lesson with a worded question", "lesson plans", "in maths lessons".
  String.raw`(?<!(?:every|each|per|weekly|daily|double|practical|maths|math|english|science|history|geography|music|revision|` +
    String.raw`catch-up|cover|tutor|(?:in|during|across|between)(?: (?:my|our|the|their|his|her))?) )lessons?` +
    String.raw`(?! (?:plans?|planning|objectives?|observations?|time|slots?|starters?)\b)`,
  'learnings?',
  'taught me',
  'teaches me',
  'showed me',
  'in hindsight',
  'in retrospect',
  'retrospect',
  'looking back',
  'next time',
  'differently',
  String.raw`if i (?:did|had|could do|were to do|had to do) (?:it|this|that)(?: \w+)? (?:again|over)`,
  String.raw`(?:i|we) (?:would|could|should|might)(?: not|n't)? (?:have|'ve)`,
  // Not "I'd have to check": unsure of a figure, not a lesson.
  String.raw`(?:i|we)'d (?:have(?! to (?:check|look|ask|double-check|confirm))|now|start|push|ask|involve|insist|test|plan|raise|` +
    String.raw`escalate|set)`,
  'now i always',
  'i now',
  'now i',
  'since then',
  // "Since that project, I test with assistive-technology users in the first fortnight".
  SINCE_THAT,
  'from then on',
  FROM_THAT_ON,
  // "For me, from that night: any allergy goes in with the modifier button, and I say it to expo every time".
  String.raw`from (?:that|this) (?:night|day|shift|point|moment|week|incident|outage|mistake)(?! (?:until|to|till)\b)`,
  EVERY_ONE_NOW,
  KEPT_NOW,
  'ever since',
  // A note-form label for the change: "Changed: I sample real export files in week 1".
  '(?:what i )?changed:',
  'takeaways?',
  'changed (?:how|the way) i',
  'going forward',
  'these days i',
  'never again',
  'i make sure',
  'i always',
  String.raw`made me (?:a better|more|realize|realise|rethink)`,
  'i have since',
  'wish i had',
  'habit',
  'i started (?:to )?always',
  RULE_SET,
  // The change announced before it is told: "Two things changed because of it."
  String.raw`(?:two|three|a few|several|some) things (?:changed|are different) (?:because of|after|since) (?:it|that|this)`,
  KEPT_HABIT,
  // "To this day I open with the problem."
  'to this day',
  AFTER_IT_I_CHANGED,
  // "I no longer report a miss as external until I've done the breakdown".
  'i no longer',
  NOT_SINCE_WITHOUT,
  OWNED_NOW,
];

/**
 * Lessons that name no change: "communication is key", "I learned a lot". A reflection made only of
 * these is no lesson; one that says what the writer now does differently is.
 */
export const PLATITUDES: readonly string[] = [
  String.raw`(?:communication|planning|teamwork|testing|documentation|collaboration|trust|listening|transparency|` +
    String.raw`preparation|alignment|ownership|patience|flexibility|attention to detail|empathy|accountability|consistency|` +
    String.raw`honesty|follow-up|follow-through) (?:is|are) (?:(?:so|really|very|always|` +
    String.raw`absolutely) )?(?:key|important|crucial|everything|vital|essential|critical)`,
  String.raw`the importance of (?:good |clear |early |better )?(?:communication|planning|teamwork|testing|` +
    String.raw`documentation|collaboration|trust|listening|transparency|preparation|alignment|stakeholders?)`,
  String.raw`learn(?:ed|t) (?:a lot|so much|a great deal|many things|loads)`,
  // "It showed me how important it is to have proper training": the importance of something, not a change.
  String.raw`how important (?:it is|it was|[\w-]+ (?:is|are|was|were)) (?:to|for|that)?`,
  String.raw`(?:a|it was a) (?:(?:good|great|valuable|real|big|huge) )?learning (?:experience|opportunity|curve)`,
  String.raw`learn(?:ed|t) (?:a lot )?(?:about|from) (?:it|this|that|the experience|my mistakes?|working in a team|teamwork)$`,
  String.raw`learn(?:ed|t) to (?:be more careful|communicate better|plan better|ask for help|trust (?:the|my) team|be patient)`,
  String.raw`(?:made|makes) me (?:a )?(?:stronger|better (?:engineer|manager|person|leader))`,
  // Advice that fits any story: "always keep stakeholders in the loop", "you have to stay flexible".
  String.raw`(?:always )?keep (?:the )?(?:stakeholders|everyone|people|the team|them|others) (?:in the loop|` +
    String.raw`informed|updated|posted|aligned)`,
  String.raw`(?:stay|staying|be|being) (?:more )?(?:flexible|calm|positive|focused|adaptable|patient|careful|` +
    String.raw`proactive|organi[sz]ed|resilient)`,
  String.raw`things (?:happen|go wrong|don't always go to plan)`,
  'expect the unexpected',
  String.raw`(?:communicate|communicating|plan|planning) (?:early|better|more)(?: and (?:often|more))?`,
  String.raw`(?:don't|do not|never) give up`,
  String.raw`(?:it's|it is) (?:important|key|crucial|vital|essential) to (?:communicate|plan|test|stay|be|keep|ask|listen|double-check)`,
  // Looking back with pride or at luck names nothing the writer would change.
  String.raw`(?:proud of (?:how|the way|what)|handled (?:it|things|the situation) (?:well|calmly|professionally)|did (?:our|my) ` +
    String.raw`best|did (?:everything|all) (?:we|i) could|(?:bad|just) (?:timing|luck)|out of (?:our|my) (?:hands|control))`,
  String.raw`(?:a |an )?(?:humbling|tough|hard|difficult|good|valuable|great|eye-opening|stressful) (?:experience|week|time|journey)`,
  String.raw`grew (?:a lot|so much|as an? (?:person|leader|engineer|manager|professional))`,
  // A deflection told in the words of a lesson: "it wasn't really anything I could have controlled".
  String.raw`(?:wasn't|was not|isn't|is not) (?:really )?(?:anything|something|much) (?:that )?(?:i|we) could (?:have |'ve )?` +
    String.raw`(?:controlled|done|changed|prevented|influenced)`,
  String.raw`taught me (?:a lot|so much|patience|resilience|humility|to be (?:more )?(?:careful|patient|humble|resilient))`,
  // Maxims of the trade: "how far a personal touch goes", "one should never compromise on policy".
  String.raw`(?:a|the) personal touch|(?:never|not) compromise on`,
];

/** Signs that a lesson names a changed behaviour: "since then I …", "I now …", "before every release". */
export const CONCRETE_CHANGE: readonly string[] = [
  // Not what someone else did since: "Since then the business has moved to a different agent."
  String.raw`(?:since then|from then on)(?!,? (?:the|a|an|they|he|she|it|that|this|their|his|her)\b)`,
  'now i',
  'i now',
  // "Now when we're behind, I say out loud …": a habit kept since, told with its occasion first.
  String.raw`now,? (?:when|whenever|if|before|after|every time) [^.;]{0,60}?,? i (?!(?:was|felt|thought|think|feel)\b)[a-z]+`,
  String.raw`(?:what i )?changed: i [a-z]+`,
  "i've since",
  'i have since',
  'these days',
  KEPT_HABIT,
  String.raw`to this day,? i (?!(?:was|felt|think|feel|wonder|regret)\b)[a-z]+`,
  'i no longer',
  NOT_SINCE_WITHOUT,
  OWNED_NOW,
  AFTER_IT_I_CHANGED,
  FROM_THAT_ON,
  EVERY_ONE_NOW,
  KEPT_NOW,
  'every time',
  'before every',
  'before each',
  'on every',
  'checklist',
  'runbook',
  'template',
  RULE_SET,
  // A rule the writer now keeps: "my rule now is that no pilot starts without a success measure".
  String.raw`(?:my|our) (?:new |own )?(?:rule|habit|practice|default)(?: now| since)? is`,
  String.raw`i (?:started|began|stopped|always|never|make sure|write|ask|add|set up|run|check|test|book|keep|` +
    String.raw`send|share|review|involve|schedule|build|plan)`,
  String.raw`(?:next time|if i did it again|if i were to do it again)[^.]{0,20}? i(?:'d| would)`,
  // "I'd have asked", "I would book": a participle after "have", a verb's base without it ("I'd booked" is "I had booked").
  String.raw`i(?:'d| would) have (?:started|asked|involved|checked|tested|written|raised|escalated|pushed|` +
    String.raw`planned|built|set|flagged|booked|run)`,
  String.raw`i(?:'d| would) (?:start|ask|involve|check|test|write|raise|escalate|push|plan|build|set|flag|book|run)\b`,
  // "What I do differently now is agree the measure first", "what I do now is …".
  String.raw`what (?:i|we) (?:do|did) (?:differently )?(?:now|since|since then|after that|the next time)(?: differently)? is`,
  // The next attempt told as done: "the next time I bid, I priced maintenance separately".
  String.raw`(?:the )?next time (?:i|we|it|a|an|the|that|this)\b[^.;]{0,40}?,? (?:i|we) (?!(?:was|were|had|felt|thought|got lucky)\b)` +
    String.raw`[a-z]{2,}ed\b`,
];
