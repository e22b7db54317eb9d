import { words } from './words';
import { DETERMINERS } from './function-words';

/*
 * Words that claim an impact or an improvement, for unquantified-claim.
 * wooorm's `weasels` list was measured against INTENSIFIERS and VAGUE_ADJECTIVES (2026-12, blind dev
 * part and team corpus): adding its 103–105 words changed nothing (dev 37 found / 1 false alarm /
 * 4 missed, team 13 / 0 / 1, both before and after), so it is not a dependency.
 * Verbs are listed by the forms that report an outcome (past, participle,
 * present third person); infinitives and gerunds are goals or means, not claims.
 */

/** Verbs that always mean "made it better": a claim even without a metric noun, in the Result. */
export const IMPROVEMENT_VERBS = words`
  improved improves enhanced enhances boosted boosts accelerated accelerates streamlined streamlines optimized optimised optimizes
  optimises stabilized stabilised stabilizes stabilises strengthened strengthens revolutionized revolutionised transformed
`;

/** Verbs that report a change; a claim when a metric noun is their object or subject ("reduced latency", "churn fell"). */
export const CHANGE_VERBS = words`
  ${IMPROVEMENT_VERBS} increased increases reduced reduces decreased decreases lowered lowers raised raises cut cuts shortened shortens
  grew grown grows saved saves minimized minimised minimizes minimises maximized maximised maximizes maximises slashed slashes trimmed
  shrank shrunk shrinks expanded expands lifted lifts drove driven sped speeds freed frees
`;

/** Verbs that report a change of their subject only ("errors dropped"); "I dropped the feature" is not a claim. */
export const INTRANSITIVE_CHANGE_VERBS = words`
  dropped drops fell falls declined declines rose rises jumped jumps climbed climbs soared soars plummeted plummets skyrocketed spiked
  surged improved increased decreased grew shrank went came recovered recovers rebounded rebounds bounced
`;

/** Particles that complete a phrasal change verb ("sped up", "went down"). */
export const PHRASAL_PARTICLES: Record<string, string[]> = Object.assign(Object.create(null), {
  sped: ['up'],
  speeds: ['up'],
  went: ['down', 'up'],
  // "costs came down"; "an issue came up" is no change.
  came: ['down', 'back'],
  // "bookings bounced back"
  bounced: ['back'],
  freed: ['up'],
  frees: ['up'],
});

/** Adverbs that inflate a claim ("significantly improved", "dramatically faster"). */
export const INTENSIFIERS = words`
  significantly dramatically substantially greatly massively drastically hugely considerably vastly noticeably tremendously immensely
  remarkably sharply markedly radically enormously meaningfully measurably much far way lots
`;

/** Comparatives that are a claim on their own ("pages load faster", "users were happier"). */
export const CLAIM_COMPARATIVES = words`faster quicker speedier snappier cheaper happier smoother`;

/** Adjectives that make a claim after more/less ("more reliable"). */
export const CLAIM_ADJECTIVES_AFTER_MORE = words`
  reliable stable efficient scalable robust responsive resilient performant predictable productive accurate available secure satisfied
  engaged maintainable consistent profitable
`;
export const CLAIM_ADJECTIVES_AFTER_LESS = words`expensive costly error-prone manual painful noisy flaky brittle fragile`;

/** What a relationship is said to have become, with no measure: "the relationship is much stronger now". */
export const RELATIONSHIP_COMPARATIVES = words`stronger better closer healthier warmer`;
/** Nouns that name a relationship as the subject of such a claim. */
export const RELATIONSHIP_NOUNS = words`relationship relationships relations partnership`;

/** Comparatives that claim only with a metric noun after them ("fewer outages", "lower latency", "better retention"). */
export const NOUN_COMPARATIVES = words`fewer less higher lower better greater more shorter improved increased reduced decreased lowered`;

/**
 * Nouns that name an outcome someone measures. Multi-word entries are
 * matched on their last word too ("page load time" → "time").
 */
export const METRIC_NOUNS = words`
  performance latency latencies speed speeds reliability availability uptime stability resilience scalability throughput capacity
  efficiency productivity velocity quality accuracy precision recall coverage conversion conversions retention engagement satisfaction
  nps csat revenue revenues sales profit profits margin margins cost costs spend spending bill bills expenses savings churn attrition
  turnover downtime outage outages incident incidents error errors bugs defects failures crashes tickets complaints escalations pages
  alerts toil workload backlog morale adoption usage signups sign-ups registrations bookings orders deals renewals growth share
  experience ux mttr mttd p99 p95 p90 p50 time times delays delay wait waits rework friction visibility collaboration communication
  alignment transparency trust onboarding reach roi results outcomes footprint memory cpu utilization utilisation load response
  responsiveness security compliance overhead cadence frequency rate rates ratio score scores ratings rating yield waste effort hours
  money noise flakiness cycle turnaround efficiency customers users clients traffic leads subscribers installs downloads visits sessions
  pipeline lag footfall attendance absence absences sickness misses near-misses accidents injuries calls enquiries inquiries
  referrals appointments cancellations no-shows donations takings turnout uptake take-up enrolments enrollments occupancy
  participation callbacks visitors
`;

/** Metric nouns that are people or volume: only "more/fewer/higher …" claims, never objects of "cut" or "saved". */
export const VOLUME_NOUNS = words`
  customers users clients traffic leads subscribers installs downloads visits sessions load calls enquiries inquiries referrals
  appointments donations visitors
`;

/** Things whose being faster or smoother is an outcome ("faster builds", "smoother rollouts"). */
export const PROCESS_NOUNS = words`
  builds build deploys deployments deployment releases release checkout checkouts reviews review onboarding responses searches search
  queries loads tests recovery resolution delivery deliveries shipping approvals rollouts rollout iteration iterations feedback
  decisions answers payouts refunds handoffs handovers launches launch migrations cycles triage fixes hiring ramp-up startup startups
  renders rendering pipelines page app apps site dashboards reports reporting closes close sign-up signup login logins processing
  turnaround handling support service
`;

/** People whose being happier or more satisfied is an outcome ("happier customers"). */
export const PEOPLE_NOUNS = words`
  customers customer users user clients client team teams engineers developers stakeholders partners merchants sellers drivers patients
  agents staff employees everyone nurses doctors shoppers buyers riders students teachers members people players operators analysts
`;

/** Adjectives that make a vague outcome ("great results", "a huge impact"). */
export const VAGUE_ADJECTIVES = words`
  great huge big massive significant substantial tremendous major dramatic considerable noticeable measurable marked real strong
  positive impressive amazing excellent incredible outstanding meaningful good immense enormous remarkable solid notable sizable
  sizeable visible
`;
/** Nouns of a vague outcome. */
export const VAGUE_OUTCOMES = words`
  results result impact improvement improvements success gains gain boost win wins difference savings saving reduction reductions increase
  increases uplift progress return returns roi value outcome outcomes effect benefit benefits drop decrease growth lift jump speedup
  speed-up turnaround game-changer uptick bump spike achievement achievements milestone accomplishment breakthrough
`;

/** Words before a claim, in its clause, that make it a goal, a plan or a hypothesis rather than something that happened. */
export const INTENT_WORDS = words`
  want wanted wants need needed needs aim aimed aims aiming plan planned plans planning goal goals objective objectives target targets
  targeted hope hoped hopes hoping intend intended intends try tried tries trying attempt attempted attempting would could should will
  i'll we'll it'll i'd we'd might may must can cannot can't won't wouldn't couldn't shouldn't going expect expected expects expecting
  promise promised how if unless whether tasked mission purpose designed meant supposed hypothesis hypothesized projected estimated
  forecast predicted required requirement ensure sought seeking wish opportunity potential potentially ambition mandate okr okrs kpi
  kpis hopefully ideally promising wherever whenever until before
`;

/** Words before an intent noun that make it the subject of what happened: "the second attempt went fine", "our plan worked". */
export const SUBJECT_DETERMINERS = words`${DETERMINERS} second third next final last first new`;

/** Base forms of change verbs: a goal after "to" ("to reduce"), a claim only after a realizing verb ("helped reduce"). */
export const BASE_CHANGE_VERBS = words`
  improve increase reduce decrease cut lower raise boost speed shorten grow save enhance optimize optimise streamline minimize minimise
  stabilize stabilise accelerate maximize maximise strengthen slash trim shrink lift drive expand
`;

/** Verbs that, after "to", make the rest of the clause a goal ("to handle a big increase in traffic"). */
export const GOAL_VERBS = words`
  ${BASE_CHANGE_VERBS} handle support serve absorb meet reach hit achieve get deliver make keep ensure enable allow build create provide
  offer give see show prove have bring help find understand learn know measure test check validate cope deal prepare avoid prevent stop
  fix scale ship launch land win earn gain unlock free cover manage match beat exceed become be do push move run go turn put take
  identify explore investigate evaluate assess demonstrate justify argue convince persuade sell pitch propose protect preserve maintain
  sustain restore recover address tackle solve resolve close hire onboard attract retain capture produce generate yield
`;

/** Verbs before "to" that make what follows happen ("helped reduce", "managed to cut", "led to fewer outages"). */
export const REALIZING_BEFORE_TO = words`
  helped helping managed able went succeeded led contributed allowed enabled caused got thanks leading amounted translated began started
  continued contributing helps
`;

/** Verbs that introduce an outcome the writer observed ("we saw faster builds", "which resulted in lower churn"). */
export const OUTCOME_INTRODUCERS = words`
  saw seen see noticed observed achieved delivered drove yielded produced gained got resulted led brought enabled meant gave created
  made had produced unlocked earned recorded measured reported reached hit showed shows see
`;

/** Words in a sentence that mark a comparison of options, where "faster" is a reason, not a result. */
export const CHOICE_WORDS = words`
  because since chose choose picked pick option options alternative alternatives trade-off tradeoff trade-offs tradeoffs versus vs
  considered compared comparing instead rather preferred prefer weighed evaluated whereas unlike
`;

/** Modals after a claim that make it a conditional: "closing cases faster would free capacity". */
export const HYPOTHETICAL = words`would could might wouldn't couldn't`;

/** Negations within a few words before a claim. */
export const NEGATIONS = words`not never no without hardly barely nor neither cannot failed fail nothing`;

/** Words that open a context phrase, whose comparatives describe the situation ("due to higher traffic", "despite lower demand"). */
export const CONTEXT_WORDS = words`due amid despite given during because since after with under against`;

/** Verbs after which "better" is an outcome ("performed better"). */
export const PERFORMANCE_VERBS = words`
  performed performs worked works ran runs scaled scales converted converts held behaved got became did sold retained
`;

/** Metric nouns that go with "more" ("more signups"); "more time" or "more engineers" is not an outcome. */
export const MORE_NOUNS = words`
  customers users clients revenue sales signups sign-ups registrations conversions orders bookings deals renewals engagement coverage
  subscribers installs downloads visits sessions leads profit throughput capacity adoption usage purchases transactions value impact
`;

/** Metrics where less is better: "latency rose" is a problem in the Action, not a claim. */
export const LOWER_IS_BETTER = words`
  latency latencies cost costs spend spending bill bills expenses churn attrition turnover downtime outage outages incident incidents
  error errors bugs defects failures crashes tickets complaints escalations pages alerts toil workload backlog delays delay wait waits
  rework friction overhead waste effort noise flakiness load time times footprint memory cpu mttr mttd p99 p95 p90 p50 hours cycle
  turnaround risk lag absence absences sickness queue queues misses near-misses accidents injuries
`;

/** Change words that move a metric up; the rest of the change verbs move it down or just improve it. */
export const UPWARD = words`
  increased increases increase raised raises raise grew grown grows grow boosted boosts boost rose rises jumped jumps climbed climbs
  soared soars skyrocketed spiked surged expanded expands expand lifted lifts lift up higher more greater maximized maximised maximizes
  maximises maximize maximise drove driven drive
`;
export const DOWNWARD = words`
  reduced reduces reduce decreased decreases decrease lowered lowers lower cut cuts shortened shortens shorten minimized minimised
  minimizes minimises minimize minimise slashed slash trimmed trim shrank shrunk shrinks shrink dropped drops fell falls declined
  declines plummeted plummets down fewer less shorter
`;

/** Words after "of" that keep a metric phrase going ("the number of tickets"); "the priority of tickets" stops. */
export const MEASURE_WORDS = words`
  number amount share percentage proportion volume count rate frequency level size fraction majority cost costs time risk quality speed
  performance reliability total lot lots deal bit ton tons plenty hours days weeks
`;

/**
 * Words that place a sentence at the story's end ("We placed someone in the end, and the client was really pleased",
 * "the customer has been very satisfied since then"): in free prose, such a sentence tells the outcome wherever its
 * paragraph falls.
 */
export const ENDING_CUES = [
  'in the end',
  'eventually',
  'by the end',
  'afterwards',
  'ever since',
  'since then',
  'these days',
  'now',
  'today',
  'after that',
  'overall',
];
