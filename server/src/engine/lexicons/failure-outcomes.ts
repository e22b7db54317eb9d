/*
 * Endings that went badly, for `no-reflection`: read from what happened rather than from an admission.
 * Lower-case regular-expression sources matched as whole words (see phrases.ts) on straightened text.
 */

/**
 * Outcomes that went badly, read from what happened rather than from an admission: the story's work stopped by
 * someone (a pilot ended, a feature pulled), a delivery late by a stated time, money paid out for the trouble, a
 * budget overrun by a stated amount. Each counts twice, like the strong outcomes above.
 */
export const BAD_OUTCOME: readonly string[] = [
  // Someone else stopping the writer's work: "they ended the pilot", "the risk team paused the feature".
  String.raw`(?<!\b(?:i|we)(?: [\w-]+){0,2} )(?:ended|cancell?ed|paused|pulled|stopped|terminated|dropped|shelved|scrapped|` +
    String.raw`killed|axed|switched off|turned off|shut down|pulled the plug on|withdrew) (?:the|our|my|its|their) ` +
    String.raw`(?:[\w-]+ ){0,2}?(?:pilot|feature|launch|rollout|programme|program|trial|contract|project|app|campaign|` +
    String.raw`product|initiative|partnership|release|scheme|service|feed|flag|sessions)s?` +
    String.raw`(?! (?:early|for good) (?:and|to) (?:roll|scale|expand))`,
  String.raw`(?:pilot|feature|launch|rollout|programme|program|trial|project|app|campaign|product|initiative|release|` +
    String.raw`scheme|macro|automation|tool|bot|flag|feed|session|class|workshop|course|talk)s? (?:(?:was|were|got) )?(?:\w+ly )?` +
    String.raw`(?:switched off|turned off|shut down|withdrawn|pulled|paused|ended early|stopped|discontinued)`,
  // A launch put off: "the launch was moved to the new year", "go-live was postponed until March".
  String.raw`(?:launch|go-live|release|rollout|opening|cutover)s? (?:was|were|got|had to be) (?:\w+ly )?(?:moved|pushed|` +
    String.raw`postponed|delayed|put back|put off) (?:back )?(?:to|until|into|by)`,
  // A delivery late by a stated time: "went out two days late", "we were five weeks late" (not "data that arrives a week late").
  String.raw`(?:went (?:out|live)|shipped|launched|delivered|finished|landed|opened|released|completed|came in|were|was|paid|` +
    String.raw`arrived|ended up|handed (?:it )?over)(?: [\w,-]{1,30}){0,5}? (?:~ ?\d[\d.,]{0,20}|\d[\d.,]{0,20}|a|one|two|three|` +
    String.raw`four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of) ?` +
    String.raw`(?:days?|weeks?|wks?|months?|quarters?|sprints?) (?:late|behind schedule|past (?:the|our) (?:deadline|date))`,
  // Money paid out for the trouble: "we paid $18,000 in late-payment credits", "refunded £4,000".
  // Not a price paid against a dearer quote: "we paid £71,400 …, against £97,000 on the fixed quote, a saving of £25,600".
  String.raw`(?:paid(?![^.;]{0,80}\b(?:saving|saved|against|instead of|rather than|cheaper|less than)\b)|paid out|refunded|credited|` +
    String.raw`wrote off|written off|gave back|lost) (?:about |around |roughly |over |` +
    String.raw`nearly |almost |more than )?(?:[$\u00a3\u20ac] ?\d[\d,.]{0,20}[km]?|` +
    String.raw`\d[\d,.]{0,20}[km]? (?:dollars|pounds|euros))(?= (?:in|as) ` +
    String.raw`(?:[\w-]+ )?(?:credits|penalties|fines|refunds|compensation|fees|damages|goodwill)|[.,;]| (?:of|in) ` +
    String.raw`(?:revenue|sales|bookings))`,
  // A budget overrun by a stated amount: "ran £120K over budget", "came in 30% over the estimate".
  String.raw`(?:[$\u00a3\u20ac] ?\d[\d,.]{0,20}[km]?|\d[\d.]{0,20}%|\d[\d,.]{0,20}[km]?) over (?:the |our |its )?(?:budget|estimate|plan)`,
  String.raw`(?:ran|went|came in|was|were) (?:well |way |badly |significantly )?over (?:the |our |its )?(?:budget|estimate)`,
];

/**
 * A measure moving the wrong way: a good one falling ("conversion dropped 9%"), a bad one rising ("fraud spiked to four
 * times the normal rate"). One signal: a story that reports a dip on the way to a gain needs a second sign to read as a failure.
 */
const GOOD_MEASURES =
  String.raw`(?:conversions?|revenue|sales|sign-?ups|bookings|orders|retention|nps|csat|satisfaction|adoption|` +
  // Not what is better lower: "memory usage went down too".
  String.raw`attendance|engagement|margins?|(?<!(?:memory|cpu|disk|energy|power|fuel|water|gas|electricity|data|bandwidth|battery) )` +
  String.raw`usage|renewals|uptime|scores|grades|morale|trust|leads|enquiries|inquiries|applications|referrals|donations)`;
const BAD_MEASURES =
  String.raw`(?:fraud|churn|complaints|errors|error rates?|latency|tickets|returns|defects|incidents|refunds|` +
  String.raw`chargebacks|cancell?ations|absences|sick days|overtime|wait times?|queues?|escalations|turnover|attrition|` +
  String.raw`outages|downtime|breakages|(?:damage|warranty) claims|shrink(?:age)?|write-?offs)`;

/**
 * The measure a before/after pair is about, read from the words just before it ("churn for new users went from 3.1% to
 * 4.0%"): the last good or bad measure named there, so a pair's direction can say it went the wrong way.
 */
export const PAIR_GOOD_MEASURE = new RegExp(
  String.raw`(?<![\w-])(?:${GOOD_MEASURES.slice(3, -1)}|click-?through(?: rates?)?|ctr|completion(?: rates?)?|` +
    String.raw`conversion rates?|open rates?|pass rates?|hit rates?|accuracy|throughput|trade|covers|footfall|` +
    String.raw`donations|donors|subscribers|members|players|active users)(?![\w-])`,
  'g',
);
export const PAIR_BAD_MEASURE = new RegExp(
  String.raw`(?<![\w-])(?:${BAD_MEASURES.slice(3, -1)}|missed[- ]doses?(?: rates?)?|unmatched (?:queue|items)|backlog|` +
    String.raw`churn rates?|bounce rates?|drop-?off|no-?shows?|lapse rates?|failure rates?|crash(?:es| rates?)|` +
    String.raw`complaint rates?|defect rates?|cost per [\w-]+|` +
    // Times taken: "median solve time for all players dropped from 48 s to 39 s", "the sales cycle fell from 74 days to 51".
    String.raw`(?:solve|handle|handling|turnaround|lead|response|resolution|processing|load|loading|build|review|approval|` +
    String.raw`transit|cycle|check-?in|queue|waiting) times?|time to [\w-]+|(?:sales|release|deal) cycles?|` +
    // "out-of-stock orders", "late deliveries", "failed payments": a good count qualified as a bad one.
    String.raw`(?:out-of-stock|failed|missed|late|lost|abandoned|cancell?ed|refunded|wrong|duplicate|returned|rejected) ` +
    String.raw`(?:orders|bookings|deliveries|payments|shipments|calls|appointments|visits|doses|jobs|builds|deploys))(?![\w-])`,
  'g',
);
export const MEASURE_SETBACK: readonly string[] = [
  // Not "revenue churn fell": the words between may not name a bad measure, which is then the one that fell.
  // Nor "the sales cycle fell": a time taken, which is better shorter.
  String.raw`(?<!(?:never|not|hardly|barely) )${GOOD_MEASURES} (?:(?!(?:${BAD_MEASURES}|cycles?|times?)(?![\w-]))[\w-]+ ){0,2}?` +
    String.raw`(?:dropped|fell|declined|decreased|dipped|` +
    String.raw`plunged|plummeted|crashed|tanked|halved|collapsed|went down)(?! (?:back|again)\b)`,
  String.raw`(?<!(?:never|not|hardly|barely) )${BAD_MEASURES} (?:(?!${GOOD_MEASURES}(?![\w-]))[\w-]+ ){0,2}?(?:spiked|rose|jumped|` +
    String.raw`doubled|tripled|` +
    String.raw`increased|climbed|went up|shot up|soared|ballooned|exploded)`,
  String.raw`only (?:\d[\d.]{0,20}%|a handful|a few|\d{1,20}) (?:of (?:the |our |their )?)?(?:[\w-]+ ){0,2}?(?:installed|used|adopted|` +
    String.raw`signed up|activated|downloaded|turned up|showed up|came back|renewed|completed)`,
];
