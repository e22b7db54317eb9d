import { words } from './words';
import { DETERMINERS, OBJECT_PRONOUNS, PREPOSITIONS, SUBJECT_PRONOUNS } from './function-words';

/*
 * Words that carry no evidence on their own. A reason built only from these
 * ("because it was all for the customer", "since I owned the work end to
 * end", "because we went fast") could be said of any story. Any other
 * word (a system, a person, a number, a specific verb and object such as
 * "interviewed merchants") makes the reason specific. Listed in base form;
 * the rule strips plural and verb endings before looking a word up.
 */

/** Function words: pronouns, determiners, auxiliaries, prepositions, conjunctions. */
export const FUNCTION_WORDS = words`
  ${DETERMINERS} ${SUBJECT_PRONOUNS} ${OBJECT_PRONOUNS} ${PREPOSITIONS}
  it's i'm i've i'd i'll mine myself we're we've we'd ours ourselves theirs themselves one ones be am is are was were been being do does
  did done doing have has had having will would shall should can could may might must not nor never n't don't didn't doesn't wasn't
  weren't isn't aren't won't can't couldn't wouldn't and or but so yet because if when while whenever though although also too then than
  there here up down out what which who whom whose how why where whatever either neither other such same own more most much many few lot
  lots very just only even still really truly actually always ever again already well quite rather pretty nobody anybody somebody no-one
  none else whether unless till once ago
`;

/**
 * Who a product serves. Naming the group ("we always put merchants first") is
 * not evidence; what was done for them ("I interviewed merchants") is.
 */
export const SERVED_GROUPS = words`
  customer client user end-user consumer shopper buyer seller merchant driver rider passenger patient clinician doctor nurse student
  teacher member subscriber guest partner developer engineer operator agent reader viewer player tenant traveler traveller account
  employee staff stakeholder audience public community family families parent pupil child children kid volunteer resident citizen
  learner
`;

/** Vague verbs, nouns, adjectives and adverbs that name no particular thing. */
export const GENERIC_WORDS = new Set(
  `classic pure textbook true real show demonstrate exemplify reflect display embody illustrate highlight prove showcase mean map tie \
align speak relate apply
  principle lp leadership value example story case sense way part kind sort type
  build make do take get go give put keep bring move act work try help care focus think know see feel want need like use ensure
  deliver drive lead own handle manage solve fix improve create achieve complete finish start run step push pull stay follow
  look dig go come become seem happen matter believe decide choose plan execute perform succeed meet exceed raise hold carry
  took made done did went gone gave got gotten kept brought built led ran came became held chose thought felt knew saw met
  customer client user people person everyone everybody someone anyone team teammate colleague stakeholder business company
  organization organisation project product work job task thing things stuff problem issue solution situation outcome result
  impact value quality standard bar outcome goal deadline time timeline budget money cost resource effort success mission
  initiative process experience opportunity challenge responsibility accountability ownership initiative decision action
  end detail details data information idea ideas level scale long term short
  quickly quick fast faster rapidly rapid swiftly speedily immediately hard harder hardest best better good great high higher
  important critical key right correct full fully entire whole completely totally deeply closely carefully extra above beyond
  first top front center centre every daily constantly consistently continuously proactively personally directly clearly
  strong strongly big bigger huge large small new real true simple simply easy difficult tough possible necessary needed
  happy satisfied better end-to-end extra mile second nature heart mind willing able sure certain needed
  obsess obsessed obsession passion passionate commitment committed dedicated dedication motivated mindset attitude approach
  trust respect care caring trustworthy frugal frugality curious curiosity simplify invent standard backbone
  honest honesty transparent transparency open openly candid candidly humble fair respectful accountable responsible reliable
  proactive independent independently hands-on vision strategy strategic ambitious bold innovative innovate innovation creative
  creativity efficient efficiency effective effectively smart wise save spend spent cut reduce lower increase grow growth boost
  optimize optimise streamline late night weekend hour overtime dig dug stick stuck communicate communication listen collaborate
  collaboration alignment support partner partnership relationship feedback learn learnt learning develop development mentor
  coach hire teach taught share ship launch release win won earn exceed expectation requirement journey happier delight less fewer
  simpler easier cheaper cleaner safer smarter
  delighted satisfaction loyalty future world everything anything nothing something overall ultimately eventually finally
  throughout along ahead forward back around together alone excellence excellent outstanding exceptional perfect flawless reach
  hit fulfil fulfill amazon sure everyday day-to-day extremely highly incredibly super
  guide shape inform motivate inspire define principle heart mind soul priority prioritize prioritise foremost core center
  owner backwards backward wait permission technology tech skill tool status quo outside box treat shoe let stop courage afraid
  risk calculated speed count difference grit persistence persist persevere determination resilience resilient fearless
  empathy empathize empathise understand understood hear heard voice concern opinion perspective view diverse diversity
  inclusive input lesson say said saying call called rely relied depend depended count counted bit lot lots little touch element elements \
aspect aspects mix combination plenty always often usually day days point points gets getting earned teamwork vital essential \
crucial department departments hate love enjoy dislike waste drove driven stood stand land through \
pressure blocker obstacle hurdle roadblock program programme ask despite condition circumstance`.split(/\s+/),
);
