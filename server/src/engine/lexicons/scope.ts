/*
 * Signals of how far a story's influence reached, for `level-scope` and the
 * story bank: the writer's own task, their team, several teams, or the
 * organisation. Lower-case regular-expression sources matched as whole words.
 */

/** The organisation or company as a whole, or its leadership. */
export const ORG_SCOPE: readonly string[] = [
  'the (?:whole|entire) (?:company|organi[sz]ation|org|engineering org|division)',
  'industry',
  '(?:company|org|organi[sz]ation|business|department|division|engineering|group)[- ]wide',
  // "across all of engineering".
  'across (?:the |our |all (?:of )?(?:the |our )?)?(?:whole |entire )?(?:company|org|organi[sz]ation|business|engineering|' +
    'division|department|group|regions|countries|sites|stores|hospitals|clinics|warehouses|schools|' +
    // The whole of what the writer's organisation runs: "across the whole portfolio", "across the network".
    'portfolio|network|estate|county|trust|fleet|chain|firm|branches|depots|areas)',
  '(?:every|each|all(?: the| of the| our)?) (?:teams?|departments?|business units?|regions?|product ' +
    'lines?|orgs?|divisions?|sites|stores|offices|branches|depots|plants|area (?:contractors?|managers?|teams?))',
  // "We ran focus groups at every site": all of the organisation's places ("at each site" of a field survey is not).
  'every (?:site|store|office|branch|depot|plant|warehouse|hospital|clinic|school)',
  '(?:\\d+|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|dozens of|several|multiple) ' +
    '(?:[\\w-]+ )?(?:teams|departments|business units|regions|countries|orgs|divisions|squads|sites|' +
    'hospitals|stores|plants|factories|mills|warehouses|depots|branches|clinics|schools|campuses|offices|trusts|boards|brands|' +
    'markets|businesses)',
  '(?:the )?(?:vp|svp|cto|ceo|cfo|coo|cio|exec(?:utive)?s?|leadership team|board|senior leadership|director of [\\w ]{1,20})',
  '(?:standard|policy|process|mechanism|framework|playbook|template|guideline)s? (?:that |which ' +
    ')?(?:other|all|every|\\d+|several) (?:teams|groups|departments)',
  'adopted by (?:other|all|every|\\d+|several|[\\w-]+ other) (?:teams|groups|departments|regions)',
  '(?:other|\\d+|two|three|four|five|several|all) (?:[\\w-]+ )?(?:sites|regions|teams|departments|' +
    'stores|offices|warehouses|hospitals|schools|squads) (?:have |had |then |now |also )*(?:adopted|use|' +
    'used|rolled out|followed|copied|took up|picked up)',
  'org(?:anisation|anization)?(?:al)? (?:change|design|strategy|roadmap)',
];

/** More than the writer's own team: other teams, partners, cross-functional work. */
export const TEAMS_SCOPE: readonly string[] = [
  '(?:two|2|several|multiple|other|partner|sister|neighbou?ring|adjacent|dependent|downstream|upstream) (?:[\\w-]+ )?teams',
  'cross[- ](?:team|functional|org(?:anisation|anization)?al?)',
  '(?:the )?(?:platform|data|security|design|product|legal|finance|sales|marketing|ops|operations|' +
    'infra(?:structure)?|support|payments|mobile|web|backend|frontend|ml|analytics|hr|procurement) ' +
    '(?:and [\\w-]+ )?teams?(?! member)',
  '(?:other|another|a partner|the partner) (?:group|department|squad|org)',
  'stakeholders (?:from|in|across)',
  'across (?:teams|groups|orgs|organi[sz]ations|departments)',
  // Others took the writer's work up: "the 3 other cores in the network took up my scheduler config".
  '(?:other|\\d+ other|two other|three other|several other|the other) (?:[\\w-]+ ){1,6}?(?:adopted|took up|picked up|copied|' +
    'reused|rolled out|now use|started using) (?:my|our)',
  // Other units took it up, whatever it is called: "two other elderly care wards have since adopted the bay allocation".
  '(?:other|\\d+ other|two other|three other|four other|five other|several other|the other|neighbou?ring) (?:[\\w-]+ ){0,3}?' +
    '(?:wards|teams|sites|stores|branches|schools|departments|clinics|hospitals|practices|offices|regions|squads|units|' +
    'warehouses|depots|shifts)(?: [\\w-]+){0,3}? (?:have |has |had |then |now |also |since |quickly |all )*(?:adopted|use|used|' +
    'took up|picked up|copied|reused|rolled out|followed|started using|asked for)',
  // Another unit took the writer's work up: "the falls team now uses our one-page structure".
  '(?!(?:my|our|the|a|an)\\b)[\\w-]+ (?:team|unit|ward|department|group|squad|clinic|office|site|store)s? (?:now |also |has |have |' +
    'had |then |since |quickly )*(?:uses?|adopted|took up|picked up|copied|reused|rolled out|started using) (?:my|our)',
  // Managers or leads the writer does not manage, by the count: "asked all 38 shop managers", "the five site managers".
  '(?:all|every|each|the|\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?: \\d+)? (?:other )?(?:[\\w-]+ )?' +
    '(?:site|shop|store|branch|area|regional|product|engineering|ward|line|department|country|practice|plant|depot|clinic|' +
    'school|hospital|factory|warehouse) (?:managers|leads|heads)',
  // Functions brought together: "brought legal, risk and engineering together", "a squad from booking, payments and CRM".
  '(?:legal|risk|finance|it|facilities|procurement|hr|compliance|security|engineering|marketing|sales|operations|ops|booking|' +
    'payments|crm|product|design|data|support|pharmacy|estates|catering),? (?:[\\w-]+,? ){0,3}and (?:legal|risk|finance|it|' +
    'facilities|procurement|hr|compliance|security|engineering|marketing|sales|operations|ops|crm|product|design|data|support|' +
    'pharmacy|estates|catering|the [\\w-]+ team)',
  '(?:my|our) (?:\\d+ |two |three |four |five |six |seven |eight |nine |ten |eleven |twelve )?teams',
  'owning teams',
  // Taken up elsewhere, told in the passive: "the manual path is now used by our sister brand as well".
  '(?:is|are|was|were|has been|have been) (?:now |since |also |then )*(?:used|adopted|rolled out|copied|taken up|picked up|reused) ' +
    '(?:by|in|at|across) (?:our |the |two |three |four |several |other |all |both )?(?:[\\w-]+ )?(?:sister|other|partner|' +
    'neighbou?ring)? ?(?:brands?|teams|sites|stores|wards|branches|schools|departments|clinics|hospitals|regions|squads|units|' +
    'warehouses|depots|businesses|companies)',
  // Another party brought to a change the writer asked for: "I got the delivery partner to agree to a 24-hour turnaround".
  'got (?:the |our |their |each |every |both )?(?:[\\w-]+ ){0,2}?(?:partners?|vendors?|suppliers?|carriers?|teams?|leads|managers|' +
    'directors?|clients?|council|insurer|bank|agency|board|engineers|developers|designers|analysts) to (?:agree|sign|change|adopt|' +
    'accept|switch|move|commit|share|add|build|fix|use|run|try)',
  // Outside parties convened on the writer's problem: "took it to the council's traffic manager and the bus operator together",
  // "set up a joint method review with the gas network's engineer".
  "(?:took|brought) (?:it|this|that|the (?:[\\w-]+ ){0,2}?[\\w-]+) to (?:the |our |their )?(?:[\\w'-]+ ){1,4}?and (?:the |our |their )?" +
    "(?:[\\w'-]+ ){1,4}?together|(?:set up|ran|chaired|held|organi[sz]ed|called) (?:a |the )?joint (?:[\\w-]+ ){1,2}?with",
  // A practice the writer started that peers now follow: "a checklist line, which now every PM in the group uses".
  '(?:every|each|all(?: the)?) (?:other )?(?:[\\w-]+ )?(?:pms?|product managers?|engineers?|managers?|leads?|nurses?|teachers?|' +
    'analysts?|designers?|buyers?|supervisors?) (?:in|across) (?:the|our|my) (?:group|org|organi[sz]ation|company|department|' +
    'division|trust|region|area|school|hospital)',
  // Influence without authority: people the writer does not manage.
  "(?:did not|didn't|do not|don't) (?:manage|own|control)|(?:outside|beyond) (?:my|our) (?:team|group|org|reporting line|authority)",
];

/** The writer leading or growing their own team. */
export const TEAM_SCOPE: readonly string[] = [
  // Growing someone, told in any tense: "she asked me to mentor her", "I'm coaching him through it".
  '(?:mentor|mentoring|coach|coaching) (?:her|him|them)(?! (?:up|out)\\b)',
  // Working alongside others, by their role: "I booked two half-days a week with the checkout team", "with the matron".
  '(?:with|alongside) (?:the |our |my |their |a |an |two |three |four |each |every |both )?(?:[\\w-]+ ){0,2}?(?:team|teams|leads?|' +
    'leaders|squads?|crews?|managers?|engineers|developers|nurses|matron|consultants?|doctors|colleagues|directors?|designers|' +
    'analysts|technicians|pharmacists|supervisors?|stakeholders|owners)(?![\\w-])',
  // Growing someone through regular time with them: "we set up a weekly 1:1", "I sat in on her first two design reviews".
  '(?:weekly|fortnightly|monthly|regular) 1:1s?|1:1s? with (?:her|him|them|each of them)|sat in on (?:her|his|their) ' +
    '(?:first )?(?:[\\w-]+ )?(?:[\\w-]+ )?(?:reviews?|meetings?|calls?|interviews?|stand-?ups?)',
  // Growing someone: "I coached her through her first launch", "mentored him on the vendor call".
  '(?:coached|mentored|sponsored|developed) (?:her|him|them)(?! (?:up|out)\\b)',
  '(?:tech|team) lead',
  '(?:\\d+|two|three|four|five|six|seven|eight|nine|ten|twelve) (?:engineers|developers|people|reports|designers|analysts)',
  // "trained all 19 night staff", "briefed the two shift leads".
  '(?:i )?(?:led|managed|ran|coached|mentored|hired|onboarded|trained|grew|built|briefed) (?:a |the |my |our |all |every ' +
    ')?(?:\\d+ |two |three |four |five |six |eight |ten |twelve )?(?:[\\w-]+ )?(?:team|squad|group|engineers?|developers?|' +
    'nurses?|staff|volunteers?|analysts?|reports?|juniors?|interns?|shift leads|supervisors|pickers|drivers|teachers|technicians|' +
    'shifts|crews)',
  '(?:my|our) (?:team|squad|group|reports|direct reports)',
  'the team (?:now |then |had |agreed |adopted |used |uses )',
  '(?:team|squad)[- ](?:wide|level)',
  // Working through others: the people the writer convinced, coached or brought along.
  '(?:convinced|persuaded|won over|aligned|brought (?:in|together|along)|partnered with|negotiated ' +
    'with|coordinated|coached|trained|mentored|got buy-in from|worked with|asked|told|briefed|updated|walked|presented to|' +
    // A product manager's reach: "I told the engineers on Monday", "did the demo to the account managers".
    '(?:did|gave|ran) (?:the |a )?demo (?:to|for)|demoed (?:it )?to) (?:the |our |my |their ' +
    "|a |an |each |every )?(?:[\\w'-]+ ){0,2}?(?:team|lead|leads|manager|managers|admins?|engineers?|" +
    'staff|nurses?|director|directors|vp|stakeholders?|agency|vendors?|partners?|hr|legal|finance|' +
    'pickers|volunteers|teachers|colleagues|peers|supervisors?|owners?)',
];
