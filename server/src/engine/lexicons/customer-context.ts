/*
 * What counts as naming who a story served or the business problem behind it.
 * Patterns are lower-case regular-expression sources matched as whole words
 * (see phrases.ts). The lists lean generous on purpose: any of these is enough
 * to keep `no-customer-context` silent, and a miss costs less than a false alarm.
 */

/** People a product or service is for: naming any of them names a customer. */
export const SERVED_PEOPLE: readonly string[] = [
  'customers?', "customers'", 'end[- ]users?', 'users?', 'userbase', 'user base', "users'",
  'clients?(?![- ](?:side|library|libraries|sdks?|code|certificates?|apps? code))', "clients'",
  'buyers?', 'shoppers?', 'patients', '(?:a|the|each|every|one|our|per|that) patient',
  'patient(?:[- ](?:data|records?|safety|care|portal|experience|outcomes?|facing|visits?|notes?))',
  'merchants?', 'sellers?', 'subscribers?', 'riders?', 'drivers(?! of)', 'guests?', 'students?', 'learners?',
  'players?', 'gamers?', 'visitors?', 'tenants?',
  '(?<!(?:team|staff|crew|board|family|faculty|group|squad|committee) )members(?! of)', 'membership', 'clinicians?', 'nurses?', 'doctors?', 'physicians?', 'pharmacists?', 'caregivers?',
  'teachers?', 'parents', 'travell?ers?', 'passengers?', 'advertisers?', 'publishers?', 'creators?', 'sponsors?',
  'listeners?', 'viewers?', 'readers?', 'fans', 'donors?', 'citizens?', 'residents?', 'farmers?', 'callers?',
  'applicants?', 'borrowers?', 'policyholders?', 'homeowners?', 'renters?', 'hosts? and guests?', 'diners?',
  'employees', 'new hires?', 'mentees?', 'interns?', 'direct reports?', 'partners(?! team)',
  '(?:our|a|the|key|external|retail|launch|channel|strategic) partner(?! teams?)', 'audiences?',
  '(?:support|call[- ]cent(?:er|re)|sales|field|insurance|travel) (?:agents?|reps?|representatives?|staff|team)',
  'account managers?', '(?:enterprise|key|largest|biggest|top|strategic) accounts?',
];

/** "Consumers" names people unless the story is about message queues, where it names programs. */
export const CONSUMERS: readonly string[] = ['consumers?'];
export const MESSAGING: readonly string[] = [
  'kafka', 'rabbitmq', 'queues?', 'topics?', 'brokers?', 'pub ?/ ?sub', 'kinesis', 'sqs', 'sns', 'streams?', 'streaming',
  'messages?', 'messaging', 'events?', 'producers?', 'partitions?', 'offsets?', 'consumer (?:groups?|lag)',
];

/** Business stakes: money, growth, reliability, risk. Any of these names a business problem. */
export const BUSINESS_PROBLEMS: readonly string[] = [
  'revenue', 'costs', 'cost (?:us|the company|the business|of)', 'costing', 'costly', '(?:aws|cloud|gcp|azure|infrastructure|infra|hosting|monthly|annual|compute|storage) (?:bill|spend|costs?)', 'bills?', 'spend(?:ing)? on',
  'budgets?', 'over budget', 'savings?', 'saved \\$', 'money', 'dollars?', 'euros?', 'pounds sterling', 'profits?', 'profitab\\w*',
  'margins?', 'market(?:s|share| share)?', 'go[- ]to[- ]market', 'competitors?', 'competitive', 'pricing', 'prices?',
  'churn(?:ed|ing)?', 'retention', 'retain(?:ed)?', 'conversions?', 'convert(?:ed|ing)?', 'sales', 'bookings?', 'orders',
  'order volume', 'checkout', 'carts?', 'abandon(?:ed|ment|ing)?', 'sign[- ]?ups?', 'signed up', 'onboarding',
  'engagement', 'adoption', 'nps', 'csat', 'satisfaction', 'complain(?:ts?|ed|ing)?', 'escalat(?:ed|ions?|ing)',
  'support tickets?', 'tickets', 'ticket volume', 'outages?', 'downtime', 'uptime', 'availability', 'incidents?',
  'sev[- ]?[0-3]', 'p[0-2] (?:incident|bug|issue)s?', 'slas?', 'slos?', 'service level', 'paged', 'pages', 'on[- ]call',
  'contracts?', 'contractual', 'penalt(?:y|ies)', 'renewals?', 'renew(?:ed)?', 'deals', 'the deal', '(?:lost|won|closed|close) (?:a|the) deal',
  'compliance', 'compliant', 'audits?', 'auditors?', 'regulators?', 'regulatory', 'regulations?', 'legal', 'lawsuits?',
  'gdpr', 'hipaa', 'pci', 'sox', 'soc ?2', 'fines?', 'fraud(?:ulent)?', 'chargebacks?', 'refunds?', 'breach(?:es)?',
  'vulnerabilit(?:y|ies)', 'exploits?', 'data (?:loss|leak)', 'phishing', 'business', 'stakes', 'at stake',
  'brand', 'reputation', 'growth', 'demand', 'launch customers?', 'black friday', 'peak season', 'holiday season',
];

/** People inside the company who can be the ones served, when the story says what hurt them. */
export const INTERNAL_PEOPLE: readonly string[] = [
  'developers?', 'devs', 'engineers?', 'teams', 'analysts?', 'data scientists?', 'scientists?', 'people', 'colleagues?',
  'staff', 'operators?', 'recruiters?', 'workers?', 'associates?', 'testers?', 'designers?', 'managers?', 'marketers?',
  'ops', 'sres?', 'accountants?', 'traders?', 'researchers?', 'everyone', 'nobody', 'no one', 'support',
];

/** Words after internal people that say they were hurt or slowed down ("developers were waiting 40 minutes"). */
export const INTERNAL_PAIN: readonly string[] = [
  'wait(?:s|ed|ing)?', 'blocked', 'stuck', 'struggl\\w+', 'frustrat\\w+', "couldn't", 'could not', "can't",
  'cannot', 'unable', 'spen[dt](?:ing)? (?:\\w+ )?(?:hours?|days?|weeks?|minutes?)', 'wast(?:ed|ing)', 'los(?:t|ing|e)',
  'pain(?:ful)?', 'manual(?:ly)?', 'friction', 'toil', 'burn(?:ed|t)? ?out', 'confused', 'overwhelmed', 'complain\\w*',
  'relied on', 'rel(?:y|ies|ying) on', 'depend(?:s|ed|ing)? on', 'needed (?:a|an|to|some|better|faster)', 'kept (?:asking|hitting|losing|getting)',
  'hated', 'dreaded', 'avoided', 'gave up', 'quit', 'left the company', 'were leaving', 'paged',
];

/** Verbs before internal people that say the work hurt or helped them ("blocked three teams", "saved engineers"). */
export const INTERNAL_PAIN_BEFORE: readonly string[] = [
  'block(?:ed|ing|s)', 'unblock(?:ed|ing|s)?', 'slow(?:ed|ing|s)? down', 'frustrat(?:ed|ing)', 'pag(?:ed|ing)',
  'burn(?:ed|ing)? out', 'confus(?:ed|ing)', 'sav(?:ed|ing|es)', 'free[ds]? up', 'help(?:ed|ing|s)?', 'enabl(?:ed|ing|es)',
];

/** "for developers", "developer experience": the work was for internal users. */
export const INTERNAL_SERVED: readonly string[] = [
  'for (?:the |our |other |all |\\d+ |every |each )?(?:developers|engineers|teams|analysts|data scientists|operators|the support team|support|ops|on[- ]call)',
  'developer (?:experience|productivity|velocity|tooling|onboarding)', 'internal (?:users?|customers?|teams?|tools?|platform)',
  'engineering (?:productivity|velocity|time|hours)', 'time to (?:first|market|deploy|merge|ship)', 'lead time', 'build times?',
  'deploy(?:ment)? times?', 'cycle time', 'on[- ]call (?:load|burden)', 'alert fatigue',
];
