/*
 * Phrases that put a failure on someone else. Sources of regular expressions
 * over a lower-cased sentence with straight apostrophes, kept here as data so
 * they read as phrases. `{OTHER}` stands for a party other than the writer
 * (they, the vendor, the other team, QA, my manager …), `{DUTY}` for what that
 * party was meant to do (tested, told, ran …).
 */

/** "IT", the department, as the blame rule searches it: a placeholder no text holds, the length of "IT". */
export const IT_DEPARTMENT = 'qx';

/** A word between a consequence's subject and its "would": "it probably would have", "it just wouldn't have". */
const BEFORE_WOULD = String.raw`(?: probably| likely| definitely| certainly| easily| just| simply)?`;

/** The sales team, not sales counted by a day, a season or a channel ("the weekend sales were loaded late": figures). */
const SALES_TEAM =
  String.raw`(?<!(?:weekend|weekday|daily|weekly|monthly|quarterly|yearly|annual|online|in-store|store|shop|holiday|christmas|` +
  String.raw`seasonal|ticket|total|retail|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|last) )sales`;

/** Parties a writer blames: never I, we or "our team". */
export const OTHER_PARTY =
  String.raw`(?:they|he|she|(?:the|their|his|her|my|that|this|our) (?:[\w'-]{1,30} ){0,2}?(?:team|teams|vendor|` +
  String.raw`vendors|partner|partners|contractor|contractors|supplier|suppliers|agency|consultants?|client|qa|` +
  String.raw`ops|devops|sre|product|management|manager|pm|designers?|engineers?|developers?|testers?|lead|` +
  String.raw`director|owners?|folks|guys|people|side|provider|intern|colleague|colleagues|studio|firm|printers?|` +
  String.raw`couriers?|carriers?|landlord|council|bank|schools?|colleges?|warehouse|department|hq|head office|it department|` +
  String.raw`squads?|` +
  String.raw`dba|dbas|cto|ceo|cfo|coo|cio|cmo|cpo|ciso|vp|boss|supervisor|lawyers?|auditors?|regulators?|recruiters?|agencies|` +
  String.raw`marketing|${SALES_TEAM}|legal|security|finance|procurement|contact|counterparts?|analysts?|architects?|` +
  String.raw`co-op(?! (?:update|mode|game|play|feature|build|patch|release|version|campaign|session)s?\b)|` +
  String.raw`university|studio|partner|shift|shifts|crew|crews|staff|site|branch|office|committee|board|sponsors?|lab|pi|` +
  String.raw`foreman|trustees|underwriters?|estimators?|agents?|brokers?|installers?|surveyors?|electricians?|builders?|` +
  String.raw`hospital|hospitals|clinic|ward|caterers?|venue|integrators?|manufacturer|manufacturers|` +
  String.raw`subcontractors?|publishers?|distributors?|wholesalers?|insurers?|nurses|doctors|clinicians|technicians|mechanics|` +
  String.raw`drivers|operatives|guy|dept|depts|deputy|helpdesk|help desk|service desk|aes|ams|sdrs|bdrs|pms|csms|ems|lads|mods|` +
  String.raw`moderators|caretakers?|salesperson|salespeople|sales reps?|tellers?|cooks?|chefs?|receptionists?|cleaners?|porters?)|` +
  // "anyone in the change process", "someone from finance".
  String.raw`(?:anyone|anybody|someone|somebody) (?:in|from|on|at) (?:the )?[\w-]{1,30}(?: [\w-]{1,30})?|` +
  String.raw`[\w-]{1,30}'s (?:team|engineers?|developers?|side|people|folks)|qa|ops|devops|product|management|eng|staff|` +
  String.raw`legal|security|marketing|${SALES_TEAM}|finance|leadership|design|engineering|procurement|compliance|` +
  String.raw`purchasing|infra|infrastructure|managers|consultants|trustees|underwriting|estimating|foremen|head office|` +
  String.raw`recruiting|dev|devs|platform|hr|agencies|vendors|suppliers|contractors|hauliers|couriers|` +
  // "IT were three months late": the department, which lower case cannot tell from "it". The rule writes "IT" as this
  // placeholder, of the same length, before it searches (rules/blame-shifting.ts, asSearched).
  String.raw`${IT_DEPARTMENT}|` +
  // Departments named bare: "Pharmacy never got the discharge medications up", "warehouse mgmt sat on the sign-off".
  String.raw`networking|operations|pharmacy|(?:group |central )?treasury|payroll|estates|facilities|housekeeping|(?:[\w-]{1,30} )?mgmt|` +
  String.raw`(?:[\w-]{1,30} )?depts?|` +
  // Another shift, named bare: "night shift never followed it", "if nights had followed the plan".
  String.raw`(?:night|day|late|early|weekend|morning|evening|back) shifts?|nights|lates|` +
  // The other end of an operation, named bare: "warehouse was loading late most nights", "dispatch booked it".
  String.raw`warehouse|dispatch|` +
  // A firm named bare, as notes do: "Gas contractor didn't turn up. Twice.", "Merchant never rings back".
  String.raw`merchant|contractor|subcontractor|vendor|supplier|carrier|courier|installer|manufacturer|wholesaler|distributor|agency|` +
  String.raw`landlord|council|(?:contact|call) cent(?:re|er))`;

/** The writer's own group or ground: "my shift", "our side", "my section". */
const OWN_GROUP_NOUNS =
  String.raw`(?:shift|team|side|watch|end|part|crew|unit|section|department|kitchen|ward|desk|squad|store|branch|` +
  String.raw`site|office)`;
/** Not the writer's own group after "on" or "with": "the miss was on my shift", "the problem was on my side", "on our own team". */
const NOT_OWN_GROUP = String.raw`(?!(?:my|our) (?:own )?(?:[\w-]{1,30} )?${OWN_GROUP_NOUNS}\b)`;

/** Departments and outside parties a trouble can be filed under: "an estates issue", "a procurement thing", "a Product issue". */
const PARTY_AREAS =
  String.raw`(?:it|product|estates|procurement|engineering|facilities|finance|hr|legal|marketing|sales|ops|operations|vendor|` +
  String.raw`supplier|carrier|contractor|agency|client|head office|management|leadership|systems?|supply[- ]chain|logistics|` +
  String.raw`payroll|infrastructure|infra|network|courier|landlord|council|pharmacy|lab|design|qa|it department)`;

/**
 * Not the writer's own group after "my" or "our" ("my section's fault", "our team's fault"); "our supplier's fault" or "my
 * manager's fault" still names another party.
 */
const OWN_GROUP_NEXT = String.raw`(?!(?<=\b(?:my|our) )(?:own )?${OWN_GROUP_NOUNS}'s)`;

/** Words that call another party or what they supplied worthless: the probes of 'their thing was useless'. */
const WORTHLESS = [
  'useless',
  'hopeless',
  'unreliable',
  'a joke',
  'no help',
  'incompetent',
  'clueless',
  'garbage',
  'rubbish',
  'junk',
  'trash',
  'impossible to',
  'nightmare to',
];

/** Up to two more words of the clause: "the vendor, as usual, delivered late", stopping at "and", "but", "so" or "which". */
const CLAUSE_ON = String.raw`(?: (?!(?:and|but|so|which|who|because|then)\b)[\w'-]{1,30}){0,2}`;

/** Words after "frankly" that concede or praise, not sneer: "frankly, the client was right to push back". */
const PRAISE_NEXT =
  String.raw`(?!(?: really| very| quite| so| absolutely| completely| entirely)? (?:right|correct|great|brilliant|fair|justified|` +
  String.raw`helpful|amazing|fantastic|excellent|supportive|patient|a point|every right|good|better|generous|kind)\b)`;

/** Times, not parties: "if Monday had been quieter" blames no one. */
const TIMES =
  String.raw`monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|` +
  String.raw`september|october|november|december|christmas|easter|summer|winter|spring|autumn`;

/**
 * Another party more widely, for a failing told in a setback story: a known party above, a predecessor ("the previous
 * ward manager", "my predecessor"), some of a group ("a couple of colleagues"), or someone's part of the work ("Josh's
 * backend part", "Security's review queue").
 */
export const ANY_PARTY =
  String.raw`(?:${OTHER_PARTY}|(?:the|my|our) (?:previous|former|old|outgoing|last) (?:[\w-]{2,30} ){0,2}?(?:manager|lead|head|` +
  String.raw`director|owner|team|supplier|vendor|contractor|agency|provider|analyst|engineer|chef|coordinator|buyer|planner)|` +
  String.raw`my predecessor|(?:the|their|our) heads? of [\w-]{2,30}|` +
  String.raw`(?:the|their|our) (?:[\w-]{2,30} )?(?:(?:instructor|teacher|tutor|lecturer|professor|coach|` +
  String.raw`trainer|organi[sz]er|doctor|consultant|inspector|moderator|examiner|planner|buyer|dispatcher|driver|` +
  String.raw`picker|loader|porter|joiner|plasterer|plumber|carpenter|bricklayer|scaffolder|roofer|labourer|fitter|chef|cook|` +
  String.raw`clerk|officer|pharmacist|receptionist|cleaner|accountant|bookkeeper|dba|sysadmin|administrator|controller|` +
  String.raw`operator|reviewer|approver|assessor|invigilator|caretaker|handler)s?|coaches|org|organi[sz]ation|division|function|unit)|` +
  String.raw`(?:half|some|most|several|a few|a couple) of them|` +
  String.raw`(?:a couple of|some|several|two|three|a few|half) (?:of )?(?:the |my |our )?(?:[\w-]{2,30} )?` +
  String.raw`(?:colleagues|teachers|staff|nurses|drivers|engineers|developers|managers|volunteers|members|people)|` +
  String.raw`(?!(?:my|our|i|we)\b)[\w-]{2,30}'s (?:[\w-]{1,30} )?(?:part|piece|section|bit|work|code|end|review|queue|process|` +
  String.raw`data|handover|sign-?off|approval))`;

/**
 * Kinds of group a cause can be put on, named bare or after "the": "because the product team …", "because QA …". Kin to
 * PARTY_AREAS, read as a subject rather than before "issue": plurals and "team", "office", "staff" too, and no "it", which
 * as a subject is the pronoun ("because it didn't fit").
 */
const GROUPS =
  String.raw`(?:team|teams|department|departments|office|offices|agency|council|vendor|vendors|supplier|suppliers|contractor|` +
  String.raw`contractors|forwarder|` +
  String.raw`haulier|carrier|courier|qa|facilities|infra|infrastructure|hr|legal|procurement|finance|staff|management|ops|` +
  String.raw`operations|engineering|sales|marketing|product|estates|security|payroll|pharmacy|landlord|client|partner|partners|` +
  String.raw`provider|printer)`;
/**
 * People named bare by their work, in the plural, for what they left undone in a setback: "instructors didn't step in",
 * "site managers never ran the checks". Not those a story serves or measures (customers, visitors, donors).
 */
const BARE_WORKERS =
  String.raw`(?:[a-z][\w-]{1,29} )?(?:(?!(?:competitors|visitors|investors|errors|monitors|sensors|factors|indicators|vendors|` +
  String.raw`donors|mirrors|floors|doors|motors)\b)[a-z][\w-]{1,29}(?:ors|ists|ians)|managers|developers|` +
  String.raw`designers|engineers|drivers|planners|teachers|trainers|leaders|officers|workers|cleaners|testers|installers|builders|` +
  String.raw`buyers|schedulers|dispatchers)`;

/** A counterfactual act of another party, not how a thing turned out: "had just stuck to", not "had failed", "had been". */
const AGENT_ACT =
  String.raw`(?:just |only |actually |simply |even )?(?!(?:not|failed|passed|been|worked|gone|held|run|broken|crashed|succeeded|` +
  String.raw`stayed|come|arrived|happened|lasted)\b)[\w-]{2,30}`;

/** Another party in a counterfactual: a known party, or any "the …" that is not the writer's ("if the haulier had …"). */
export const ANY_OTHER =
  // Not a thing that ran or failed: "if the tests had covered the export" blames no one. A person named with a title
  // counts: "if Dr Hale had used the template".
  String.raw`(?:${OTHER_PARTY}|(?:dr|mr|mrs|ms|miss|prof|professor|sister|cllr|councillor)\.? [\w'-]{2,30}|` +
  String.raw`(?:the|their|that) (?!(?:first|second|last|next|weather|rain|snow|storm|tests?|test suite|checks?|` +
  String.raw`alerts?|alarms?|monitoring|logs?|data|system|systems|config|code|scripts?|jobs?|pipeline|backups?|build|builds)\b)` +
  String.raw`(?:[\w-]{1,30} ){0,2}?[\w-]{3,30})`;

/**
 * Who a lesson for others names: a party above, or people named by their work ("the landscapers", "the
 * accountants"), which a lesson sentence names as often as a team.
 */
export const LESSON_PARTY =
  // The word before a party in -ers is a modifier ("night managers"), never "so": "…, so reviewers have to acknowledge them".
  String.raw`(?:${OTHER_PARTY}|(?:the )?(?:(?!so\b)[\w-]{1,30} )?(?!(?:numbers|orders|servers|users|customers|members|containers|` +
  String.raw`printers|folders|filters|letters|papers|meters|timers|answers|chapters|corners|borders|quarters|headers|layers)\b)` +
  String.raw`[\w-]{2,30}(?:ers|ors|ists|ants|ians)|` +
  // A team named bare, as notes do: "design team needs to issue on time".
  String.raw`(?!(?:my|our|the|whole|entire|a|one)\b)[\w-]{2,30} team|` +
  // Groups named bare in the plural: "platform teams should freeze their contracts", "boards need to decide early".
  String.raw`(?:[\w-]{1,30} )?(?:teams|boards|departments|vendors|suppliers|agencies|companies|organi[sz]ations|trusts|councils|` +
  String.raw`hospitals|schools|execs|executives|stakeholders|partners|banks|firms|agencies|airlines|practices|platforms))`;

/**
 * What "run" tells as a state, not as a duty done or left undone: "the hospital never ran dry", "the store never ran out"
 * (read so here and in attribution.ts; the duties below leave out "ran over" too).
 */
export const RUN_OUT_STATES = 'dry|out|low|short|empty';

/** A sanction put on someone, which is no duty done or left undone: "the timber merchant never put us on stop". */
const SANCTION = String.raw`(?:us|me|them|him|her) on (?:stop|hold|notice|probation)`;

/** What another party was meant to do. */
export const DUTY =
  // Not a state told with "run": "the hospital never ran dry", "the store never ran out".
  String.raw`(?:(?:run|ran)(?! (?:${RUN_OUT_STATES}|over)\b)|test|tested|tell|told|inform|informed|notify|notified|` +
  String.raw`warn|warned|check|checked|review|` +
  String.raw`reviewed|reply|replied|respond|responded|answer|answered|follow|followed|deliver|delivered|send|` +
  String.raw`sent|share|shared|document|documented|update|updated|fix|fixed|give|gave|provide|provided|mention|` +
  String.raw`mentioned|communicate|communicated|show up|showed up|read|escalate|escalated|flag|flagged|prepare|` +
  // Returning a call or a thing, not coming back: "so they never returned", "the provider did not return anything".
  String.raw`prepared|plan|planned|listen|listened|call|called|` +
  String.raw`return(?:ed)?(?= (?:the|our|my|a|an|any|his|her|their|calls?|emails?|messages?|it|them|me|us)\b)|` +
  String.raw`deploy|deployed|approve|approved|` +
  String.raw`sign|signed|ship|shipped|finish|finished|complete|completed|write|wrote|hand|handed|raise|raised|` +
  String.raw`consult|consulted|involve|involved|validate|validated|verify|verified|monitor|monitored|migrate|` +
  String.raw`migrated|patch|patched|bother to|bothered to|catch|caught|do their|did their|do his|did his|` +
  String.raw`do her|did her|keep|kept|honou?r|honou?red|meet|met|brief|briefed|reforecast|confirm|confirmed|order|ordered|` +
  String.raw`book|booked|pay|paid|loop in|looped in|sign off|signed off|put(?! ${SANCTION}\b)|added|logged|announced|` +
  String.raw`scheduled|given|done|` +
  String.raw`supplied|leave time|left time|prioriti[sz]e|prioriti[sz]ed|clean|cleaned|maintain|maintained|fill in|filled in|` +
  String.raw`label|labell?ed)`;

export interface BlamePattern {
  /** What the pattern catches, for tests and docs. */
  name: string;
  source: string;
  /** Only in Action, Result and Learning, and only when the writer is not an actor in the sentence. */
  weak?: boolean;
  /** A lesson for others: only in the Result or Learning, or in a sentence that looks ahead ("going forward", "the lesson"). */
  lesson?: boolean;
  /** The phrase needs a subject other than I, we or "our team" right before it. */
  needsOtherSubject?: boolean;
  /** Not blame when the sentence tells of a lasting good outcome: "the team never shipped late again". */
  unlessOutcome?: boolean;
  /** Not blame when negated: "it wasn't their fault". */
  unlessNegated?: boolean;
  /** Not blame when the writer acts later in the sentence: "it was out of my hands, so I focused on the rollback". */
  unlessIActAfter?: boolean;
  /**
   * Blame only in a story of a setback (a failure title, a lost customer, a missed date): "the spec we were handed was two
   * paragraphs long" explains a failure away, but in a success story it is only where the work started.
   */
  inFailure?: boolean;
  /**
   * The phrase disowns a duty, so a next sentence in which the writer acts takes it up: "It wasn't my job. I fixed it
   * anyway." Other blame needs the next sentence to own the cause or change something for good (the rule's `ownedNext`).
   */
  disownsDuty?: boolean;
  /**
   * A word not passed on: when the writer then says they found it themselves ("Nobody told me. I noticed it myself the next
   * morning"), it tells how the writer found out, not whom to blame.
   */
  toldHowFound?: boolean;
  /**
   * Blame told as cause and effect: only the writer acting in the same sentence
   * ("…, so I added a contract test") turns it into context; a next sentence does not.
   */
  causal?: boolean;
  /** Blame only when the sentence before opens with another party: "The DBA team's job ran in our window. That was the root cause." */
  pointsBack?: boolean;
  /**
   * The phrase denies the fault itself ("it wasn't my fault"): it blames even in a sentence that says whose problem it is,
   * and "…, but having no slack for them was" after it owns a share in the same breath.
   */
  deniesFault?: boolean;
  /**
   * A counterfactual about another party's act: when what it would have done is a loss ("if she'd walked out, we would
   * have lost our best volunteer"), it names a risk the writer weighed, not blame.
   */
  counterfactual?: boolean;
  /**
   * The phrase names whose duty something was ("it was the scheduling team's job"): conceded after the writer's own act
   * ("I rebooked them myself, even though it was the scheduling team's job") it is the extra the writer took on.
   */
  namesDuty?: boolean;
  /**
   * The match's first word (after "if", when it opens with one) must be written with a capital in the sentence: a person
   * or a body named by name or initials ("if Priya had …", "if CAMHS had …", "Dave was responsible for …"), which lower
   * case alone cannot tell from "if it had" or "the typo was responsible for".
   */
  namedParty?: boolean;
  /**
   * Not in the Situation or Task of a story that owns a share of the cause, where another party's failing is the problem
   * the writer took on; in a setback nobody owns, the setup is where the excuse is told.
   */
  notInSetup?: boolean;
  /** Counts in someone else's words too: the writer repeats them to be cleared ("my manager said it was not my fault"). */
  reportedCounts?: boolean;
  /** Words one of which every match contains; a sentence without any skips the pattern (speed only). */
  probe: string[];
  /**
   * The phrase says what the writer could not control ("not in our control"): among options weighed, it is why one lost
   * ("We could push the aggregator to update its sandbox, which was right but not in our control"), not an excuse.
   */
  disclaimsControl?: boolean;
  /** Words one of which every match holds as well, for a pattern whose probes are common words (speed only). */
  alsoProbe?: string[];
}

/** A course of one's own, which another person leaving unfinished is an outcome, not a duty owed ("didn't finish her apprenticeship"). */
const OWN_COURSES =
  String.raw`(?:apprenticeship|course|training|degree|programme|program|probation|qualification|placement|internship|studies|` +
  String.raw`rotation|induction)`;

/** People one meets, which no one owes as a duty ("never met their squads in person"), unlike a deadline one meets. */
const PEOPLE_MET =
  String.raw`(?:(?:their|his|her|the|any|our|a) (?:[\w-]+ )?(?:squads?|teams?|colleagues|managers?|supervisors?|mentors?|` +
  String.raw`buddy|buddies|peers|people|famil(?:y|ies)|customers?|clients?|patients?|parents?)|anyone|everyone|each other)`;

/**
 * What another party left undone, after the party: "… had not filled any of the gaps", "… didn't do the user training".
 * Not a state or a perception ("never knew", "didn't see it coming"), nor how a thing turned out ("never recovered").
 */
const LEFT_UNDONE =
  String.raw`(?:(?:also|just|even|simply|apparently|still|had|have|has|` +
  String.raw`completely|clearly|then|again|ever|really|actually) )*(?:never|failed to|didn't|did not|hadn't|had not|` +
  String.raw`refused to|forgot to|neglected to) (?:even |really |actually |properly |bothered to )?` +
  // "the clinic managers didn't do the user training we'd scheduled": a duty done by "do", named by its noun.
  String.raw`(?:(?:do|did) (?:the|their|any|his|her) (?:[\w-]{1,30} )?(?:training|checks?|checking|tests?|testing|reviews?|` +
  String.raw`handover|paperwork|maintenance|servicing|exercises|homework|follow-up|sign-off|prep|preparation|cleaning|` +
  String.raw`updates?|inductions?|briefings?)\b|` +
  // "the operator never really got to grips with it", "the department never got behind it".
  String.raw`got (?:to grips|behind|round to|around to)\b|` +
  // Nor a state told with "run": "the hospital never ran dry".
  String.raw`(?!r[au]n (?:${RUN_OUT_STATES}|over)\b)` +
  // Nor a course of one's own: "she didn't finish her apprenticeship" is how things ended, not a duty left undone.
  String.raw`(?!(?:finish|complete)\w* (?:the|her|his|their|its) ${OWN_COURSES}\b)` +
  // Nor meeting people: "most of the new joiners never met their squads in person".
  String.raw`(?!(?:meet|met) ${PEOPLE_MET}\b)` +
  // Nor a request not made: "she hadn't asked for it" (what she was owed, not a duty she skipped).
  String.raw`(?!ask\w* for\b)` +
  // Nor a test of their own not yet passed ("even though they hadn't passed their swim test"), nor a sanction never applied
  // ("the timber merchant never put us on stop").
  String.raw`(?!pass\w* (?:the|their|his|her|its|a|an|any) (?:[\w-]+ )?(?:tests?|exams?|checks?|inspections?|audits?|` +
  String.raw`assessments?|courses?|probation)\b)(?!put ${SANCTION}\b)` +
  // Nor an adverb read as the verb ("had not even been told"), nor a refusal denied ("she did not refuse").
  String.raw`(?!(?:need|have|had|know|knew|see|saw|get|feel|hear|say|think|like|even|really|actually|properly|refus|` +
  String.raw`want|mind|renew|agree|be|been|seem|look|expect|realis|realiz|notice|understand|recogni|exist|go|come|happen|` +
  String.raw`survive|recover|change|improve|sign|buy|convert|return|complain|use|make|do|show|turn|end|stop|last)\w*\b)` +
  String.raw`[\w-]{2,30})`;

/** Capitalised words that open a sentence but name no one who could have acted. */
const NOT_A_NAME =
  String.raw`i|we|it|this|that|these|those|there|they|he|she|you|nobody|no-one|everyone|everybody|someone|somebody|anyone|` +
  String.raw`anybody|one|nothing|something|which|what|who|then|so|but|and|also|still|even|testing|monitoring|the|a|an|our|my|` +
  String.raw`their|his|her|its|some|most|many|all|both|each|none|neither|either|sadly|unfortunately|honestly|obviously|` +
  String.raw`luckily|again|still|maybe|perhaps|if|when|because|since|although|though|while|after|before|until|unless|once|` +
  String.raw`now|later|eventually|finally|initially|originally|previously|yesterday|today|ever|never|data|traffic|` +
  String.raw`revenue|demand|numbers|results|things|people|customers|users|clients|patients|guests|pupils|students|members|` +
  String.raw`visitors|donors|applicants|candidates`;

/** "nobody's fault", "anyone's fault" blame no one. */
// Past up to two words before it too: "is really everyone's responsibility".
const NOT_ANYONE = String.raw`(?!(?:[\w-]{1,30} ){0,2}(?:nobody|no-one|one|anyone|anybody|everyone|everybody|someone|somebody)'s)`;

/**
 * Work the writer took on although it was not theirs: "I took responsibility for something that wasn't mine", "I picked up a
 * job that was never my job". Read after it, the duty disowned is the writer's ownership, not blame.
 */
const TAKEN_ON =
  String.raw`(?<!\b(?:something|anything|work|a job|a task|tasks|things|stuff|a problem|an area|a system|a process) ` +
  String.raw`(?:that|which) )`;

// Words are matched as [\w-]{1,30}, never an unbounded run, so a 100 KB hyphenated token cannot make a match quadratic.
export const BLAME_PATTERNS: BlamePattern[] = [
  {
    // Also in someone else's words, which the writer repeats to be cleared: "my manager said it was not my fault", "the
    // district manager said it wasn't really a reflection on me".
    name: 'not my fault',
    probe: ['fault', 'on me', 'down to me', 'down to us', 'mistake', 'error', 'doing'],
    source:
      // "None of it was down to me" denies it as "it wasn't" does.
      String.raw`(?:(?:was|is|were)(?: not|n't)|not|none of (?:it|this|that) (?:was|is|were))` +
      String.raw`(?: (?:really|entirely|totally|completely|at all))? ` +
      String.raw`(?:my (?:${OWN_GROUP_NOUNS}['\u2019]s )?fault|` +
      String.raw`my (?:own )?(?:mistake|error|doing)|` +
      // "It wasn't my fault alone; I signed it off" shares the fault.
      // "Not down to us really — lift and racking", "it wasn't our fault": the writer's group cleared with them.
      String.raw`(?:a )?reflection on me|down to me|down to us|our (?:own )?(?:fault|doing|mistake|error)|on me)(?! alone\b)|` +
      // "It was pointed out to them that the error wasn't ours": the slip disowned by name.
      String.raw`(?:error|mistake|fault|slip)s? (?:was|were|is)(?: not|n't) (?:really |actually )?(?:ours|mine)(?![\w'])`,
    reportedCounts: true,
    deniesFault: true,
  },
  {
    // "To be honest it wasn't really anything the club did", "it wasn't anything I did, it was the migration": the failure
    // denied as the writer's doing in other words.
    name: "it wasn't anything we did",
    probe: ['anything'],
    source:
      String.raw`(?:it|that|this) (?:was|is)(?: not|n't)(?: really| actually| honestly)? anything ` +
      String.raw`(?:i|we|(?:my|our|the) (?:${OWN_GROUP_NOUNS}|club|school)) (?:did|had done)(?![\w'])`,
    deniesFault: true,
  },
  {
    name: 'their fault',
    probe: ['fault'],
    source:
      String.raw`(?:(?:entirely|mostly|completely|totally|all|really|clearly|partly) )?(?:their|his|her|(?:the ` +
      // Not the writer's own group: "1 plate back (overdone steak, my section's fault)".
      // Nor "anyone on site's fault", which blames no one.
      String.raw`)?(?:(?!(?:was|is|were|are|it|that|this|no|my|our) )[\w-]{1,30} )?${OWN_GROUP_NEXT}${NOT_ANYONE}` +
      String.raw`(?<!\b(?:anyone|anybody|nobody|no one|no-one|everyone|everybody|someone|somebody) [\w-]{1,30} )[\w-]{1,30}'s) ` +
      String.raw`fault(?!-| ` +
      String.raw`(?:tolerance|tolerant|injection|domain|line|lines|handling|isolation|detection|codes?|model|` +
      String.raw`tree)\b)(?:, not mine)?`,
    unlessNegated: true,
  },
  {
    name: 'their mistake',
    probe: ['mistake', 'error', 'doing', 'screw'],
    source:
      String.raw`(?:was|were|is) (?:(?:entirely|mostly|completely|totally|all|really|clearly) )?(?:their|his|her|` +
      String.raw`(?:the )?(?:[\w-]{1,30} )?${NOT_ANYONE}[\w-]{1,30}'s) (?:mistake|error|doing|screw-up|screwup)(?:, ` +
      String.raw`not mine)?`,
    unlessNegated: true,
  },
  {
    name: 'at fault',
    probe: ['fault', 'blame'],
    source: String.raw`${OTHER_PARTY} (?:was|were|is|are) (?:entirely |mostly |clearly |really |all )?(?:at fault|to blame)`,
  },
  {
    name: 'not on me',
    probe: ['on me', 'on us', 'on my', 'on our', ' shift'],
    source:
      // Not a contrast after waiting or depending "on" someone: "380 claims were waiting on documents from the customer, not on us".
      String.raw`(?<!(?:waiting|waited|depending|depended|dependent|relying|relied|blocked|stuck|hanging|hung) on [^.;]{1,60})` +
      // A hedge in between does not soften it: "It wasn't kind of on our side, we'd priced what we were given".
      String.raw`(?:(?:was|is)(?: not|n't)|not)(?: (?:really|entirely|totally|all|exactly|just|kind of|sort of))? ` +
      String.raw`on (?:me|us|my team|our team|our side|my side|my end|my part|(?:day|night|the day|the night|my) shift)\b`,
  },
  {
    name: 'not my job',
    probe: [
      'my job',
      'my responsibility',
      'my problem',
      'my area',
      'my call',
      "'s job",
      "'s responsibility",
      "'s problem",
      'mine',
      'remit',
      ' to pick up',
      ' to sort',
      ' to fix',
      ' to deal with',
      ' to handle',
      ' to own',
      ' to look at',
      ' to chase',
      ' to answer',
    ],
    // "it wasn't my shift's problem": the writer's own group disowned with them.
    source:
      // Not what the writer takes on anyway: "I take responsibility for things even if they are not my job".
      String.raw`(?<!\b(?:even if|even when|even though|whether or not) [^,.;]{0,40})` +
      TAKEN_ON +
      String.raw`(?:(?:was|is)(?: not|n't)|not|(?:was|is) never)(?: (?:really|strictly|exactly|technically))? my ` +
      String.raw`(?:${OWN_GROUP_NOUNS}['\u2019]s )?(?:job|responsibility|problem)(?! alone| on my own| by myself)|` +
      // "It's not really my area", "the content was never really my call": the part disowned by its ground or its say.
      String.raw`(?:(?:was|is)(?: not|n't)|(?:it|that|this)'s not|(?:was|is) never)(?: (?:really|strictly|exactly|technically))? ` +
      // Not a call shared: "that wasn't my call alone".
      String.raw`my (?:area|call)\b(?! alone| on my own| by myself)|` +
      // "the process after that wasn't mine".
      TAKEN_ON +
      String.raw`(?:was|is)(?: not|n't) (?:really |strictly )?mine(?![\w'])|` +
      // "this was outside my remit": the duty disowned in other words, so taking it up next is ownership.
      String.raw`(?:outside|beyond)(?: of)? (?:my|our|the team's) remit|` +
      // "that's really for operations to pick up": the duty handed to another party by name.
      String.raw`(?:that|this|it)(?:'s| is| was) (?:really |more |probably |honestly )?for ${OTHER_PARTY} to ` +
      String.raw`(?:pick up|sort(?: out)?|fix|deal with|handle|own|look at|chase|answer)`,
    unlessIActAfter: true,
    disownsDuty: true,
  },
  { name: 'dropped the ball', probe: ['the ball'], source: String.raw`(?:dropped|drops|drop) the ball`, needsOtherSubject: true },
  {
    // In a setback, the cause put on how things are: "procurement is slow, that's how it is", "three levels of sign-off, which
    // is just how things work at group".
    name: "that's how it is",
    probe: [' how ', ' way '],
    source:
      String.raw`(?:that's|that is|it's|it is|this is|which is) (?:just |simply |sometimes )?(?:how|the way) (?:it is|it goes|` +
      // Not the new way told after it: "That's how it works now: every release goes out staged".
      String.raw`things are|things go|it works|things work|(?:the )?[\w-]{1,30} works?)(?: (?:at|in|with) [\w-]{1,30})?` +
      String.raw`(?!,? (?:now|today|these days)\b| ?:)`,
    inFailure: true,
    unlessIActAfter: true,
  },
  {
    name: 'let us down',
    probe: [' down'],
    source:
      // Not what the writer does whenever it happens: "I do the same when an event supplier lets us down".
      String.raw`(?<!\b(?:when|whenever|if|unless) (?:[\w'-]+ ){0,4})` +
      String.raw`(?:let|lets) (?:us|me|the team|our team|the group|the project|the class|everyone|the customers?|our ` +
      String.raw`customers?) down`,
    needsOtherSubject: true,
  },
  {
    name: 'messed up',
    probe: ['messed', 'screwed', 'botched', 'blew it', 'fumbled'],
    source:
      String.raw`${OTHER_PARTY} (?:had )?(?:completely |totally |really )?(?:messed (?:it |things )?up|screwed (?:it ` +
      String.raw`|things )?up|botched|blew it|fumbled)`,
  },
  {
    name: "didn't do their job",
    probe: [' do ', 'care', 'done'],
    source:
      String.raw`(?:didn't|did not|never|failed to) do (?:their|his|her) (?:job|jobs|part|homework)|` +
      // "if they'd done their homework it never would have got to the GM".
      String.raw`if (?:they|he|she|${OTHER_PARTY})(?:'d| had) (?:just |actually |only )?done (?:their|his|her) ` +
      String.raw`(?:job|jobs|part|homework)|` +
      // "he just didn't care", "they never cared".
      String.raw`${OTHER_PARTY} (?:just |simply |really |honestly )?(?:didn't|did not|doesn't|does not|never) (?:really )?care(?:d)?`,
  },
  {
    name: 'blamed them',
    probe: ['blamed'],
    source:
      String.raw`(?:i|we) (?:had )?blamed (?!myself|ourselves|me\b|us\b)(?:(?:the|their|his|her|my|our|that|this) ` +
      // Not a first guess the writer corrects: "I had blamed the breakdown discussions, and it was the status reading".
      String.raw`)?(?:[\w'-]{1,30} )?[\w'-]{1,30}(?= for|[,.;:]|$)(?!,? (?:and|but) (?:it|that|the (?:real )?(?:cause|problem))` +
      String.raw`(?: actually| really)? (?:was|turned out)\b)`,
  },
  {
    name: 'the blame lies with',
    probe: ['blame'],
    source:
      String.raw`(?:blame (?:\w+ly )?(?:lies|lay|rests|rested|sits|sat|falls|fell) (?:with|on)|put the blame on|blame it on)` +
      String.raw`(?! (?:me|us|myself|ourselves|my|our)\b)`,
  },
  {
    name: 'because of their mistake',
    probe: ['because of', 'due to', 'thanks to'],
    source:
      String.raw`(?:because of|due to|thanks to) (?:their|his|her|(?:the )?[\w-]{1,30}(?: [\w-]{1,30})?'s) (?:own ` +
      String.raw`)?(?:mistakes?|incompetence|negligence|failures?|laziness|carelessness|errors?|sloppiness|sloppy ` +
      String.raw`work|bad code|poor work|poor planning)`,
  },
  {
    // "My manager's poor planning meant we were always firefighting", "the agency's sloppy briefs cost us the slot".
    name: 'their poor work did it',
    probe: ['poor', 'bad', 'sloppy', 'lack of', 'careless', 'chaotic', 'last-minute', 'constant', 'endless'],
    source:
      String.raw`(?:${OTHER_PARTY})'s? (?:(?:poor|bad|sloppy|careless|chaotic|last-minute|constant|endless) (?:[\w-]{1,30} )?` +
      String.raw`[\w-]{1,30}|lack of [\w-]{1,30}) (?:meant|caused|killed|sank|derailed|cost|led to|left|put)\b`,
  },
  {
    name: 'out of my hands',
    probe: ['out of'],
    source: String.raw`out of (?:my|our|your) hands`,
    unlessIActAfter: true,
  },
  {
    name: 'nothing I could have done',
    probe: ['nothing', 'could', 'no way', 'much', 'great deal', 'whole lot', 'so much', 'something', 'anything', 'held', 'a lot'],
    source:
      // "I'm not sure there was much more we could have done", "I don't think there was much more I could have done".
      String.raw`(?:not sure|don't know|do not know|don't see|don't think|do not think) (?:what|that there's|there's|that there is|` +
      String.raw`there is|there was|that there was|there were) ` +
      String.raw`(?:much |a lot |anything )?(?:more |else )?(?:that )?(?:i|we)(?: could|'d| would)(?: have|'ve)? ` +
      String.raw`(?:done|do|change|changed)|` +
      String.raw`nothing (?:more |else )?(?:i|we) could(?: have|'ve)? (?:done|do)|` +
      String.raw`no (?:realistic |real |possible )?way (?:(?:anyone|anybody|i|we|you) could(?: have|'ve)? |to )` +
      String.raw`(?:known|know|seen it coming|see it coming|predicted|predict|caught|catch|spotted|spot|foreseen|foresee)|` +
      // "there was no way for the site team to tell": the writer's side, named (not "no way to tell which bank was the cause").
      String.raw`no (?:realistic |real |possible )?way for (?:me|us|anyone|anybody|(?:the|our|my) [\w-]{1,30}(?: [\w-]{1,30})?) ` +
      String.raw`to (?:have )?(?:known|know|predicted|predict|caught|catch|spotted|spot|foreseen|foresee|tell|notice)|` +
      // "Not much a head chef can do about a supplier", "not a lot anyone could have done".
      String.raw`not (?:much|a lot|a great deal|a whole lot|all that much) (?:more )?(?:a|an|the|any|one) ?[\w-]{0,30}` +
      String.raw`(?: [\w-]{1,30})? (?:can|could) ` +
      String.raw`(?:have |'ve )?(?:done|do)|` +
      String.raw`(?:wasn't|was not|isn't|is not) (?:much|a lot|a great deal|a whole lot|all that much|very much) (?:more |else )?` +
      // "there wasn't much anyone on our side could do", "anyone below her level": the writer's side, set against another.
      String.raw`(?:that )?(?:i|we|(?:anyone|anybody)(?: on (?:our|my) (?:side|end)| (?:below|above) (?:[\w-]{1,30} ){1,2}?` +
      String.raw`(?:level|grade)| at (?:my|our) level| in (?:my|our) (?:position|shoes|role))?|(?:a|the|my|our) ` +
      String.raw`[\w-]{1,30}(?: [\w-]{1,30})?) could(?: have|'ve)? (?:done|do)|` +
      String.raw`(?:wasn't|was not|isn't|is not) (?:really )?` +
      // "It wasn't something the branch could have prevented": the writer's side, named.
      String.raw`(?:anything|something) (?:that )?(?:i|we|anyone|anybody|(?:the|our|my) [\w-]{1,30}) could(?: have|'ve)? ` +
      String.raw`(?:controlled|done|changed|prevented|influenced|avoided|stopped|foreseen)|` +
      // "which isn't really something I can control".
      String.raw`(?:wasn't|was not|isn't|is not) (?:really |exactly )?(?:anything|something) (?:that )?(?:i|we) (?:can|could) ` +
      String.raw`(?:control|influence|change|prevent)|` +
      // "there is only so much a ward can do", "there's only so much one volunteer can do".
      String.raw`only so much (?:that )?(?:i|we|you|one|anyone|(?:a|an|the|one|my|our) [\w-]{1,30}(?: [\w-]{1,30})?) ` +
      // "there was only so much anyone could have salvaged".
      String.raw`(?:can|could)(?: have|'ve)? (?:do|done|salvage|salvaged|save|saved|rescue|rescued|recover|recovered)|` +
      String.raw`(?:i|we) (?:can|could) only do so much|` +
      // "there was very little my team could have done about that", "honestly not much more I could've done".
      String.raw`(?:very little|not much|not a lot|nothing)(?: more| else)? (?:that )?(?:i|we|anyone|anybody|(?:my|our) [\w-]{1,30}) ` +
      String.raw`could(?: have|'ve)? (?:done|do)|` +
      // "which is not something I can control", "there really wasn't a lot that could be done".
      String.raw`not (?:something|anything) (?:that )?(?:i|we) (?:can|could)(?: have|'ve)? (?:control|controlled|influence|influenced|` +
      String.raw`change|changed|prevent|prevented)|(?:wasn't|was not|isn't|is not) (?:much|a lot|a great deal|anything) (?:more )?` +
      String.raw`(?:that )?(?:could|can)(?: have|'ve)? be(?:en)? done|` +
      // With no writer named: "honestly not much more could have been done on the night with two rigs".
      String.raw`(?:very little|not much|not a lot|nothing)(?: more| else)? (?:that )?(?:could(?: have|'ve)? been|could be|can be) done|` +
      // Said as written: "it wasnt really anything we could of done on our side", "not much you can do when your contractor
      // takes six hours", "the team can't really be held responsible" (the writer's side, not "the supplier cannot be held
      // responsible", which clears someone else).
      String.raw`(?:wasnt|isnt|wasn't|was not) (?:really )?(?:anything|much|a lot) (?:that )?(?:i|we|anyone|anybody) could ` +
      String.raw`(?:of|have|'ve) (?:done|do|changed|prevented)|not (?:much|a lot|a great deal|a whole lot) (?:more )?` +
      String.raw`(?:you|we|i|anyone|anybody) (?:can|could)(?: have|'ve)? (?:do|done)|` +
      String.raw`(?:i|we|the team|my team|our team|our side|nobody|no one) (?:can't|cant|cannot|couldn't|can not) (?:really )?` +
      String.raw`be held (?:responsible|accountable)|` +
      // Any doer between the limit and its "could": "there was not much more planning could have done", "there wasn't a lot
      // more anyone in my seat could have done", "there's not really much QA could have done there", "it wasn't something I
      // could have, um, done much about".
      String.raw`(?:(?:not|wasn't|isn't|was not|is not|weren't)(?: really)? (?:much|a lot|a great deal|a whole lot|all that much)|` +
      String.raw`(?:(?:was|is) )?(?<!\ba )(?:very )?little|only so much|` +
      String.raw`(?:wasn't|was not|isn't|is not)(?: really)? (?:something|anything))(?: more| else)?(?: that)?` +
      String.raw`(?: (?!(?:so|but|and|because|when|if|which|who|than)\b)[\w'-]{1,30}){1,5}? ` +
      String.raw`(?:could|can|could've)(?: have| of)?(?: really)?(?:,? (?:um|uh|er|erm),?)? (?:done|do)\b`,
    unlessIActAfter: true,
  },
  {
    // In a setback, the writer's side cleared by what no one else could have done either: "I don't think any manager could
    // have done much more", "which nobody could have known until they tried it", "I did everything I could in difficult
    // conditions".
    name: 'no one could have done more',
    probe: ['could have', "could've", 'everything i could', 'everything we could', 'all i could', 'all we could'],
    source:
      String.raw`(?:don't|do not|didn't|did not) think (?:any|anyone|anybody|another|a different|most|many) (?:[\w-]{1,30} )?` +
      String.raw`(?:could|would)(?: have|'ve) (?:done|handled it|managed) (?:much |any |a lot |far )?(?:more|better|differently)|` +
      String.raw`(?:nobody|no one|no-one|none of us) could(?: have|'ve) (?:known|foreseen|predicted|seen (?:it|that|this) coming)|` +
      // "my lead agreed it wasn't really something I could have seen coming".
      String.raw`(?:wasn't|was not|isn't|is not) (?:really )?(?:something|anything) (?:that )?(?:i|we|anyone|anybody) could(?: have|'ve) ` +
      String.raw`(?:known|foreseen|predicted|seen coming)|` +
      String.raw`(?:i|we) did (?:everything|all|whatever) (?:that )?(?:i|we) (?:could|possibly could)(?! to\b)`,
    inFailure: true,
    unlessIActAfter: true,
  },
  {
    name: 'just following orders',
    probe: ['following', ' what '],
    source:
      String.raw`(?:i was|i'm|i am|we were) (?:just |only |simply )?following (?:orders|the spec|the specs|` +
      String.raw`instructions|the plan|the process|the ticket|the requirements|what (?:i|we) (?:was|were) told)|(?:i|` +
      String.raw`we) (?:just |only |simply )?did (?:exactly )?what (?:i|we) (?:was|were) told|` +
      // "I mean, I did what the spec said": the document or the boss made answerable for it (not "what the customer asked for").
      String.raw`(?:i|we) (?:just |only |simply )?did (?:exactly )?what (?:the|my|our) (?:spec|specs|specification|brief|ticket|` +
      String.raw`plan|requirements?|process|manager|boss|lead|instructions?) (?:said|told (?:me|us)|specified)`,
  },
  {
    name: 'they never ran it',
    probe: [
      'never',
      'failed to',
      "didn't",
      'did not',
      "hadn't",
      'had not',
      'refused to',
      'forgot to',
      'neglected to',
      "don't",
      "doesn't",
      'do not',
      'does not',
    ],
    source:
      String.raw`(?<!\b(?:if|unless|whether|when) )${OTHER_PARTY} (?:(?:also|just|even|simply|apparently|still|had|have|has|` +
      String.raw`completely|clearly|then|` +
      // "the sales people don't clean their data": a habit of neglect, told in the present.
      String.raw`again|ever) )*(?:never|failed to|didn't|did not|hadn't|had not|refused to|forgot to|neglected to|don't|doesn't|` +
      String.raw`do not|does not) (?:even )?${DUTY}\b` +
      // "In the end she didn't finish the apprenticeship": a course of one's own left unfinished is the outcome, not a duty;
      // nor is meeting people ("never met their squads"): a duty that ends on "met" must not be followed by people met.
      String.raw`(?! (?:the|her|his|their|its) ${OWN_COURSES}\b)(?<!\b(?:meet|met)(?= ${PEOPLE_MET}\b))` +
      // A working pattern, not a duty left undone: "the new supplier doesn't deliver Mondays", "the operator doesn't work weekends".
      String.raw`(?! (?:on |at )?(?:mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays|weekends|bank holidays)\b)`,
    weak: true,
    unlessOutcome: true,
  },
  {
    // A failure told as caused by what a group left undone, in any verb: "CS only heard about the change two weeks before it
    // shipped, because the product team did not loop us in", "the milk had to go down the drain because the council hadn't
    // cleared the fallen trees". Only a kind of group ("it didn't fit" is no one; "IT" reads as "it" here), and weak: the writer
    // acting in the same sentence ("I dropped it because legal didn't like it") makes it a reason for their choice, and in
    // the Situation it is the premise of the story.
    name: 'because they did not',
    probe: ['because'],
    alsoProbe: ["n't", 'not ', 'never', 'refused to', 'failed to', 'forgot to'],
    source:
      String.raw`because (?:the |their |our |another |other )?(?:[\w-]{1,30} )?${GROUPS} (?:simply |just |also |really |still )?` +
      String.raw`(?:did not|didn't|never|hadn't|had not|wouldn't|would not|refused to|failed to|forgot to) [\w-]{2,30}`,
    weak: true,
  },
  {
    // In a setback, what another party left undone, in any verb: "the bank office had not filled any of the gaps",
    // "IT also hadn't switched on the timestamp field", "a couple of colleagues didn't run the sessions".
    name: 'they left it undone',
    probe: ['never', 'failed to', "didn't", 'did not', "hadn't", 'had not', 'refused to', 'forgot to', 'neglected to'],
    source:
      // Not a condition: "… even if they never called the endpoint that changed".
      // Not both sides at once: "the two teams had never spoken about it".
      String.raw`(?<!\b(?:if|unless|whether|when) )(?!(?:the two|both|neither) )(?:${ANY_PARTY}|${BARE_WORKERS}) ${LEFT_UNDONE}`,
    weak: true,
    inFailure: true,
    unlessOutcome: true,
    notInSetup: true,
  },
  {
    // The same of a colleague named by name, or of a bare group, in a setback: "Priya never sent the consent forms", "Jenna,
    // on door 2R, didn't disarm her door", "Parents hadn't returned the slips" (a capital where the match starts).
    name: 'someone named left it undone',
    probe: ['never', 'failed to', "didn't", 'did not', "hadn't", 'had not', 'refused to', 'forgot to', 'neglected to'],
    source:
      String.raw`(?<!\b(?:if|unless|whether|when) )(?!(?:${NOT_A_NAME})\b)[\w-]{2,30}(?:, [^,;]{1,40},)? ` +
      // A duty the person left undone, or a verb that only a person can refuse or forget: a capital alone cannot tell a
      // name from a sentence's first word ("Churn did not move").
      String.raw`(?:(?:also|just|even|simply|apparently|still|then|again|really|actually) )*(?:(?:never|didn't|did not|hadn't|had not) ` +
      String.raw`(?:even |really |actually |properly |bothered to )?${DUTY}|(?:refused to|forgot to|neglected to) [\w-]{2,30})(?![\w-])`,
    namedParty: true,
    weak: true,
    inFailure: true,
    unlessOutcome: true,
    notInSetup: true,
  },
  {
    // In a setback, another party's change made without the checks it needed: "head office IT had pushed a point-of-sale
    // update two days before without testing it".
    name: 'they changed it untested',
    probe: ['without'],
    alsoProbe: [
      'testing',
      'telling',
      'warning',
      'asking',
      'checking',
      'notice',
      'consulting',
      'informing',
      'letting',
      'running',
      'a pilot',
      'a test',
    ],
    source:
      String.raw`${ANY_PARTY}(?: it)? (?:had |have |has |just |also )?(?:pushed|changed|released|shipped|rolled out|deployed|updated|` +
      String.raw`moved|cancell?ed|switched|swapped|replaced|upgraded|migrated|scheduled|booked) [^.;:!?]{0,60}?without ` +
      String.raw`(?:any )?(?:testing|telling|warning|asking|checking|notice|consulting|informing|letting|running|a pilot|a test)`,
    weak: true,
    inFailure: true,
  },
  {
    // Sarcasm about another party's effort: "the vendor's idea of onboarding was a two-hour webinar", "their idea of a
    // handover was a sticky note", "as anyone who has run a support floor could have told them".
    name: 'their idea of it',
    probe: ['idea of', 'could have told'],
    source:
      String.raw`(?:(?:${OTHER_PARTY})'s?|their|his|her) idea of (?:a |an |the )?(?:[\w-]{2,30} ){0,2}?[\w-]{2,30} (?:was|is|` +
      String.raw`amounted to|came down to)|as (?:anyone|anybody) (?:who|with|in|on) [^.;!?]{1,60}? (?:could|would) have told ` +
      String.raw`(?:them|him|her)\b`,
    weak: true,
    inFailure: true,
  },
  {
    // In a setback, a check another party was there to make, told in the passive: "the stacking case was never covered by
    // QA", "the vendor's sync had failed, not picked up by IT".
    name: 'not caught by them',
    probe: [' by '],
    alsoProbe: ['not ', 'never '],
    source:
      String.raw`(?:not|never) (?:properly |ever |even )?(?:picked up|caught|covered|tested|checked|reviewed|flagged|spotted|` +
      String.raw`noticed|escalated|signed off|passed on|reported|logged|followed up|actioned|chased|documented) by ${OTHER_PARTY}\b`,
    weak: true,
    inFailure: true,
  },
  {
    // In a setback, another party's part arriving late: "Design delivered the final mocks two weeks later than we'd agreed",
    // "Josh's backend part came in four days late".
    name: 'they delivered late',
    probe: ['late'],
    source:
      String.raw`${ANY_PARTY} (?:had |also |then |only )?(?:delivered|sent|handed (?:it |them )?over|returned|came back|came in|` +
      String.raw`arrived|signed (?:it |them )?off|approved|replied|responded|shipped|finished|landed|turned up|showed up)` +
      String.raw`(?: [\w-]{1,30}){0,4}? (?:(?:[\w-]{1,30}|\d{1,3}) (?:days?|weeks?|months?|hours?) )?(?:late|later than ` +
      String.raw`(?:we'd |we had |they'd |they had |i'd |i had |originally |first )?(?:agreed|planned|promised|expected|asked|` +
      String.raw`committed|scheduled|booked))`,
    weak: true,
    inFailure: true,
  },
  {
    // In a setback with nothing owned, another party's work told as poor: "the supplier sent the wrong lights", "the Met
    // Office basically got it wrong", "our sales team had oversold it", "the previous manager had let the audits slide".
    name: 'they did it badly',
    probe: [
      'wrong',
      'oversold',
      'overpromised',
      'badly',
      'poorly',
      'out of date',
      'difficult to',
      'disappeared',
      'slide',
      'lapse',
      'refused',
      'rushed',
      'own thing',
    ],
    source:
      String.raw`${ANY_PARTY} (?:(?:had|has|have|also|just|then|basically|completely|simply|clearly|really|actually|` +
      String.raw`frankly|always|still|totally)[, ]+)*(?:got (?:it|that|this|things|everything|the [\w-]{1,30}(?: [\w-]{1,30})?) ` +
      String.raw`(?:all )?wrong|(?:sent|gave|ordered|delivered|booked|used|quoted|printed|loaded|built|installed|shipped|supplied)` +
      String.raw` (?:us |me )?(?:the|a|an) wrong|oversold|overpromised|disappeared|(?:was|were|had been) (?:[\w-]{1,30}ly )?` +
      String.raw`(?:difficult|impossible|hard) to (?:work|deal|get hold of|reach)|let (?:the |it |them |their |its )?` +
      String.raw`(?:[\w-]{1,30} ){0,3}?(?:slide|slip|lapse)|(?:had )?(?:left|kept) (?:the |it |them |their |its )?` +
      String.raw`(?:[\w-]{1,30} ){0,3}?(?:badly |hopelessly |months |weeks |years )?out of date|` +
      String.raw`(?:had |was |were |did (?:it |the [\w-]{1,30} )?)?(?:badly|poorly) (?:[\w-]{1,30}ed|done|run|managed|planned|` +
      String.raw`briefed|written|made|kept|built|set up|maintained)|` +
      // "the client management had refused for two years to buy EDR", "had rushed them through a 20-minute induction".
      String.raw`(?:had )?refused (?:for (?:[\w-]{1,30} ){1,3})?to [\w-]{2,30}|` +
      String.raw`(?:quietly |just |simply )?(?:carried on|went on|kept on|went back to) (?:doing )?(?:their|his|her) own thing|` +
      String.raw`(?:had )?rushed (?:them|it|us|him|her|` +
      String.raw`the [\w-]{1,30}(?: [\w-]{1,30})?) through)`,
    weak: true,
    inFailure: true,
    causal: true,
    unlessIActAfter: true,
  },
  {
    // In a setback, another party changing things again and again: "the client kept changing the clinic list".
    name: 'they kept changing it',
    probe: ['kept ', 'double-book', 'double book'],
    alsoProbe: [
      'changing',
      'moving',
      'cancel',
      'adding',
      'pushing',
      'shifting',
      'missing',
      'sending',
      'forgetting',
      'ignoring',
      'rescheduling',
      'postponing',
      'revising',
      'booked',
      'putting',
      'bumping',
    ],
    source:
      String.raw`${ANY_PARTY} (?:also |just |then )?(?:kept (?:changing|moving|cancell?ing|adding|pushing|shifting|missing|sending|` +
      // "Product kept putting it behind the enterprise reporting work".
      String.raw`forgetting|ignoring|rescheduling|postponing|revising|putting|bumping)|` +
      String.raw`(?:had |were the ones who |was the one who )?double-?booked)`,
    weak: true,
    inFailure: true,
  },
  {
    name: 'they should have',
    probe: ['should', 'ought to', 'supposed to'],
    source:
      // "the designer should probably have had a contingency".
      String.raw`${OTHER_PARTY} (?:really |clearly |obviously |probably |definitely )?(?:should (?:probably |really |definitely )?have|` +
      String.raw`should've|ought to have|was supposed ` +
      String.raw`to|were supposed to) (?!a |an |the |some |more |any |been )[\w-]{1,30}`,
    weak: true,
  },
  {
    // "Finance could have been more flexible", "the vendor could have been clearer", "the vendor should have been far clearer".
    name: 'they could have been better',
    probe: ['could have been', "could've been", 'should have been', "should've been"],
    source:
      String.raw`${OTHER_PARTY} (?:really |certainly |definitely )?(?:could have|could've|should have|should've) been ` +
      String.raw`(?:a (?:lot|bit) |much |far )?` +
      String.raw`(?:more|less|better|quicker|faster|clearer|earlier)`,
    weak: true,
  },
  {
    // In a setback, the trouble filed under another department or party: "it was an estates issue, the generator", "that's
    // really a procurement thing", "it was the bakery's problem", "that's their side of things", "it's the agency's job to make
    // sure …". Not a view someone else gave ("the council said it was the charity's problem"), nor a call that was theirs
    // to make ("that was her call").
    name: "it was another department's problem",
    probe: [' issue', ' problem', ' thing', ' matter', ' side', 'lookout', ' job', 'responsibility', ' business'],
    source:
      String.raw`(?:it|that|this)(?:'s| is| was) (?:really |just |honestly |more |basically |purely |entirely |mainly |ultimately |` +
      String.raw`squarely |very much |clearly )?(?:(?:a|an) ${PARTY_AREAS} (?:issue|problem|thing|matter)|` +
      String.raw`(?:their|his|her|the (?:[\w-]{1,30} )?[\w-]{1,30}'s) (?:side(?: of things)?|problem|lookout|responsibility|job|issue|` +
      String.raw`business)\b)`,
    weak: true,
    namesDuty: true,
    inFailure: true,
    unlessIActAfter: true,
  },
  {
    // "a process failure on the finance side", "mistakes were made in their change process", "through no fault of mine".
    name: 'the failure was on their side',
    probe: ['side', 'were made', 'no fault', 'issue', 'problem'],
    source:
      String.raw`(?:failures?|mistakes?|errors?|problems?|issues?|breakdown) on (?:the|their) (?:[\w-]{1,30} )?side|` +
      // "a supply chain issue and not really a buying issue": the setback placed in another department.
      String.raw`(?:was |it was )?(?:a|an) [\w-]{3,30}(?: [\w-]{3,30})? (?:issue|problem),? (?:and )?not (?:really )?(?:a|an|my) ` +
      String.raw`[\w-]{3,30} (?:issue|problem)|` +
      String.raw`(?:mistakes|errors) were made (?:in|by|on) (?:their|his|her|the other|the [\w-]{1,30}'s)|` +
      String.raw`(?:through|by) no fault of (?:my own|mine|our own|ours|my|our|the)`,
    weak: true,
    needsOtherSubject: true,
  },
  {
    // "Nothing on our side could have prevented it", "you can't count on third parties to hit their dates".
    name: 'nothing we could have prevented',
    probe: ['nothing', 'count on', 'rely on', 'depend on'],
    source:
      String.raw`nothing (?:on (?:our|my) side|(?:i|we) (?:did|could do)) could(?: have|'ve)? (?:prevented|stopped|changed|avoided)|` +
      String.raw`(?:can't|cannot|can never|never) (?:count|rely|depend) on (?:third parties|vendors|suppliers|contractors|` +
      String.raw`other teams|agencies|partners|anyone else|external [\w-]+)`,
  },
  // A setback, then another party as its cause ("slipped because design …"), is read by language/attribution.ts.
  {
    name: 'caused by them',
    probe: ['by'],
    // Not "started by": "the gift range was started by the marketing director" tells where a thing came from.
    source: String.raw`(?:caused|triggered|introduced|created) by ${OTHER_PARTY}(?:'s [\w-]{1,30})?`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'they sat on it',
    probe: [' sat ', 'held', 'pushing', 'pushed', 'dragged', 'pulled the plug', 'without', 'waiting', ' help'],
    alsoProbe: [
      'sat on',
      ' up',
      'back',
      'feet',
      'pulled the plug',
      'without telling',
      'without warning',
      'without asking',
      'without notice',
      'waiting',
      'help',
      'sat with',
      'desk of',
      'inbox of',
    ],
    source:
      String.raw`${OTHER_PARTY} (?:(?:just|then|also|simply|completely|had) )*(?:sat on (?:it|the [\w-]{1,30}|our ` +
      String.raw`[\w-]{1,30}|their [\w-]{1,30})|held (?:it|us|the [\w-]{1,30}) up(?! as\b)|kept pushing (?:it |this |that |` +
      String.raw`the [\w-]{1,30} )?back|dragged (?:their|his|her) feet|pulled the plug|changed (?:it|things|the ` +
      String.raw`[\w-]{1,30}|their [\w-]{1,30}) without (?:telling|warning|asking|notice))|` +
      // "We then lost nearly a month waiting on their legal team to sign", "Group treasury were no help".
      String.raw`lost (?:[\w-]{1,30} ){0,3}?(?:days?|weeks?|months?) waiting (?:on|for) ${OTHER_PARTY}|` +
      String.raw`${OTHER_PARTY} (?:were|was) (?:absolutely |frankly |honestly )?(?:no|little|not much|not a lot of) help|` +
      // "then it sat with the business manager for two weeks": the work waiting on another party's desk.
      // "The lead list sat with Sales for nearly three weeks", "the contract sat with legal for a month".
      String.raw`(?:it|this|that|the (?:[\w-]{2,30} )?(?!(?:team|two|three|lead|leads)\b)[\w-]{2,30}) (?:then |just |had |has )?sat ` +
      String.raw`(?:with|on the desk of|in the inbox of) ${OTHER_PARTY} for (?:(?:over|nearly|almost|about|several|a few|a couple ` +
      String.raw`of|\d+|two|three|four|five|six) ){0,2}(?:days|weeks|months|ages|a (?:day|week|fortnight|month))`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'it was down to them',
    probe: ['down to'],
    // "the fall was really, it was sort of down to her": a hedge does not soften where it puts the cause.
    source:
      // A share of the trouble that came down to them: "a lot of it came down to the agency staff" (not a choice that came
      // down to two suppliers).
      String.raw`(?:(?:(?:a lot|much|most|all|part|some) of (?:it|that|this|the (?:problem|trouble|delay)s?)|` +
      String.raw`the (?:problem|issue|delay|trouble|failure|mess)s?) (?:came|comes) |(?:was|is|were) )` +
      String.raw`(?:all |entirely |mostly |really |sort of |kind of |largely |partly )?down to ` +
      String.raw`(?:${OTHER_PARTY}|` +
      String.raw`him|her|them)(?! to\b)`,
    unlessNegated: true,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'if they had',
    counterfactual: true,
    probe: ['if '],
    source:
      String.raw`\bif (?:only )?(?:${OTHER_PARTY}|(?:everybody|everyone|everyone else|the others|` +
      String.raw`the rest of (?:the )?(?:group|team|them))` +
      String.raw`(?= (?:had|'d) (?:pulled their weight|done (?:their|his|her) (?:part|bit|job|share)|played (?:their|his|her) part|` +
      // The consequence's subject may be "there" or a group named bare: "… there would have been no need for any filter",
      // "… families would have had enough time".
      String.raw`pitched in|stepped up)))(?: had|'d) (?!not\b)[\w-]{1,30}[^.;:!?]{0,80}?(?:we|i|it|this|that|she|he|they|there|` +
      String.raw`[\w-]{3,30}s|the ` +
      String.raw`(?:[\w-]{1,30} )?[\w-]{1,30}|none of (?:this|it|that))${BEFORE_WOULD}` +
      String.raw`(?: would|'d| could)(?: not| never|n't)?(?: have|'ve| not| never| happen)|` +
      // "If they'd followed their own process, none of this happens."
      // Anyone who had a job of their own to do: "if catering had done their job properly it would never have been an issue".
      String.raw`\bif (?:only )?(?!(?:i|we)\b)[\w-]{2,30}(?: [\w-]{2,30})?(?: had|'d) (?:just |only |actually |simply )?done ` +
      String.raw`(?:their|his|her) (?:job|jobs|part|bit|share|homework)\b|` +
      String.raw`\bif (?:only )?${OTHER_PARTY}(?: had|'d) (?!not\b)[\w-]{1,30}[^.;:!?]{0,80}?` +
      String.raw`none of (?:this|it|that) (?:happens|happened)|` +
      // Any other "the …" that acted: "if the haulier had just stuck to the slots", not "if the tests had failed".
      String.raw`\bif (?:only )?${ANY_OTHER}(?: and ${ANY_OTHER})?(?: had|'d) ${AGENT_ACT}[^.;:!?]{0,80}?` +
      // The consequence's subject may be the thing lost: "…, that renewal would have been a lay-up".
      // A group named bare: "… families would have had enough time".
      String.raw`(?:we|i|it|this|that|she|he|they|(?:the|that|this|our|my) [\w-]{1,30}|(?:none|most|much|all|half) of (?:this|it|that)|` +
      String.raw`[\w-]{3,30}s)(?: would|'d| could)(?: not| never|n't)?(?: have|'ve| happen)|` +
      // The outcome first: "it would have been a first if everybody had pulled their weight".
      String.raw`(?:would|could|'d)(?: not| never|n't)?(?: probably| easily)? (?:have|'ve) [^.;:!?]{0,60}?\bif (?:only )?` +
      String.raw`(?:${OTHER_PARTY}|everybody|everyone|everyone else|the others|the rest of (?:the )?(?:group|team|them))` +
      String.raw`(?: had|'d) (?:pulled their weight|done (?:their|his|her) (?:part|bit|jobs?|share)|played (?:their|his|her) part|` +
      String.raw`pitched in|stepped up)|` +
      // The outcome first, any other party's act after it: "I'd have done it a year earlier if management had let me", "the
      // pilot would have been a clear win if engineering had delivered the bays on time". Not what they saw or knew: "she
      // said she'd have rung too if she'd seen him herself".
      // The match opens on the subject: a search never starts inside "I'd".
      String.raw`(?:[\w-]+(?:'d| would| could)|would|could)(?: not| never|n't)?(?: probably| easily| all)? (?:have|'ve) ` +
      String.raw`[^.;:!?]{0,80}?\bif (?:only )?(?:${ANY_OTHER}|anyone|anybody|someone|somebody)(?: had|'d) ` +
      String.raw`(?!(?:just |only |actually |simply |even )?(?:seen|known|heard|noticed|realised|realized|thought|wanted)\b)${AGENT_ACT}`,
  },
  {
    // The whole setback said to have been avoidable by another's act: "the whole thing could have been avoided if product had
    // given us proper notice", "a stressful week that could have been avoided if marketing had talked to us" (not "if I had").
    name: 'it could have been avoided if they had',
    counterfactual: true,
    probe: ['avoided if', 'prevented if'],
    source:
      String.raw`(?:could|would|might)(?: easily| all)? have been (?:avoided|prevented) if (?:only )?(?!(?:i|we)\b)` +
      String.raw`(?:the |their |our )?[\w-]{2,30}(?: [\w-]{2,30})? (?:had|'d) (?!not\b)[\w-]{2,30}`,
  },
  {
    // The counterfactual in any tense, a known party's act against a problem that would not have happened: "If sales did
    // this, the whole problem would not happen", "if they had a proper change process, this would not happen", "if the
    // agency do their job this never happen". Only a named kind of party: "if the tests had passed …" blames no one.
    name: 'if they did, it would not happen',
    probe: ['if '],
    alsoProbe: ['happen'],
    source:
      String.raw`\bif (?:only )?${OTHER_PARTY} [^.;:!?]{1,60}?,? (?:then )?(?:this|that|it|the (?:whole )?(?:problem|issue|delay|` +
      String.raw`outage|mess|incident|failure)|none of (?:this|it|that))(?: would| will|'d)?(?: not| never|n't)(?: have)? ` +
      String.raw`happen(?:ed|s)?\b`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    // In a setback, another party's work that should have been better, told as the reason: "If the change had been tested
    // properly, it wouldn't have happened", "if the handover from Priya had been better it wouldn't have got so out of hand".
    name: 'if their part had been done properly',
    probe: ['if '],
    source:
      String.raw`\bif (?:the|their|his|her) (?!(?:weather|rain|snow|storm|forecast|market|economy|timing)\b)` +
      String.raw`(?:[\w-]{1,30} ){0,3}?(?:had been|was|were) (?:[\w-]{1,30} )?(?:properly|correctly|better|clearer|` +
      String.raw`earlier|sooner|on time|done right|thorough|more thorough|in place)[^.;:!?]{0,60}?` +
      String.raw`(?:we|it|this|that|the [\w-]{1,30}|(?:none|most|much|all|half) of (?:this|it|that))` +
      String.raw`${BEFORE_WOULD}(?: would|'d| could)(?: not| never|n't)?(?: have|'ve| happen)|` +
      // The consequence told first: "None of it would have happened if the records had been done properly".
      String.raw`(?:(?:none|most|much|all|half) of (?:this|it|that)|it|this|that) (?:would|could)(?: not| never|n't)? have ` +
      String.raw`(?:happened|been (?:needed|necessary|an issue|a problem))[^.;:!?]{0,30}? if (?:the|their|his|her) ` +
      String.raw`(?!(?:weather|rain|snow|storm|forecast|market|economy|timing)\b)(?:[\w-]{1,30} ){0,3}?(?:had been|was|were) ` +
      String.raw`(?:[\w-]{1,30} )?(?:properly|correctly|better|clearer|earlier|sooner|on time|done right|thorough|more thorough|in place)`,
    inFailure: true,
    causal: true,
    unlessIActAfter: true,
  },
  {
    // "If CAMHS had picked up the phone, we wouldn't have ended up there", "if Priya had told me, it would have been fine".
    name: 'if a named party had',
    probe: ['if '],
    source:
      String.raw`\bif (?:only )?(?!(?:i|we|you|${TIMES})\b)[\w-]{2,30}` +
      String.raw`(?: and [\w-]{2,30})? (?:had|'d) (?:actually |just |only |even |ever )?${AGENT_ACT}[^.;:!?]{0,80}?` +
      String.raw`(?:we|i|it|this|that|she|he|they|the [\w-]{1,30}|(?:none|most|much|all|half) of (?:this|it|that))` +
      String.raw`${BEFORE_WOULD}(?: would|'d| could)(?: not| never|n't)?(?: have|'ve| happen)`,
    namedParty: true,
  },
  {
    name: 'that is what killed it',
    probe: ['what '],
    source:
      String.raw`${OTHER_PARTY} [^.;:!?]{3,80}?(?:and|which) (?:that|this|it )?(?:is|was|'s)? ?what (?:killed|sank|` +
      String.raw`sunk|cost|derailed|broke|delayed|ruined)|` +
      // "Security's review queue is what killed the timeline".
      String.raw`${ANY_PARTY} (?:is|was|'s) what (?:killed|sank|sunk|cost|derailed|broke|delayed|ruined)`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'they passed it broken',
    probe: ['that', 'which', 'with'],
    alsoProbe: ['signed off', 'approved', 'shipped', 'pushed', 'released', 'delivered', 'handed over', 'sent', 'merged', 'deployed'],
    source:
      String.raw`${OTHER_PARTY} (?:(?:then|also|just|still|had) )*(?:signed off|approved|shipped|pushed|released|delivered|` +
      String.raw`handed over|sent|merged|deployed) (?:on )?(?:(?:a|an|the|their|his|her|its) )?(?:[\w'-]{1,30} ){0,3}?` +
      String.raw`(?:that|which|with) ` +
      String.raw`(?:still |already |clearly )?(?:had|has|contained|introduced|broke|was missing|were missing|missed|ignored|` +
      String.raw`(?:did not|didn't|never|would not|wouldn't) (?:work|compile|build|run|pass|load|start))`,
    weak: true,
  },
  {
    name: 'the root cause was them',
    probe: ['cause', 'reason'],
    source:
      // "The main reason was the concrete supplier."
      String.raw`(?:(?:root|real|main|actual|underlying) cause|(?:the )?(?:main|real|biggest|big|only|whole) reason) ` +
      String.raw`(?:was|were|is|lay with|sat with) ` +
      String.raw`${OTHER_PARTY}(?:'s [\w-]{1,30})?`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'the problem was them',
    probe: ['problem', 'issue', 'trouble', 'bottleneck', 'blocker', 'hold-up', 'holdup', 'gap'],
    source:
      String.raw`the (?:real |main |whole |big |only )?(?:problem|issue|trouble|bottleneck|blocker) (?:was|were|is) (?:that )?` +
      String.raw`(?:${OTHER_PARTY}(?:'s [\w-]{1,30})?|the (?:[\w-]{1,30} ){0,2}?(?:system|software|tool|platform|vendor|supplier))|` +
      // Where the trouble sat, told as another party's ground: "the problem was in the product", "the real hold-up sat with
      // procurement", "the gap was mostly on the vendor's side".
      String.raw`the (?:real |main |whole |big |only |actual )?(?:problem|issue|trouble|bottleneck|blocker|hold-?up|gap)s? ` +
      String.raw`(?:was|were|is|lay|sat|started) (?:mostly |really |actually |all |entirely |squarely )?(?:in|with|on|at) ` +
      // "a good part of the problem was on my side" owns it: the writer's own side, team or shift is no other party.
      NOT_OWN_GROUP +
      String.raw`(?:${OTHER_PARTY}|(?:the|their) (?:[\w'-]{1,30} )?(?:side|end))(?![\w-])`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'that delay was on them',
    probe: [' on '],
    source:
      String.raw`(?:(?:that|this|the) (?:delay|slip|outage|miss|failure|problem|mistake|bug|incident|issue|overrun|` +
      String.raw`responsibility|fault|blame|error|cause)|that|this|it|which)` +
      String.raw`(?: one)?` +
      // "the miss was on my shift" owns it: the writer's own shift, team or side is no other party.
      String.raw`(?: was| is|'s) (?:all |entirely |mostly |really |squarely |firmly )?on ` +
      NOT_OWN_GROUP +
      // A thing on their list, not a fault on them: "that was on the ops team's roadmap", "it was on the board agenda".
      String.raw`(?!(?:the|their) (?:[\w-]{1,30} )?[\w-]{1,30}(?:'s (?!(?:side|end|part|fault|doing|mistake|problem|watch|shift)\b)| ` +
      String.raw`(?:agenda|roadmap|list|radar|books|plate|rota|plan|schedule|calendar|table|desk|site|call|line)\b))` +
      // A place, not a party: "a hall that was on the dry side of the river".
      String.raw`(?!(?:the|their) (?:[\w-]{1,30} )?side of\b)` +
      String.raw`(?:${OTHER_PARTY}|them|him|her)\b`,
    unlessNegated: true,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'they ignored my warnings',
    probe: ['ignored', 'dismissed', 'brushed off', 'overrode', 'overruled'],
    source:
      String.raw`${OTHER_PARTY} (?:(?:just|completely|simply|also|then|had) )*(?:ignored|dismissed|brushed off|overrode|overruled) ` +
      String.raw`(?:my|our|all (?:my|our)|the) (?:[\w-]+ )?(?:warnings?|alerts?|emails?|messages?|requests?|tickets?|concerns?|advice|` +
      String.raw`recommendations?|escalations?|flags?)`,
    weak: true,
  },
  {
    // In a setback, another party told as late, with no cause or excuse needed: "Design was also late", "the driver was
    // also late reporting it". In a story that went well, a late party is only where the work started.
    name: 'they were late too',
    probe: ['late'],
    source:
      // Not "the team was late" or "our team was late": very likely the writer's own.
      String.raw`(?!(?:the|our|my) team )${ANY_PARTY} (?:was|were) (?:also |very |really |badly |way |always |again )*(?:(?:\w+|a|one|` +
      String.raw`two|three|four|five|six|\d+) (?:days?|weeks?|months?) )?late(?= (?:with|on|in|reporting|delivering|handing|` +
      String.raw`sending|signing|again|too|as well)\b|[.,;:!)]|$)`,
    weak: true,
    inFailure: true,
  },
  {
    // In a setback, what another party supplied told as late: "integration to the ERP came late from our IT department",
    // "the bearings came late from the fabricator". Not when the writer then acts ("…, so I moved the first clinic back").
    name: 'it came late from them',
    probe: ['late from'],
    source:
      String.raw`(?:came|arrived|arriving|come|comes|was delivered|were delivered|got delivered)(?: to us| in| through)? ` +
      String.raw`(?:(?:very|really|badly|way|much|far|so) |\w+ (?:days?|weeks?|months?) )?late from ${OTHER_PARTY}\b`,
    weak: true,
    inFailure: true,
    unlessIActAfter: true,
  },
  {
    name: 'they were late',
    probe: ['late'],
    source:
      String.raw`${OTHER_PARTY} (?:was|were) (?:(?:\w+|a|one|two|three|four|five|six|\d+) (?:days?|weeks?|months?) )?late ` +
      String.raw`(?:with|on|delivering|handing)|` +
      // "because the agency delivered late".
      String.raw`(?:because|as|since) ${OTHER_PARTY} (?:delivered|arrived|came|shipped|sent (?:it|them|everything)|turned up|` +
      String.raw`showed up|replied|responded|signed off) (?:(?:\w+|a|one|two|three|\d+) (?:days?|weeks?|months?) )?(?:very )?late`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'that was the root cause',
    probe: ['cause'],
    source:
      // "That" opens the clause; after a noun it is a relative ("fixed the image cache leak that was the main cause").
      String.raw`(?:(?:(?<=^|[,;:] |(?:and|but|so|because) )|(?<=^[^a-z]{1,4}))that|this|which|it) (?:was|is) ` +
      String.raw`(?:really |actually |ultimately |basically |clearly |obviously )?the (?:real |root |main |actual |underlying )+cause`,
    pointsBack: true,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'if it had not happened',
    probe: ['if '],
    source:
      String.raw`\bif (?!(?:i|we|i'd|we'd|my|our|you|${TIMES})\b)(?:[\w'-]{1,30} ){1,4}?` +
      String.raw`(?:hadn't|had not|had never|had|'d)(?: not| never)? ` +
      String.raw`(?:been )?[\w-]{1,30}[^.;:!?]{0,80}?(?:we|i|it|this|that|the [\w-]{1,30})(?: would|'d)(?: have|'ve) ` +
      String.raw`(?:been (?:fine|ok|okay|on time)|gone (?:through|fine|smoothly|well|live)|worked|made it|landed|shipped|launched|` +
      String.raw`succeeded|hit)\b`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'if they had been on time',
    probe: ['if '],
    source:
      String.raw`\bif (?!(?:i|we|i'd|we'd|my|our|you)\b)(?:[\w'-]{1,30} ){1,3}?(?:had|'d) (?!not\b)(?:[\w'-]{1,30} ){1,6}?` +
      String.raw`(?:on time|earlier|sooner|in time|as (?:agreed|promised|planned)|when (?:they|he|she|it) (?:said|promised))` +
      String.raw`[^.;:!?]{0,60}?(?:we|i|it|this|that|the [\w-]{1,30}|none of (?:this|it|that))` +
      String.raw`${BEFORE_WOULD}(?: would|'d| could)(?: not| never|n't)?` +
      String.raw`(?: have\b|'ve\b)`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    name: 'nobody told us',
    probe: ['nobody', 'no one', 'no-one', 'tell', 'told', ' know', 'thought to'],
    source:
      String.raw`(?:nobody|no one|no-one) (?:had |ever |bothered to |thought to )?(?:told|warned|informed|notified|` +
      String.raw`mentioned it to|flagged it to) (?:us|me|the team|our team)|` +
      // "nobody let us know", "nobody had said a word", "no one gave us a heads-up".
      String.raw`(?:nobody|no one|no-one) (?:had |ever |bothered to |thought to )?(?:let (?:us|me|the team|our team|anyone) know|` +
      String.raw`said a word|gave (?:us|me) (?:a |any )?(?:heads-up|heads up|warning))|` +
      // "the AEs weren't always telling me who would be on the call".
      String.raw`${OTHER_PARTY} (?:weren't|wasn't|didn't|never|hadn't|were not|was not|did not|had not)(?: always| really| even| ever)? ` +
      String.raw`(?:telling|tell|told|letting (?:me|us) know|let (?:me|us) know)(?= (?:me|us|the team|anyone|who|what|when|that)\b)|` +
      // "nobody posted release notes in the support channel".
      String.raw`(?:nobody|no one|no-one) (?:had |ever |bothered to |thought to )?(?:posted|sent|shared|circulated|passed on|` +
      String.raw`documented|wrote up|handed over) (?:the |any |a )?(?:[\w-]+ )?(?:notes?|notice|update|updates|email|emails|` +
      String.raw`warning|handover|details|change|changes|list)|` +
      // "which nobody at the events company thought to mention when we booked".
      String.raw`(?:nobody|no one|no-one)(?: (?:at|in|from|on) (?:the |their )?[\w-]{2,30}(?: [\w-]{2,30})?)? (?:had )?` +
      String.raw`(?:thought|bothered) to (?:mention|tell|warn|flag|say)`,
    weak: true,
    toldHowFound: true,
  },
  {
    // In a setback, a thing left to rot that someone should have kept: "reminders went to an old distribution list which
    // nobody had updated after the re-org". Said of the writer's own duty, the sentence owns it ("…, which I had not
    // updated"), so this reads only "nobody".
    name: 'which nobody had kept up',
    probe: ['nobody', 'no one', 'no-one'],
    source:
      String.raw`(?:which|that) (?:nobody|no one|no-one) (?:had |has |have |ever |even )*(?:updated|checked|tested|reviewed|` +
      String.raw`maintained|renewed|read|looked at|cleaned up|kept up|touched|owned)`,
    weak: true,
    inFailure: true,
  },
  {
    // "a known problem that nobody in IT has ever prioritised", "nobody at the agency spotted that …".
    name: 'nobody there did',
    probe: ['nobody', 'no one', 'no-one'],
    source:
      // The place one or two words, the second no verb: "nobody at Halden needed answered" reads "needed" as no place.
      String.raw`(?:nobody|no one|no-one) (?:(?:in|at|from|on) (?:the )?[\w-]{1,30}(?: (?![\w-]*ed\b)[\w-]{1,30})?|over there) ` +
      String.raw`(?:had |has |have |ever |even )*` +
      String.raw`(?:prioriti[sz]ed|fixed|spotted|noticed|checked|caught|read|picked (?:it |this |that )?up|looked at|addressed|` +
      // "nobody in HR ever sent out renewal reminders", "nobody in analytics had documented that", "nobody over there thought
      // to post in the incident channel".
      String.raw`flagged|bothered|followed up|answered|replied|tested|reviewed|sent|documented|updated|told|informed|warned|` +
      String.raw`thought to [\w-]{2,30})`,
    weak: true,
  },
  {
    // Sarcasm about a duty skipped: "a lead time that nobody had bothered to mention", "if anyone had bothered to ask".
    name: 'nobody bothered to',
    probe: ['bothered'],
    // "nobody on their side bothered to check the tracking plan".
    source:
      String.raw`(?:nobody|no one|no-one|anyone|anybody|${OTHER_PARTY})(?: (?:on|from|in) (?:their|his|her|the other) ` +
      String.raw`(?:side|end|team))? (?:had |has |ever |even |actually )*bothered to [\w-]{2,30}`,
    weak: true,
  },
  {
    // "The lesson for the operations centre is that reports have to go out on time": a lesson addressed to someone else.
    name: 'the lesson is theirs',
    probe: ['lesson', 'takeaway'],
    source:
      String.raw`(?:the |my )?(?:(?:main|real|big|key|biggest|clear) )?(?:lesson|takeaway)s? (?:here )?for ` +
      String.raw`(?!(?:me|myself|us|ourselves|my|our|everyone|everybody|anyone|all|both|the whole)\b)(?:the |their |that )?` +
      // Not the whole the writer belongs to: "the takeaway for the organisation is …" is the writer's own.
      String.raw`(?!(?:[\w-]{2,30} )?(?:organi[sz]ation|company|business|firm|school|trust|industry|sector|profession|future)\b)` +
      String.raw`(?:[\w-]{2,30} ){0,2}?[\w-]{2,30} (?:is|was|would be|has to be)|` +
      // "Honestly the main lesson was for the commercial side".
      String.raw`(?:the |my )?(?:(?:main|real|big|key|biggest|clear) )?(?:lesson|takeaway)s? (?:here )?(?:was|is) ` +
      String.raw`(?:really |mainly |mostly |more )?for (?!(?:me|myself|us|ourselves|my|our|everyone|everybody|anyone|all|both|next|` +
      String.raw`future|the future|later|life|good|sure|now)\b)(?:the |their |that )?` +
      // "the lesson is for Lee Valley": a firm of two words, too.
      String.raw`(?:[\w-]{2,30} )?[\w-]{2,30}(?: (?:side|team|department|teams|people|folks))?(?= *[,.;:!?\u2014\u2013-]|$)`,
    lesson: true,
    unlessIActAfter: true,
  },
  {
    // A lesson only for others: "going forward the consultants need to flag revisions properly",
    // "the lesson for me was that hiring managers have to treat feedback deadlines seriously". Not a rule now in place:
    // "every proposal that comes through my team now has to include a supply model".
    name: 'they need to',
    probe: ['need', 'should', 'have to', 'has to', 'must', 'ought'],
    source:
      // Nor what the writer's own mechanism makes others do: "a lint step that flags index drops so reviewers have to acknowledge them".
      // Nor a relative clause on a thing: "a bug report the other side can reproduce gets fixed; one they have to investigate waits".
      String.raw`(?<!\bi think |\bif |\bso |\bso that |\b(?:one|ones|something|anything|everything|whatever|thing|things) )` +
      String.raw`(?!(?:the |our |my |their )?(?:customers?|clients?|users?|patients?|pupils?|` +
      String.raw`students?|` +
      // Not the writer's own team: "our team needs to plan better" is a lesson, however vague, not blame.
      // Nor every team at once: "every team has to take ownership of their part" is a maxim, not someone else's failing.
      String.raw`shoppers?|guests?|members?|residents?)\b)(?!(?:our|my) (?:whole |entire )?team\b|(?:every|each|all|any) )` +
      String.raw`${LESSON_PARTY} ` +
      String.raw`(?:really |just |simply |also )?(?:needs? to|should|` +
      String.raw`has to|have to|must|ought to|needs?(?= (?:much |far |a lot |a )?(?:better|tighter|clearer|stronger|proper|more)\b)) ` +
      String.raw`(?:really |just |simply |also |start |stop |be made to )?(?:be [\w-]{2,30}ing|be (?:more|less|better) [\w-]{3,30}|` +
      // "Contractors need to be held to their SLAs", "suppliers should be held accountable".
      String.raw`be held (?:to|accountable|responsible)|` +
      String.raw`(?!(?:be|have|know|see|get|feel|hear|say|think|like|love|want|been)\b)[\w-]{2,30}|` +
      // "Warehouse need to get their labour plan sorted before peak".
      String.raw`get (?:their|its|his|her) (?:[\w-]{2,30} ){1,3}?(?:sorted|fixed|right|in order|together|straight)|` +
      // "Agencies need much tighter proofreading": what others should have, as the lesson.
      String.raw`(?<=needs? )(?:much |far |a lot |a )?(?:better|tighter|clearer|stronger|proper|more robust|more rigorous))`,
    unlessIActAfter: true,
    lesson: true,
  },
  {
    // "The formwork foreman hadn't briefed his crew properly": a duty done badly.
    name: 'they did not do it properly',
    probe: ['properly', 'correctly', 'in time', 'on time', 'as agreed', 'as promised', 'at all'],
    source:
      String.raw`${OTHER_PARTY} (?:hadn't|had not|didn't|did not|never|wasn't|weren't|had never) (?:even |actually |really )?` +
      String.raw`[\w-]{2,30}(?: (?:his|her|their|its|the|our|my|any) [\w-]{1,30})? (?:properly|correctly|in time|on time|as agreed|` +
      String.raw`as promised|at all)`,
    weak: true,
  },
  {
    // "The vendor's support line was useless", "the software we had just doesn't handle road closures".
    name: 'their thing was useless',
    probe: [...WORTHLESS, "n't", 'not', 'cannot', ' use', ' help'],
    alsoProbe: [...WORTHLESS, 'cope', 'handle', 'support', ' do', ' use', ' help'],
    source:
      String.raw`(?:(?:${OTHER_PARTY})(?:'s? (?:[\w-]{1,30} ){0,2}?[\w-]{1,30}| (?:support|helpdesk|help desk|desk|line|staff))?|` +
      String.raw`(?:their|his|her) (?:[\w-]{1,30} ){0,2}?[\w-]{1,30}) ` +
      // Notes drop the verb: "shopfitters way behind — their project manager useless". An aside may sit between:
      // "head office support was, if I'm honest, not much use".
      // "The carrier is notoriously unreliable."
      String.raw`(?:(?:was|were|is|are|had been|has been|have been)(?:, [\w' ]{2,30},)? )?(?:just |completely |totally |` +
      String.raw`notoriously |utterly |frankly |simply )?(?:useless|hopeless|unreliable|a joke|no help|incompetent|clueless|` +
      // "The CMO had been impossible to please since day one."
      String.raw`impossible to (?:please|work with|deal with|satisfy)|a nightmare to (?:work with|deal with)|not much (?:use|help)|` +
      String.raw`(?:of )?(?:little|no) use|not a lot of (?:use|help))|` +
      // The verb cut short: "they're useless at weekends", "the agency's hopeless with nights".
      String.raw`(?:${OTHER_PARTY})(?:'re|'s) (?:just |completely |totally |notoriously |utterly |frankly |simply )?` +
      String.raw`(?:useless|hopeless|unreliable|a joke|no help|incompetent|clueless)|` +
      String.raw`(?:${OTHER_PARTY})'s? (?:[\w-]{1,30} ){0,2}?(?:software|system|tool|platform|app|kit|equipment|product|service)s? ` +
      String.raw`(?:just |simply |completely )?(?:couldn't|could not|can't|cannot|didn't|did not|doesn't|does not) (?:cope|handle)|` +
      String.raw`the (?:[\w-]{1,30} ){0,3}?(?:software|system|tool|kit|equipment|platform|app)s? (?:we (?:had|were given|had to use)|` +
      String.raw`they gave us) (?:just |simply )?(?:doesn't|didn't|can't|couldn't|does not|did not|cannot|could not) ` +
      String.raw`(?:handle|cope|support|do)|` +
      // What they fed the writer, called worthless: "Marketing was sending us garbage", "the leads they were passing us were
      // garbage", "their survey data was junk".
      String.raw`(?:${OTHER_PARTY}) (?:was |were |kept |had been )?(?:sending|sent|passing|passed|handing|handed|feeding|fed|` +
      String.raw`giving|gave) (?:us|me) (?:nothing but |pure |absolute |total )?(?:garbage|junk|rubbish|trash)|` +
      String.raw`the (?:[\w-]{1,30} ){1,2}?(?:they|he|she) (?:were|was|kept) (?:sending|passing|handing|feeding|giving) (?:us|me) ` +
      String.raw`(?:was|were) (?:just |pure |absolute |total )?(?:garbage|junk|rubbish|trash)|` +
      String.raw`(?:their|his|her) (?:[\w-]{1,30} ){0,2}?[\w-]{1,30} (?:was|were|is|are) (?:honestly |frankly |just |pure |total )?` +
      String.raw`(?:garbage|junk|rubbish|trash)(?![\w-])`,
    unlessIActAfter: true,
  },
  {
    // "A mess that should never have landed on us", "it shouldn't have been our problem".
    name: 'should never have been ours',
    probe: ['should'],
    source:
      String.raw`(?:should(?: never|n't| not) have|never should have) (?:landed|ended up|fallen|been|come) (?:on|with|to)? ?` +
      String.raw`(?:us|me|my (?:team|desk|plate)|our (?:team|desk|plate|problem)|my problem)\b`,
  },
  {
    // "Management had been told for two years we needed a winter plan and never signed one off."
    name: 'they had been warned',
    probe: ['told', 'warned', 'asked'],
    alsoProbe: ['never', 'did nothing', "didn't", 'did not', 'ignored'],
    source:
      String.raw`${OTHER_PARTY} had been (?:told|warned|asked)\b[^.;]{0,80}?(?:and|but) (?:still )?(?:never|did nothing|didn't|` +
      String.raw`did not|ignored)`,
  },
  {
    // "With the kit we had, most people would have ended up in the same place."
    name: 'anyone would have',
    probe: ['would', "'d"],
    source:
      String.raw`(?:most people|anyone|anybody|any (?:other )?[\w-]{2,30}|(?:any|every)one else) (?:would have|would've|'d have) ` +
      String.raw`(?:ended up|done the same|made the same|been in the same|struggled|failed)`,
  },
  {
    // "The demo crashed because leader election was half finished, and that was Kyle's piece."
    name: 'that was their part',
    namesDuty: true,
    probe: ["'s ", 'their', 'his ', 'her '],
    source:
      // "That was the hospital's system and our coordinator's directory."
      // "It was their contract, their driver and their route", "it was Lee Valley's plant that went down".
      // "which again was his job", "it was sort of their mistake": a word of degree or repetition around the verb.
      String.raw`(?:that|this|which|it) (?:(?:again|also|really|clearly|obviously) )?(?:was|is) ` +
      String.raw`(?:(?:all|again|also|really|clearly|obviously|entirely|squarely|basically|sort of|kind of|partly|mostly|largely) ){0,2}` +
      String.raw`(?:(?:the )?${NOT_ANYONE}` +
      String.raw`(?:(?!(?:one|each|every|any|another|a|an|this|that|our|my)\b)[\w-]{1,30} )?[\w-]{1,30}'s|their|his|her) ` +
      String.raw`(?:piece|part|bit|module|responsibility|area|section|code|job|call|decision|system|process|problem|side|remit|domain|` +
      String.raw`contract|driver|route|plant|kit|equipment|platform|server|network|change|mistake|error)(?![\w-])`,
    unlessNegated: true,
    unlessIActAfter: true,
    causal: true,
  },
  {
    // "because we did everything right on our side".
    name: 'we did everything right',
    probe: ['everything right', 'everything correctly'],
    source: String.raw`(?:we|i) did everything (?:right|correctly)`,
  },
  {
    // "went exactly as you'd expect when the project team has never worked a front desk".
    name: 'what did you expect',
    probe: ['expect', 'surprise'],
    source:
      String.raw`(?:as you'd expect|as you would expect|what do you expect|what did you expect|no surprise|unsurprisingly)\b` +
      String.raw`[^.;]{0,40}?(?:when|from|if|since) ${OTHER_PARTY}`,
  },
  {
    name: 'they were too busy',
    probe: ['busy', 'focused', 'distracted', 'unavailable', 'swamped', 'unresponsive'],
    source:
      String.raw`\bbecause ${OTHER_PARTY} (?:was|were|had been) (?:too |so |still |completely )?(?:busy|focused on|` +
      String.raw`distracted|unavailable|unresponsive|swamped)`,
    weak: true,
  },
  {
    // "My hands were tied", "it was outside my control", "capacity isn't something SRE controls" ("outside my remit"
    // disowns a duty: 'not my job').
    name: 'my hands were tied',
    probe: ['hands', 'control', 'own'],
    source:
      // "in a case like this the pharmacy's hands are tied": the writer's side, named as their unit.
      String.raw`(?:my|our|(?:the )?[\w-]{1,30}'s) hands (?:were|are|'re) (?:[\w-]{1,30} )?tied|` +
      String.raw`(?:outside|beyond)(?: of)? (?:my|our|the team's) (?:hands|power|gift|control)|` +
      String.raw`(?:none of (?:it|that|this) (?:was|is)|(?:was|is)(?: not|n't)|not) (?:really |entirely |totally )?` +
      String.raw`(?:in|within) (?:my|our) ` +
      String.raw`(?:control|gift|power)|` +
      String.raw`(?:isn't|wasn't|aren't|weren't|is not|was not|are not|were not) (?:really )?(?:something|anything) (?:that )?` +
      String.raw`(?:i|we|[\w-]{2,30}) ` +
      String.raw`(?:control|controls|controlled|owns|owned|could (?:control|change|influence))(?![\w-])`,
    unlessIActAfter: true,
    disclaimsControl: true,
  },
  {
    // Criticism wrapped in politeness: "with respect to the venue, …", "to put it kindly, the draft was a long way off".
    name: 'with respect to them',
    probe: ['respect', 'to put it', 'disrespect', 'fingers', 'names'],
    source:
      String.raw`with all due respect|with respect to (?:them|him|her|${OTHER_PARTY})|to put it (?:kindly|politely|mildly|` +
      String.raw`charitably|generously|diplomatically|nicely)|no disrespect to|(?:not|without) (?:wanting |trying )?to point ` +
      String.raw`(?:any )?fingers|without naming (?:any )?names|i won't name names`,
    weak: true,
  },
  {
    // Another party at fault as a state: "the caterer was badly understaffed", "their kitchen was nowhere near ready".
    name: 'they were not up to it',
    probe: ['staffed', 'unprepared', 'disorgani', 'useless', 'unreliable', 'incompetent', 'ready', 'depth', 'unresponsive', 'clueless'],
    source:
      String.raw`${OTHER_PARTY}(?:'s? [\w-]{1,30})? (?:was|were|had been|is|are) (?:also |just |really |badly |completely |` +
      String.raw`totally |hopelessly |chronically |notoriously |severely |so |far too |too |seriously )*(?:understaffed|` +
      String.raw`short-staffed|unprepared|disorgani[sz]ed|useless|unreliable|incompetent|out of (?:their|his|her) depth|` +
      String.raw`not ready|nowhere near ready|unresponsive|clueless)`,
    weak: true,
    unlessIActAfter: true,
  },
  {
    // Another party's slowness: "the IT department took six weeks to …", "it sat in the exams officer's inbox for weeks".
    name: 'they took weeks',
    probe: ['took', 'sat ', 'known for', 'dragged'],
    alsoProbe: ['days', 'weeks', 'months', 'ages', 'forever', 'feet', 'min', 'hour'],
    source:
      String.raw`${OTHER_PARTY} (?:then |also |just |still )?took (?:(?:over|nearly|almost|about|around|another|a full|a|an|` +
      String.raw`\d+|two|three|four|five|six|seven|eight|nine|ten|several|many) )+(?:days|weeks|months|ages|forever)|` +
      // Minutes or hours, to answer a call for help: "their secondary was in another time zone and took 40 min to join".
      String.raw`(?:${OTHER_PARTY}|(?:their|his|her) [\w-]{2,30})(?: [^,.;:!?]{1,50}? and)? took (?:(?:over|nearly|almost|about|` +
      String.raw`around|another|a full|an|\d+|two|three|four|five|six|several) )+(?:mins?|minutes|hours?) to (?:join|respond|reply|` +
      String.raw`answer|call back|get back|pick up|turn up|show up|arrive|acknowledge|come online)|` +
      // Not goods left unsold or unused: "anything over £3 sat on the shelf for weeks".
      String.raw`sat (?:on|in) (?!(?:the |a |our |their )?(?:shel(?:f|ves)|floor|racks?|dock|pallets?|warehouse|yard|stockroom|` +
      String.raw`fridge|freezer|window|display)\b)` +
      // Nor the writer's own queue: "It sat in my queue for 19 days" owns the delay.
      String.raw`(?!(?:my|our) (?:own )?(?:queue|backlog|inbox|in-tray|tray|desk|to-do list|list|pile)\b)` +
      String.raw`(?:[\w'-]{1,30} ){1,5}?for (?:(?:over|nearly|almost|about|several|many|a few|` +
      String.raw`a couple of|\d+|two|three|four|five|six) )?(?:days|weeks|months|ages)|` +
      String.raw`${OTHER_PARTY} had (?:already )?known (?:about (?:it|this|that) )?for (?:(?:a few|several|two|three|many) )?` +
      String.raw`(?:days|weeks|months)|${OTHER_PARTY} (?:had )?(?:dragged|were dragging|was dragging) (?:their|his|her) feet`,
    weak: true,
    unlessIActAfter: true,
  },
  {
    // A lesson only for others: "hopefully the art team learned from it", "a good lesson for the others".
    name: 'a lesson for them',
    probe: ['hopefully', 'i hope', 'lesson for'],
    source:
      String.raw`(?:hopefully|i hope) ${OTHER_PARTY} (?:[\w-]{1,30} )?(?:learned|learnt|took (?:something|note)|will ` +
      String.raw`(?:learn|think twice|remember))|` +
      // A correction hoped for from them: "hopefully the agency will be more careful with contracts in future", "hopefully
      // the church office has tightened up how they take bookings", "I hope head office will vet suppliers more carefully".
      String.raw`(?:hopefully|i hope|let's hope) (?!(?:our|my) (?:whole |own )?teams?\b)${OTHER_PARTY} (?:will |would |has |have |had |` +
      String.raw`'ll |now )?(?:[\w-]{1,30} ){0,4}?(?:be more (?:careful|thorough|organi[sz]ed|responsive)|more (?:carefully|` +
      String.raw`closely|thoroughly|seriously)|tighten(?:ed|s)? (?:[\w-]{1,30} ){0,2}?up|(?:get|gets|got|gotten) (?:its|their) act ` +
      String.raw`together|do better)|(?:a |the )?(?:good |valuable |useful |hard |real )?lesson for ` +
      String.raw`(?:the others|them|everyone else|the rest of (?:them|the [\w-]{1,30})|${OTHER_PARTY})`,
    weak: true,
  },
  {
    // The cause placed on another party's patch: "which was the head chef's side", "which was the landlord's electrics", "so it
    // wasn't really a front-of-house problem" (the writer's own unit cleared).
    name: 'that was their side',
    namesDuty: true,
    probe: ["'s ", 'problem', 'issue'],
    source:
      String.raw`(?:which|that|it) (?:was|is) (?:all |really |entirely |firmly |squarely )?(?:the |their |his |her )?` +
      String.raw`(?!(?:my|our|the team|the company)\b)${NOT_ANYONE}[\w-]{2,30}(?: [\w-]{2,30})?'s ` +
      String.raw`(?:side|end|doing|department|problem|responsibility|` +
      String.raw`area|remit|electrics|fault|issue|mess)|(?:so |and )?it (?:wasn't|was not|isn't|is not) (?:really |actually )?` +
      // Not a diagnosis that names the real problem next: "so it was not a capacity problem, it was an arrival problem".
      String.raw`(?:(?:our|my) (?:[\w-]{2,30} ){1,2}?(?:problem|issue)|(?:a|an) (?:[\w-]{2,30} ){1,2}?(?:problem|issue)` +
      String.raw`(?!,? (?:it|but|rather)\b))(?! (?:we|i|that|which)\b)`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    // A decision or a number disowned: "(the old one left with no handover, his decision not mine)", "Not my forecast",
    // "Merch planning owns the forecast, not buying".
    name: 'their call, not mine',
    probe: ['not mine', 'not ours', 'not my', 'not buying', 'not me', 'not us', 'not our', "n't our", "n't my", 'never our', 'never my'],
    source:
      // "it was not our decision, it was the county": the decision disowned and handed to someone named.
      String.raw`(?:it|that|this) (?:was not|wasn't|was never|is not|isn't) (?:really )?(?:our|my) (?:decision|call|choice),? ` +
      String.raw`(?:it was|it's|that was) (?:the |their |his |her )?` +
      String.raw`(?!(?:a|an|my|our|mine|ours|me|us|just|only|too|really|more|about|because|not|never)\b)[\w'-]{2,30}|` +
      String.raw`(?:his|her|their|[\w-]{2,30}'s) (?:decision|call|idea|forecast|plan|choice|numbers?|target),? not (?:mine|ours|me|us)|` +
      // "Notes: forecast was the client's not ours."
      String.raw`(?:was|were|is|are) (?:the |their |his |her )?(?:[\w-]{2,30}'s|theirs|his|hers),? not (?:mine|ours)|` +
      String.raw`^[\s*_>-]*(?:(?:[rar]|result|outcome)\s*[:\u2014\u2013-]\s*[^.;]{0,120}?[.;]\s*)?not my (?:forecast|decision|call|plan|` +
      String.raw`numbers?|target|idea)\b|owns? the (?:[\w-]{2,30} ){0,2}?(?:forecast|decision|plan|budget|numbers|target|process),? ` +
      String.raw`not (?:me|us|buying|my team|our team|[\w-]{2,30} team)`,
    unlessIActAfter: true,
    // In a story that went well, naming whose number it is gives credit honestly: "finance's estimate of £310k a year; that
    // figure is theirs, not mine".
    inFailure: true,
  },
  {
    // Longer than another party said: "took eleven weeks longer than the architect said it would".
    name: 'longer than they said',
    probe: ['than '],
    alsoProbe: ['said', 'promised', 'estimated', 'quoted', 'told'],
    source:
      String.raw`(?:longer|later|more) than (?!(?:i|we|i'd|we'd)\b)${OTHER_PARTY} (?:had )?` +
      String.raw`(?:said|promised|estimated|quoted|told us)`,
    weak: true,
    inFailure: true,
  },
  {
    // The cause traced to another party's process or timing: "the whole thing came from their release process", "it landed right
    // in the middle of their merger", "pushed an update in the middle of our peak freeze".
    name: 'it came from their side',
    probe: ['came from', 'stemmed from', 'started with', 'middle of'],
    source:
      String.raw`(?:came|stemmed|started|comes|stems) (?:from|with) (?:their|the [\w-]{2,30} team's|[\w-]{2,30}'s) (?:own )?` +
      String.raw`(?:[\w-]{2,30} )?(?:process|release|change|changes|side|end|system|deploy|deployment|code|update)|` +
      String.raw`${OTHER_PARTY} (?:[\w-]{2,30} ){0,2}?(?:pushed|deployed|released|changed|shipped|rolled out) (?:[\w-]{1,30} ){1,6}?` +
      String.raw`(?:in the middle of|during|right before|the day before) (?:our|the) (?:[\w-]{2,30} )?` +
      String.raw`(?:freeze|peak|launch|go-live|cutover)|` +
      String.raw`landed (?:right |slap bang )?in the middle of (?:their|the [\w-]{2,30}'s) (?:[\w-]{2,30} )?(?:merger|restructure|` +
      String.raw`reorganisation|reorganization|freeze|audit|move|migration)`,
    weak: true,
  },
  {
    // Changed and said nothing: "the backend team changed the API responses in the middle and didn't tell us".
    name: 'they changed it and never said',
    probe: ["didn't tell", 'did not tell', 'never told', "didn't warn", 'never warned', "didn't let", "didn't inform", 'never informed'],
    source:
      // Any change they made: "IT had set up the routing when they migrated ticketing systems and never told us".
      String.raw`${OTHER_PARTY} (?:[\w-]{2,30} ){0,2}?(?:[\w-]{2,30}ed|set up|set|put|made|ran|took|cut|shut|built|sent|sold|` +
      String.raw`brought in|took out) [^.;:!?]{1,60}? ` +
      String.raw`and (?:then )?(?:didn't|did not|never) (?:tell|told|warn|warned|inform|informed|let) (?:us|me|anyone|anybody|our team|` +
      String.raw`my team|the rest of us)`,
    weak: true,
  },
  {
    // Handed over too late to save: "the relationship was too far gone by the time it got to me".
    name: 'too far gone when it reached me',
    probe: ['by the time'],
    source:
      String.raw`(?:too far gone|too late|already lost|beyond saving|past saving|a lost cause) by the time (?:it|they|the [\w-]{2,30}) ` +
      String.raw`(?:got|came|was handed|was passed|reached|landed) (?:over )?(?:to|with|on) me`,
  },
  {
    // A client who would not understand: "she just didn't get how warehousing works".
    name: "they didn't get how it works",
    probe: ['how '],
    alsoProbe: ['works', 'work'],
    source:
      String.raw`(?:just |really |simply )?(?:didn't|did not|doesn't|does not|don't|never) (?:really |quite )?(?:get|understand|grasp) ` +
      String.raw`how (?:[\w-]{2,30} ){1,3}?works?\b`,
    weak: true,
    needsOtherSubject: true,
  },
  {
    // A party dismissed with "just": "head office just don't see what it's like on the floor", "the ops leads just didn't
    // engage", "some people just aren't made for teaching". Not what a thing did ("it just didn't load"), nor inability
    // ("they just couldn't get enough players online"), nor a state or a fit ("they just didn't know", "didn't fit").
    name: 'they just do not',
    probe: [' just '],
    source:
      String.raw`(?:${ANY_PARTY}|(?:the|their|our) (?:[\w-]{1,30} )?leads|` +
      String.raw`some (?:of (?:the|our|my) )?(?:people|staff|${BARE_WORKERS})) just ` +
      String.raw`(?:don't|doesn't|didn't|did not|won't|wouldn't|aren't|isn't|wasn't|weren't) ` +
      String.raw`(?!(?:know|knew|have|had|need|exist|feel|seem|look|sound|work|happen|matter|fit|apply|` +
      String.raw`there|enough|possible|available|ready yet)\b)[\w-]{2,30}`,
    weak: true,
  },
  {
    // Their duty, told in the passive with them as its agent: "which should have been flagged by the church office", "it was
    // supposed to be checked by the site team".
    name: 'it should have been done by them',
    probe: ['should have been', "should've been", 'supposed to be', 'meant to be'],
    source:
      String.raw`(?:should(?: have|'ve) been|(?:was|were) (?:supposed|meant) to be) (?:[\w-]{1,30}ly )?[\w-]{2,30}(?:ed|en|wn|ne|ht) ` +
      String.raw`(?:[\w-]{1,30} ){0,3}?by (?!(?:me|us|myself|ourselves|my team|our team)\b)${OTHER_PARTY}`,
    weak: true,
  },
  {
    // A client or patient who would not do their part: "they want to be fixed quickly and don't put the work in", "he just
    // wanted someone to tell him what he wanted to hear".
    name: 'they would not do their part',
    probe: ['put the', 'put any', 'put enough', 'wanted to hear', 'want to hear'],
    source:
      String.raw`(?:don't|didn't|won't|wouldn't|never|do not|did not|would not|will not) (?:really |even )?put (?:the|any|enough|in the) ` +
      String.raw`(?:work|effort|hours|time|practice) in|(?:he|she|they) (?:just |only |really )?wanted (?:someone|somebody|me|us|` +
      String.raw`(?:a|an|the) [\w-]{1,30}) to tell (?:him|her|them) what (?:he|she|they) (?:wanted|want) to hear`,
    weak: true,
    needsOtherSubject: true,
  },
  {
    // The mess inherited: "set up by the previous fundraising manager", "how the stages had been set up before I got there".
    name: 'the previous owner left it',
    probe: ['previous', 'former', 'outgoing', 'before i'],
    source:
      String.raw`(?:set up|left|built|run|done|handled|configured|written|designed|agreed|signed) (?:[\w-]{1,30} ){0,2}?by ` +
      String.raw`(?:the|my|our|a) (?:previous|former|outgoing|old) [\w-]{2,30}|(?:had been|was|were) (?:[\w-]{1,30} ){0,3}?` +
      String.raw`before i (?:got there|joined|arrived|took over|came in|started)|(?:the )?(?:previous|former|outgoing) ` +
      String.raw`[\w-]{2,30}'s? (?:[\w-]{1,30} ){0,2}?(?:did not|didn't|never|also did not|also didn't) (?:match|add up|work|exist)`,
    weak: true,
    unlessIActAfter: true,
  },
  {
    // Odds and luck: "the process was against us from the start", "a really unlucky combination of things".
    name: 'it was against us',
    probe: ['against us', 'unlucky', 'bad luck', 'a lot of it was'],
    source:
      String.raw`(?:was|were) (?:stacked |all )?against us|(?:really |very |just |pretty |pure |a bit )?unlucky|` +
      String.raw`(?:a lot|most|much|half) of it was (?:just )?(?:the )?(?:weather|timing|luck|market|economy|season|traffic)`,
    weak: true,
    unlessIActAfter: true,
  },
  {
    // Another party ignoring the writer: "they'd ignored what we told them".
    name: 'they ignored us',
    probe: ['ignored'],
    source: String.raw`${OTHER_PARTY}(?: had|'d)? (?:just |simply |completely )?ignored (?:what|our|my|us|me|every|the (?:advice|warning))`,
    weak: true,
    unlessIActAfter: true,
  },
  {
    // What the writer was handed, found wanting: "the spec we were handed was about two paragraphs long", "the handover
    // notes I was given were one line long".
    name: 'what we were handed',
    probe: ['handed', 'given', 'left with', ' sent '],
    source:
      String.raw`(?:the|a|an) (?:[\w-]{1,30} ){0,2}?(?:i|we) (?:was|were|had been) (?:handed|given|sent|left with)` +
      String.raw`(?: by ${OTHER_PARTY})? (?:was|were|had|did|didn't|only)`,
    weak: true,
    inFailure: true,
  },
  {
    // The work done by someone else before it reached the writer: "the work had been scoped by the previous tech lead", "it
    // had been signed off by QA". Not "approved by my supervisor" or "agreed by our finance director": who consented, not who
    // did part of the work; nor a plain past ("was set up by the platform team", "was signed off by the executive
    // committee"), which tells who did what in the story (blind dev part: the plain past 0 of 3 marked, "had been agreed by" 0 of
    // 1, the rest of "had been … by" 2 of 2).
    name: 'done by them',
    probe: [' by '],
    source:
      String.raw`had been (?:[\w-]{1,30} ){0,2}?(?:scoped|planned|estimated|specced|signed off|costed|` +
      String.raw`delegated|designed|set up|configured|graded|triaged|briefed|tested|checked)(?: [\w-]{1,30}){0,4}? by ` +
      String.raw`(?:${OTHER_PARTY}|the (?:previous|former|outgoing|old) [\w-]{2,30})`,
    weak: true,
    unlessIActAfter: true,
    inFailure: true,
  },
  {
    // Someone away when needed, told as one more cause or with what it cost: "Then my supervisor was off sick for a month
    // so I couldn't get approval", "also the analyst was on holiday one week", "… off for a month, so the plan was never
    // reviewed". Not an absence told as context
    // ("one of our two dispensers was off sick") or as what an injury cost ("she was off work for a week").
    name: 'they were away',
    probe: [' off', 'leave', 'holiday', 'away', 'sick'],
    source:
      String.raw`(?:(?<=(?:also|then|plus|on top of that),? )|(?=[^.;!?]*(?:so|which meant|meaning) [^.;!?]*?(?:couldn't|` +
      String.raw`could not|didn't|did not|hadn't|had not|wasn't|weren't|never|nobody|no one|had to|lost|missed)(?![\w'])))` +
      String.raw`(?:${OTHER_PARTY}|our [\w-]{2,30}(?: [\w-]{2,30})?) (?:had been|was|were) (?:off|away|on leave|off sick|on holiday|` +
      String.raw`on annual leave|on sick leave)(?! (?:the|a|an)\b)`,
    weak: true,
    inFailure: true,
  },
  {
    // Blame wrapped in praise, in any story: "IT were super supportive, honestly great guys, but they never got the
    // interface right", "the contractors were lovely but never read the spec", "the staff are wonderful, but half of
    // them never read the policy".
    name: 'praised, but they never did it',
    probe: ['never', "n't", 'not', 'failed to'],
    source:
      String.raw`(?<=(?:lovely|wonderful|brilliant|nice|great|good|supportive|helpful|talented|amazing|fantastic|friendly|` +
      String.raw`well-meaning|well meaning|keen)[^.;:!?]{0,60}?,? but (?:(?:honestly|frankly|i'd say|i would say|to be honest),? )?)` +
      String.raw`(?:(?:they|he|she|${ANY_PARTY}|(?:half|most|some|a lot|many) of them) )?` +
      // Not what someone new had never done: "Dani was great, but she had never costed a menu" tells inexperience.
      String.raw`(?:(?:also|just|still|really|simply|had|have|honestly|basically|clearly|i'd say|then) )*(?<!\bhad )` +
      String.raw`(?:never|didn't|did not|hadn't|had not|couldn't|could not|failed to|wouldn't|would not|don't|do not|can't|cannot)` +
      String.raw`(?: once| even| really| actually| properly)? (?!(?:need|have|had|know|knew|want|mind|like|expect)\w*\b)[\w-]{2,30}`,
    weak: true,
    unlessIActAfter: true,
    causal: true,
  },
  {
    // Sarcasm about another party's judgement: "Engineering, in their infinite wisdom, pushed a config change at 9am".
    name: 'in their infinite wisdom',
    probe: ['wisdom'],
    source: String.raw`in (?:their|his|her|its) (?:infinite |great )?wisdom`,
  },
  {
    name: 'the timing was against us',
    probe: ['against us', 'bad luck', 'nothing more', 'nothing else', 'our hands', 'my hands', 'our control', 'my control', 'factors'],
    source:
      String.raw`(?:(?:the )?(?:timing|market|weather|luck|economy) was (?:just )?against us|(?:it|that) was (?:just ` +
      String.raw`|simply )?bad luck|nothing (?:more|else) (?:sales|anyone|the team|[\w-]{1,30} team) could (?:have ` +
      String.raw`)?(?:done|do)|out of our hands|(?:beyond|outside) (?:our|my) control|` +
      // "A good deal of that came down to outside factors", "mostly due to external factors".
      String.raw`(?:down to|due to|because of|blame) (?:a (?:lot|few|number) of |several |many )?(?:outside|external) factors|` +
      // "At the end of the day the SMS side was never really in our hands."
      String.raw`(?:was|were|is|are) (?:never|not) (?:really |truly |fully |entirely )?in (?:our|my) hands)`,
    unlessIActAfter: true,
    causal: true,
  },
  {
    // Another party told with a sneer, in any story and any part: the tone is the blame. "Our sales, as usual, promised them
    // the alerts", "as usual nobody posted release notes", "the art team were slow to adapt, as they always are", "my
    // predecessor had, let's say, a relaxed attitude", "their head of operations was, frankly, difficult to work with", "the
    // supplier, who frankly could have been more flexible". Someone else's words ("their manager told me frankly …") are not
    // the writer's tone.
    name: 'said with a sneer',
    probe: ['as usual', 'as per usual', 'always are', 'always do', 'always did', 'always were', "let's", 'frankly'],
    source:
      // Not "the team, as always, pulled together": praise; and not the writer's own team.
      String.raw`(?!(?:the|our|my) team\b)${ANY_PARTY},? (?:as usual|as per usual),? [\w'-]{2,30}${CLAUSE_ON}|` +
      // Not things handled as they always are: "as usual they were filed by form group" (the records, in the passive).
      String.raw`(?:as usual|as per usual),? (?:${OTHER_PARTY}|nobody|no one|no-one) (?!(?:were|was|are|is|got|get) [\w-]+(?:ed|en)\b)` +
      String.raw`[\w'-]{2,30}${CLAUSE_ON}|` +
      String.raw`(?!(?:the|our|my) team\b)${ANY_PARTY} [^.;:!?]{3,80}?,? as (?:they|he|she) always (?:are|do|did|were)|` +
      String.raw`${ANY_PARTY} (?:had|was|were|is|are|has),? let's (?:just )?say,? [\w'-]{1,30}(?: [\w'-]{1,30}){0,3}|` +
      // Their work, said with the same smile: "the supplier's heat-treatment records for batch 22 were, let's say, optimistic".
      String.raw`(?:${ANY_PARTY}'s?|their|whose) (?:[\w-]{1,30} ){1,5}?(?:was|were|had been),? let's (?:just )?say,? [\w'-]{2,30}|` +
      String.raw`let's (?:just )?say,? (?:that )?(?:${OTHER_PARTY}|(?:some|two|three|half|one|most|a couple|a few) of (?:the |my |our )?` +
      String.raw`(?:group|team|class|them|us))|` +
      String.raw`(?!(?:the|our|my) team\b)${ANY_PARTY}(?:,? who)?(?: (?:was|were|is|are|had|has|could have been|should have been|` +
      String.raw`could've been))?,? frankly,?${PRAISE_NEXT} [\w'-]{1,30}(?: [\w'-]{1,30}){0,3}|frankly,? ${ANY_PARTY} (?:was|were|is|are|` +
      String.raw`had|has|could|should|never|didn't|did not|just)${PRAISE_NEXT} [\w'-]{1,30}`,
    unlessIActAfter: true,
  },
  {
    // An idiom that is always about someone else's slowness: "Deal Desk took their sweet time as usual".
    name: 'took their sweet time',
    probe: ['sweet time'],
    source: String.raw`took (?:their|his|her|its) (?:own )?sweet time`,
  },
  {
    // A duty skipped again and again: "the agency nurses kept not signing the register".
    name: 'they kept not doing it',
    probe: ['kept'],
    alsoProbe: ['not ', 'forgetting to', 'failing to', 'ignoring', 'skipping', 'missing '],
    source:
      String.raw`${OTHER_PARTY} (?:just |simply |still )?kept (?:on )?(?:not [\w-]{2,30}ing|forgetting to|failing to|ignoring|skipping|` +
      String.raw`missing (?:the|their|our|every))`,
    weak: true,
  },
  {
    // Someone else's act done without the check that would have caught it: "QA had signed off 7.3 without running the login
    // regression", "the platform team had rotated the certificate without telling any of the teams behind it".
    name: 'they did it without checking',
    probe: ['without'],
    alsoProbe: [
      'running',
      'testing',
      'checking',
      'telling',
      'asking',
      'consulting',
      'reviewing',
      'reading',
      'warning',
      'informing',
      'notifying',
      'letting',
      'a word',
    ],
    source:
      String.raw`${OTHER_PARTY} (?:had |then |also |just |simply |apparently )?(?:[\w-]{2,30}ed|signed off|took|made|went|sent|put|` +
      String.raw`set|cut) (?:[^.;:!?]|\.(?=\d)){1,60}? without (?:even |actually |first |properly |ever )?(?:running|testing|` +
      String.raw`checking|telling|asking|consulting|reviewing|reading|warning|informing|notifying|letting (?:us|me|anyone|anybody)|a word)`,
    weak: true,
    inFailure: true,
  },
  {
    // The writer's own part declared fine, so the failure was elsewhere: "from our side the code was fine", "the design side
    // held up".
    name: 'our side was fine',
    probe: ['side', 'part', 'end'],
    source:
      String.raw`(?:from|on) (?:our|my) (?:side|end),? (?:the |our |my |everything )?(?:[\w-]{1,30} )?(?:was|were) (?:fine|ok|okay|` +
      String.raw`solid|correct|perfect|all good|on time|done)|(?:the|our|my) (?:[\w-]{1,30} )?(?:side|part|end) (?:of (?:it|things) )?` +
      String.raw`(?:held up|was fine|was solid|was on time|was all good|was done on time)`,
    inFailure: true,
  },
  {
    // Sarcasm about others' competence: "it's always the same lot who can't manage to read a checklist".
    name: 'they cannot manage to',
    probe: ['manage to'],
    source: String.raw`(?:who|they|he|she) (?:can't|cannot|can not|couldn't|could not) (?:even )?manage to [\w-]{2,30}`,
    weak: true,
  },
  {
    // Others slow to take their part: "some of the consumer teams were slow to migrate, which dragged the timeline out".
    name: 'they were slow to',
    probe: ['slow'],
    // "Parents had also been slow sending the consent forms back", "their procurement was also very slow to sign anything";
    // slow as the whole complaint: "the QA was slow because their environment kept breaking", "design was also very slow".
    source:
      String.raw`(?!(?:the|our|my) team )${ANY_PARTY} (?:were|was|had been|had also been) (?:also |just |really |very |so |too |` +
      String.raw`painfully |incredibly |quite |notoriously |always |a bit |pretty |extremely )*slow` +
      String.raw`(?: (?:to [\w-]{2,30}|(?:in )?[\w-]{2,30}ing)|(?=[.,;:!?)]|$| because | as (?:usual|always)))`,
    weak: true,
    inFailure: true,
  },
  {
    // Others no help when it went wrong: "Legal was not much help in getting the fee back", "the college were not much help",
    // "the schools weren't much help either".
    name: 'they were no help',
    probe: [' help'],
    source:
      String.raw`(?!(?:the|our|my) team )${ANY_PARTY} (?:were|was|had been)` +
      String.raw`(?:(?: not|n't)(?: really| exactly| ever)? (?:much|any|a lot of)| no| little) help`,
    weak: true,
    inFailure: true,
  },
  {
    // The share of the failure handed round: "so it wasn't just me", "I wasn't the one coding it".
    name: "it wasn't just me",
    probe: ['just me', 'only me', 'the one', 'just us', 'only us', 'just my', 'only my', 'just our', 'only our', 'just on', 'only on'],
    source:
      // "Everybody using it was stuck, it wasn't only us": the setback shared out to everyone it hit.
      String.raw`(?:it|this|that) (?:wasn't|was not|isn't|is not) (?:just|only) (?:me|my fault|on me|us|our fault|on us)` +
      String.raw`(?! (?:who|that)\b)|` +
      String.raw`i (?:wasn't|was not) the one (?:who was |actually )?[\w-]{2,30}ing`,
    inFailure: true,
  },
  {
    // A duty done, but not the way it always had been: "the supervisor hadn't been keeping the books the way we always had".
    name: 'above my head',
    probe: ['my head'],
    // "the decision had basically been made above my head".
    source: String.raw`(?:made|taken|decided|done|signed off) (?:way |well |completely )?(?:above|over) my head`,
    inFailure: true,
  },
  {
    name: 'not the way we always had',
    probe: ['the way'],
    source:
      String.raw`${OTHER_PARTY} (?:hadn't|had not|wasn't|weren't|didn't|did not) (?:been )?[\w-]{2,30}(?: (?:the|their|his|her|its) ` +
      String.raw`[\w-]{1,30})? the way (?:we|i|they|it) (?:always )?(?:had|did|should|used to|were supposed to)`,
    weak: true,
  },
  {
    // In a setback, what a predecessor did or left: "the previous GM had left it all in a mess", "my predecessor had
    // apparently decided to skip the survey", "prev. GM had signed a three-year deal".
    name: 'what my predecessor left',
    probe: ['previous', 'predecessor', 'prev', 'former', 'outgoing', 'last '],
    source:
      String.raw`(?:(?:the|my|our) (?:previous|former|old|outgoing|last) |prev\.? )(?:[\w-]{2,30} ){0,2}?(?:manager|lead|head|director|` +
      String.raw`owner|team|supplier|vendor|contractor|agency|gm|chef|coordinator|buyer|planner|engineer|analyst|admin|head teacher|` +
      String.raw`headteacher|ceo|cto|pm)(?: before me)? had (?:apparently |already |basically |just |also )?(?:left|signed|decided|` +
      String.raw`agreed|promised|let|set up|built|committed|cut|ignored|skipped|neglected|run|ran|allowed|approved|bought)` +
      String.raw`|my predecessor (?:had )?(?:apparently |already |basically |just |also )?(?:left|signed|decided|agreed|promised|let|` +
      String.raw`set up|built|committed|cut|ignored|skipped|neglected|allowed|approved|bought)`,
    weak: true,
    inFailure: true,
    causal: true,
  },
  {
    // In a setback, another party's state given as the cause: "the agency was clearly understaffed", "the vendor had constant
    // performance problems", "the client kept changing what she wanted", "the QA team tested only in Chrome".
    name: 'they were understaffed',
    probe: [
      'understaffed',
      'under-resourced',
      'disorganised',
      'disorganized',
      'unprepared',
      'overstretched',
      'out of their depth',
      'problems',
      'issues',
      'changing',
      'moving',
      'only',
      'goalpost',
      'goal post',
      'goal-post',
    ],
    source:
      String.raw`${OTHER_PARTY} (?:was|were) (?:clearly |badly |seriously |massively |completely |totally |hopelessly |always |` +
      String.raw`chronically )?(?:understaffed|under-?resourced|disorgani[sz]ed|unprepared|overstretched|out of (?:their|his|her) ` +
      String.raw`depth)|` +
      // Not "they had many problems with overbookings": a customer's problem is the story's.
      String.raw`(?!(?:they|he|she)\b)${OTHER_PARTY} had (?:so |very )?(?:many|lots of|a lot of|constant|endless|ongoing|repeated) ` +
      String.raw`(?:[\w-]+ )?(?:problems|issues|outages|bugs)(?! with)|` +
      String.raw`${ANY_PARTY} (?:kept|keep|keeps) (?:changing|moving) (?:what (?:they|he|she) wanted|(?:the|their|his|her) ` +
      String.raw`(?:minds?|requirements|brief|spec|priorities|goalposts|scope|dates?|plans?))|` +
      // "the client moved the goalposts": the idiom is itself the complaint.
      String.raw`${ANY_PARTY} (?:then |just |suddenly |also |basically )?(?:moved|shifted) the goal-?(?: )?posts|` +
      String.raw`${OTHER_PARTY} (?:had )?(?:only (?:tested|checked|reviewed|covered|looked at)|(?:tested|checked|reviewed|covered) only)` +
      String.raw`(?= (?:in|on|the|one|two|a|for)\b)`,
    weak: true,
    inFailure: true,
    causal: true,
  },
  {
    // Others who never came with the plan, told as part of why it failed: "a few teachers were, to be honest, never fully on
    // board", "the site managers were never really bought in".
    name: 'never on board',
    probe: ['on board', 'onboard', 'bought in', 'bought-in'],
    source:
      String.raw`(?!(?:the|our|my) team )${ANY_PARTY} (?:was|were|had been)(?:, [^,;]{1,30},)? (?:never|not) (?:fully |really |quite |` +
      String.raw`properly |entirely |ever )?(?:on ?board|bought[ -]in)`,
    weak: true,
    inFailure: true,
  },
  {
    // The duty placed on someone else in a setback: "Dave was responsible for relabelling the locations", "relabelling was
    // the night team's job".
    name: 'it was their job',
    namesDuty: true,
    probe: ['responsib', "'s job", "'s responsibility", "'s remit"],
    source:
      String.raw`(?!(?:the|our|my) team )${ANY_PARTY} (?:was|were) (?:the (?:one|ones|person|people) )?` +
      String.raw`(?:(?:meant|supposed) to be )?responsible for|` +
      // "Fridge temperature logs missing for nine days, night porter's job", "relabelling was the night team's job".
      String.raw`(?:(?:was|were|is|are)(?: (?:really|actually|always|officially))?|[\u2014\u2013:,-]) ${NOT_ANYONE}(?!(?:my|our)\b)` +
      String.raw`(?:(?:the|their|his|her) )?(?:[\w-]{2,30} ){0,2}?[\w-]{2,30}'s (?:job|responsibility|remit)(?![\w'])`,
    weak: true,
    inFailure: true,
  },
  {
    // The same of someone named: "Dave was responsible for relabelling the locations" (a capital where the match starts).
    name: 'someone named was responsible',
    namesDuty: true,
    probe: ['responsib'],
    source:
      String.raw`(?!(?:i|we|it|that|this|which|who|there|he|she|they)\b)[\w-]{2,30} (?:was|were) (?:the (?:one|person) )?` +
      String.raw`(?:(?:meant|supposed) to be )?responsible for`,
    namedParty: true,
    weak: true,
    inFailure: true,
  },
  {
    // A missing piece of the product told as what lost the deal: "if SSO had been there we'd have won it".
    name: 'if it had been there',
    probe: ['if '],
    source:
      String.raw`\bif (?:only )?(?:the |our )?(?!(?:i|we|you)\b)[\w-]{2,30}(?: [\w-]{2,30})? (?:had been|was|were) (?:there|ready|` +
      String.raw`available|in place|live|built|done|working|finished)[^.;:!?]{0,30}?(?:we|i)(?:'d| would) (?:have |'ve )?(?:won|closed|` +
      String.raw`kept|made|hit|landed|signed|been fine)`,
    inFailure: true,
  },
  {
    // The writer pleading their own case in a setback: "To be fair to me, the contract only arrived on the Thursday", "in my
    // defence, nobody had seen the new form".
    name: 'in my defence',
    probe: ['fair', 'defen'],
    source: String.raw`(?:to be (?:fair|honest) (?:to|with) (?:me|myself)|in (?:all )?fairness to (?:me|myself)|in my (?:own )?defen[cs]e)`,
    inFailure: true,
  },
  {
    // "To be fair" opening what another party did, or what the writer had asked for in vain, in a setback: "To be fair, nobody
    // had told me the timestamps were in UTC", "to be fair, the AEs weren't always telling me who'd be on the call", "To be
    // fair, in February I had asked for a second data logger". Not "to be fair to them" (a concession to the other side).
    name: 'to be fair, they',
    probe: ['to be fair'],
    source:
      // Not a concession: "to be fair, they had a point".
      String.raw`to be fair,? (?:(?:${ANY_PARTY}|nobody|no one|no-one) (?!(?:were|was) (?:lovely|great|right|brilliant|helpful)\b|` +
      String.raw`had (?:a (?:fair |good |valid )?point|every right|(?:a )?good reason)\b)` +
      String.raw`[\w'-]{2,30}|(?:[\w-]{1,30} ){0,3}?i had (?:already )?(?:asked|warned|raised|flagged|requested|told|suggested|` +
      String.raw`proposed|pushed))`,
    inFailure: true,
    unlessIActAfter: true,
  },
  {
    // Others' say over the outcome, told as why it went wrong: "you're at the mercy of the client", "I wish management would
    // move a bit quicker", "we were in the hands of the carrier".
    name: 'at their mercy',
    probe: ['mercy', 'wish', 'hands of', 'hope'],
    source:
      String.raw`at the mercy of (?:the |our |their )?[\w-]{2,30}|in the hands of (?:the |our |their )?[\w-]{2,30}|` +
      String.raw`wish(?:ed)? (?:that )?${ANY_PARTY} (?:would|had|could|'d)(?= [\w-]{2,30})|` +
      // "hopefully next time management would move a bit quicker": a hope that others had acted otherwise.
      String.raw`(?:hopefully|i hope(?: that)?)(?: next time)? (?!(?:my|our) team\b)${ANY_PARTY} would(?= [\w-]{2,30})`,
    inFailure: true,
  },
  {
    // The set-up blamed instead of anyone's part in it: "the real problem was how the DBA side was set up", "it was just the
    // way the system was set up", "which is just how things work at group".
    name: 'the way it was set up',
    probe: ['set up', 'how things', 'the way things', 'organised', 'organized', 'structured'],
    source:
      String.raw`(?:(?:real|main|actual|root|underlying|bigger) (?:problem|issue|cause) (?:was|is)|(?:it|that|this) was(?: just| really|` +
      String.raw` simply)?) (?:how|the way) (?:the |our |their |it |things )(?:[\w-]{1,30} ){0,3}?(?:was|were|had been|is|are) ` +
      String.raw`(?:set up|organi[sz]ed|structured|run)|(?:which|that) (?:is|was) (?:just |simply )?(?:how|the way) things ` +
      String.raw`(?:work|worked|are|were|go|went) (?:at|in|with|around) [\w-]{2,30}|` +
      // Fronted as the excuse: "Honestly, the way the system was set up, the flag sat on a different screen".
      String.raw`(?:honestly|frankly|to be honest),? the way (?:the |our |their )(?:[\w-]{1,30} ){0,2}?(?:was|were|had been) ` +
      String.raw`(?:set up|organi[sz]ed|structured|designed)`,
    inFailure: true,
  },
  {
    // Another party behind, or changing the ground under the work, in a setback: "the installation contractor was behind almost
    // from day one", "the PM changed the scope three times".
    name: 'they were behind',
    probe: ['behind', 'changed'],
    source:
      String.raw`(?!(?:the|our|my) team )${ANY_PARTY} (?:was|were) (?:already |always |badly |way |also |well )*behind(?= schedule| ` +
      String.raw`programme| plan| from (?:the start|day one)| almost from| on | with |[.,;:!)]|$)|` +
      String.raw`${ANY_PARTY} (?:also |then )?changed (?:the |their |our |his |her )?(?:scope|requirements|spec|specs|brief|priorities|` +
      String.raw`design|dates?|deadline|mind|minds|route|plans?|venue|format|layout|timeline|schedule) ` +
      String.raw`(?:(?:two|three|four|five|several|multiple|\d+) times|again|twice|repeatedly|mid-sprint|at the last minute)`,
    weak: true,
    inFailure: true,
  },
  {
    // A failing placed before the writer's time, as the reason it was not theirs: "the control gap pre-dated my time in the
    // role", "documentation that predated me", "the runbook was out of date long before I joined".
    name: 'before my time',
    probe: ['predated', 'pre-dated', 'before my time', 'before i joined', 'before i arrived', 'before i started'],
    source:
      String.raw`(?:pre-?dated (?:me|my (?:time|arrival|tenure|appointment|joining))|(?:was|were|had been|dated from) (?:long |well )?` +
      // Not what was simply there before ("a chat feature that had been built before I joined"): only what was wrong.
      String.raw`before my time|(?:was|were|had been) (?:already )?(?:broken|missing|wrong|out of date|a mess|in a mess|` +
      String.raw`never (?:set up|done|checked|tested|documented)) (?:[\w-]{2,30} ){0,4}?(?:long |well )?before ` +
      String.raw`(?:i joined|i arrived|i started|my time))`,
    inFailure: true,
    unlessIActAfter: true,
  },
  {
    // Another party sneered at in passing, as the listener's shared knowledge: "you know how banks are in December", "You
    // know what these events companies are like with their extras", "the DfE are not famous for their turnaround", "(the
    // inspection was done from a ladder, so that tells you how thorough it was)".
    name: 'you know what they are like',
    probe: ['you know', 'famous for', 'known for', 'tells you'],
    source:
      String.raw`you know (?:how|what) (?:${ANY_PARTY}|(?:these|those|the) [\w-]{2,30}(?: [\w-]{2,30})?|[\w-]{2,30}s) ` +
      String.raw`(?:are|is|can be|get|work|operate)(?: like)?(?= in | with | about | at |[.,;:!?)]|$)|` +
      String.raw`(?:${ANY_PARTY}|the [\w-]{2,30}) (?:are|is|were|was) not (?:exactly |really |particularly )?(?:famous|known|renowned) ` +
      String.raw`for (?:their|its|his|her) [\w-]{2,30}|` +
      String.raw`(?:so |which )?that tells you (?:how (?:thorough|careful|good|seriously|well|much (?:they|he|she) cared)|` +
      String.raw`all you need to know|everything you need to know)`,
    inFailure: true,
  },
  {
    // Another party's absence left standing as why a setback happened: "the council basically disappeared for two weeks",
    // "the product org never bought in" (shifting ground, "kept changing what she wanted", is 'they kept changing it').
    name: 'they went missing',
    probe: ['disappeared', 'went quiet', 'went silent', 'vanished', 'went missing', 'went dark', 'stopped', 'never'],
    source:
      String.raw`${ANY_PARTY} (?:also |just |basically |kind of |sort of |then |completely |simply )*(?:disappeared|went quiet|` +
      String.raw`went silent|vanished|went missing|went dark|stopped replying|stopped responding|stopped answering)|` +
      String.raw`${ANY_PARTY} (?:also |just |then )?never (?:really |fully |properly |actually )?(?:bought into|bought in|got on board|` +
      String.raw`came on board|turned up(?! late)|showed up(?! late)|got back to (?:us|me))`,
    weak: true,
    inFailure: true,
    unlessOutcome: true,
  },
  // The two below come last: a pattern above that covers more of the same words ("To be fair, nobody mentioned …") takes
  // them first.
  {
    // In a setback, another party's slowness told as how long they took: "HR took ages to approve the role", "the council
    // took six weeks to reply". Not a condition ("if procurement took a month, …").
    name: 'they took ages',
    probe: ['took', 'taking'],
    alsoProbe: ['ages', 'forever', 'weeks', 'months', 'too long', 'an age'],
    source:
      String.raw`(?<!\b(?:if|unless|whether|when) )(?:${ANY_PARTY}|${BARE_WORKERS}) (?:(?:also|then|just|simply|still) )?(?:took|` +
      // A share of the failure told as the party's slowness: "part of that was the payment provider taking ages".
      String.raw`(?<=\b(?:was|is) (?:[\w-]+ ){1,4}?)taking) ` +
      String.raw`(?:ages|forever|an age|too long|(?:nearly |almost |over |more than |another )?(?:two|three|four|five|six|several|a few|` +
      String.raw`\d+) (?:weeks|months))(?: to [\w-]{2,30})?`,
    weak: true,
    inFailure: true,
    unlessOutcome: true,
    notInSetup: true,
  },
  {
    // In a setback, a duty nobody did: "Nobody told QA.", "no one from their side flagged it", "nobody had updated the list".
    name: 'nobody did it',
    probe: ['nobody', 'no one', 'no-one'],
    source:
      String.raw`(?<!\b(?:if|unless|whether|when|that) )(?:nobody|no one|no-one)` +
      String.raw`(?: (?:from|in|on|at) (?:the |their |that )?[\w-]{1,30})? ` +
      // Not an instruction nobody gave: "Nobody had told people to lift alone".
      String.raw`(?:(?:had|ever|actually|even|really|bothered to) )*` +
      String.raw`(?:told(?! (?!me\b|us\b)[\w-]+(?: [\w-]+)? to [\w-]+)|informed|warned|` +
      String.raw`flagged|updated|mentioned|tested|checked|passed on|followed up|picked up|chased)\b`,
    weak: true,
    inFailure: true,
    unlessOutcome: true,
    notInSetup: true,
    toldHowFound: true,
  },
  {
    // The fault put on them outright: "but that's on them, not me", "that one was on the courier, not us" (not "the cost of
    // it was on them"); a lasting step the writer took after it makes it context, as with the other denials.
    name: "that's on them",
    probe: ['on them', 'on him', 'on her', 'not me', 'not us'],
    source:
      String.raw`(?<!\bof )(?:that|it|which|this)(?: one)?(?:'s| is| was)(?: all| really| entirely)? on ` +
      String.raw`(?:them|him|her|(?:the|their) [\w-]{2,30}(?: [\w-]{2,30})?,? not (?:me|us))\b`,
    unlessIActAfter: true,
  },
];

/**
 * Words before a blaming phrase that turn it around: the writer is refusing to
 * blame, or describing a blameless review ("rather than blaming the vendor, I …").
 */
export const NOT_BLAMING =
  // "I always deliver, even when the conditions are not in my hands": a condition conceded, not a cause given.
  String.raw`(?:at first|initially|wrongly|mistakenly|without|avoid(?:ed|ing)?|even when|even if|` +
  // "Rather than blaming the vendor": not "an auto-expiry clause rather than rolling over, which the team never flagged".
  String.raw`(?:instead of|rather than)(?= (?:[\w-]{1,30} )?(?:blam|point|pin|dwell|complain|fault|wait))|` +
  String.raw`resist(?:ed|ing)?|tempting|easy to|could have (?:said|blamed|claimed|argued)|didn't want to|did not ` +
  String.raw`want to|no point|not to (?:blame|point|single|name|dwell|pin)|refused to|blameless|no one was|nobody was|` +
  String.raw`no one is|nobody is|pointing ` +
  String.raw`fingers|point fingers|whose fault|no one's|nobody's|not about|` +
  // "So I did not present it to Mr. Lokwang as the agent's fault": a framing the writer declined.
  String.raw`(?:did not|didn't|never|wouldn't|would not) (?:present|frame|describe|portray|paint|sell|pass)(?: it| this| that| them)?)`;

/** Subjects that own the phrase that follows: "I dropped the ball", "our team let the customer down", "nobody dropped the ball". */
/** Words that make "never …" a lasting good outcome rather than a complaint. */
export const GOOD_OUTCOME =
  // "since their contract didn't cover nights" gives a reason, not a time since which things went well.
  String.raw`(?:again|since(?! (?:they|he|she|their|his|her|its|it's|there)\b)|anymore|any more|after that|from then on|without)`;

export const OWN_SUBJECT =
  String.raw`(?:^|[^\w'])(?:i|we|i've|we've|i'd|we'd|our (?:whole |entire )?team|nobody|no one|no-one|none of ` +
  String.raw`us)(?: (?:had|have|has|really|completely|totally|also|then|just|again|all|both|ever|kind of|sort ` +
  String.raw`of))* $`;
