/*
 * Phrases the story bank reads: what a strong story of each principle
 * carries, what marks a conflict story, and how far a story's scope reaches.
 * Patterns are lower-case regular-expression sources matched as whole words
 * on straightened text (see language/phrases.ts).
 */

/**
 * What a strong story of each of Amazon's principles carries. A principle is
 * shown by its signals when every group of its list matches somewhere in the
 * story (a root cause *and* the data it was found in), and the writer acted
 * in the first person. Precision first: each group is narrow on purpose.
 */
export const PRINCIPLE_SIGNALS: Readonly<Record<string, readonly (readonly string[])[]>> = {
  'Customer Obsession': [
    [
      String.raw`(?:customers?|users?|clients?|patients?|shoppers?|buyers?|sellers?|merchants?|riders?|drivers?|` +
        String.raw`couriers?|partners?|members?|subscribers?|guests?|students?|callers?)`,
    ],
    [
      // "called" only with whom: "a service called Atlas" is not a call to a customer.
      String.raw`(?:interviewed|visited|listened to|talked (?:to|with)|spoke (?:to|with)|met with|shadowed|surveyed|` +
        String.raw`called (?:\w+ ){0,2}(?:customers?|users?|clients?|patients?|shoppers?|buyers?|partners?|members?|` +
        String.raw`them|back)|read (?:\w+ ){0,3}(?:tickets|reviews|complaints|transcripts)|support tickets|complaints?|` +
        String.raw`on behalf of|for (?:the|our|each) (?:customers?|users?|clients?|patients?))`,
    ],
  ],
  'Dive Deep': [
    [
      String.raw`root[- ]cause|traced (?:it|the \w+|this|them)?\s?(?:back )?to|the (?:real|actual|underlying) ` +
        String.raw`(?:cause|problem|issue)|turned out (?:to be|that)|found the (?:cause|bug|culprit)|(?:failures|` +
        String.raw`errors|problems|issues|complaints|crashes|delays|losses|mismatches) (?:all )?came from|caused by|` +
        String.raw`narrowed (?:it|this|the \w+) (?:down )?to|pinpointed`,
    ],
    [
      String.raw`logs?|data|queries|query|metrics|dashboards?|traces?|sql|samples?|records|tickets|heap dump|` +
        String.raw`profil(?:er|ed|ing)|packet capture|spreadsheet|rows|sessions|recordings`,
    ],
  ],
  'Bias for Action': [
    [
      String.raw`within (?:an? |\d+ |one |two |three |a few )?(?:hours?|days?|minutes?)|that (?:night|day|afternoon|` +
        String.raw`morning|weekend)|same day|overnight|before (?:the|a) (?:deadline|launch|holiday|weekend|peak)|in ` +
        String.raw`(?:\d+|one|two|three|four|five|a few) (?:hours|days)|by (?:monday|tuesday|wednesday|thursday|friday|` +
        String.raw`the morning|end of day)|deadline|time pressure|urgent(?:ly)?`,
    ],
    [
      String.raw`reversible|roll(?:ed)? (?:it )?back|instead of waiting|rather than wait(?:ing)?|without waiting|` +
        String.raw`temporary (?:fix|workaround)|stop-?gap|workaround|calculated risk|trade[- ]?offs?|good enough|` +
        String.raw`(?:\d+|eighty|ninety)% (?:of the|right|sure|confident)`,
    ],
  ],
  Ownership: [
    [
      String.raw`nobody (?:owned|was assigned|had (?:been )?assigned)|no one (?:owned|was assigned)|not my (?:team|` +
        String.raw`job|area|project|service)|outside my (?:team|role|scope)|i volunteered|i took (?:it|this|that) on|` +
        String.raw`on my own (?:time|initiative)|without being asked|unassigned|orphaned|i stepped in`,
    ],
  ],
  'Invent and Simplify': [
    [
      String.raw`simplif(?:y|ied|ying)|automat(?:ed|ing)|replaced (?:\w+ ){0,4}with (?:a|one) (?:single|simple|` +
        String.raw`small)|removed (?:\w+ )?(?:steps?|layers?|services?|code|dependencies)|invent(?:ed)?`,
    ],
    // What was complicated before: a prototype alone is not a simplification.
    [String.raw`manual(?:ly)?|by hand|steps?|hand-?offs?|fewer|complex(?:ity)?|complicated|toil|one (?:click|command|form|screen)`],
  ],
  'Are Right, A Lot': [
    [
      String.raw`i (?:predicted|bet|called it|was right)|proved (?:right|correct)|contrary to|against the ` +
        String.raw`(?:consensus|majority)|sought (?:out )?(?:dissenting|other|opposing) (?:views|opinions)|disproved?|` +
        String.raw`tested my (?:assumption|hypothesis)`,
    ],
  ],
  'Learn and Be Curious': [
    [
      String.raw`taught myself|learned (?:\w+ ){0,3}(?:from scratch|in (?:a|two|three|\d+) (?:days?|weeks?))|(?:read|` +
        String.raw`studied) (?:the )?(?:papers?|source code|rfcs?|books?)|outside my (?:expertise|background)|never ` +
        String.raw`(?:used|worked with) (?:\w+ ){0,3}before`,
    ],
  ],
  'Hire and Develop the Best': [
    [
      // Not "promotion" or "onboarding" alone: a price promotion and user onboarding are not people development.
      String.raw`i (?:\w+ )?(?:mentored|coached|hired|trained|sponsored)|mentoring|coaching (?:her|him|them|two|` +
        String.raw`three|\w+ engineers?)|(?:she|he|they) (?:was|were) promoted|promoted to|career (?:plan|growth|` +
        String.raw`goals?)|grew into|raised the (?:hiring )?bar`,
    ],
  ],
  'Insist on the Highest Standards': [
    [
      String.raw`refused to (?:ship|launch|release|sign off|approve)|raised the bar|quality bar|would not (?:ship|` +
        String.raw`launch|release)|blocked the (?:launch|release)|zero (?:defects|bugs|regressions)`,
    ],
  ],
  'Think Big': [
    [
      String.raw`vision|(?:three|five|3|5|multi)[- ]year|company-wide|org-wide|platform for (?:every|all)|beyond ` +
        String.raw`(?:the|my|our) (?:ask|scope|original)`,
    ],
    [String.raw`proposed|pitched|convinced|wrote (?:a|the) (?:proposal|vision|strategy|doc|memo)|secured (?:funding|buy-in)|got buy-in`],
  ],
  Frugality: [
    [
      String.raw`without (?:extra|more|new|additional) (?:headcount|budget|hardware|people|hires|money|spend)|no ` +
        String.raw`(?:extra )?budget|saved (?:us )?[$\u20ac\u00a3]|cut (?:\w+ )?(?:costs?|spend|the bill)|reused|re-used|instead ` +
        String.raw`of (?:buying|hiring|paying)|(?:costs?|spend|bill) (?:fell|dropped|down)`,
    ],
  ],
  'Earn Trust': [
    [
      String.raw`rebuil[dt] (?:the |their |our )?trust|earned (?:\w+ )?trust|regained|admitted (?:my|the|that)|` +
        String.raw`apologi[sz]ed|owned up|listened|one-on-ones?|1:1s?|candid|transparent(?:ly)?|shared (?:the )?bad ` +
        String.raw`news`,
    ],
  ],
  'Have Backbone; Disagree and Commit': [
    [
      String.raw`(?:i|we) disagreed|pushed back|i argued|i challenged|i objected|i raised (?:my )?concerns?|disagree ` +
        String.raw`and commit|(?:i|we) committed (?:to|fully)|despite my (?:concerns|disagreement)|i (?:would|will) ` +
        String.raw`not sign off|i refused to sign off`,
    ],
  ],
  'Deliver Results': [
    [
      String.raw`on time|on schedule|ahead of (?:schedule|the deadline)|hit (?:the|our|my) (?:\w+ )?(?:target|goal|` +
        String.raw`date|deadline)|met (?:the|our|my) (?:\w+ )?(?:target|goal|deadline|date|sla)`,
    ],
    [String.raw`deadline|target|goal|blocker|obstacle|despite|setback|at risk|slipp(?:ed|ing)`],
  ],
  "Strive to be Earth's Best Employer": [
    [
      String.raw`on-call (?:load|burden|pages)|burn(?:ed)?[- ]?out|workload|well-?being|inclusive|psychological ` +
        String.raw`safety|pages? (?:a|per) (?:week|night)|attrition|morale|work-life`,
    ],
  ],
  'Success and Scale Bring Broad Responsibility': [
    [String.raw`privacy|accessib(?:le|ility)|carbon|emissions|energy use|second-order|unintended|regulat(?:or|ion|ory)|fairness|bias in`],
  ],
};

/** A conflict or disagreement story: the writer disagreed with someone, or worked through a conflict. */
export const CONFLICT: readonly string[] = [
  'disagreed',
  'disagree(?:ment|ments)? with',
  'disagreements?',
  'conflicts? with',
  String.raw`conflict(?:ing)? (?:between|over|about)`,
  String.raw`(?:pushed|pushing|push) back`,
  String.raw`(?:i|we) (?:argued|objected|challenged)`,
  'tension (?:between|with)',
  String.raw`(?:a|the|our) (?:heated )?(?:argument|clash|dispute)`,
  'difficult (?:coworker|colleague|stakeholder|peer|manager|conversation)',
  'did not see eye to eye',
  "didn't see eye to eye",
];

/** Front matter `type:` values that name a conflict story. */
export const CONFLICT_TYPE = /conflict|disagree|push[- ]?back|backbone/i;
/** Front matter `type:` values that name a customer story. */
export const CUSTOMER_TYPE = /customer|client|user/i;
