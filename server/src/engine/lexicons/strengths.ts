/**
 * Phrases that show a mechanism others now use: something the writer built
 * that outlived the story ("the runbook other teams now use", "adopted by
 * three teams"). Regular-expression fragments over the lower-cased text.
 */
export const MECHANISM: readonly string[] = [
  '(?:other|\\d+|two|three|four|five|several|many|all|every|most) (?:of the )?teams? (?:now |still |' +
    'later )?(?:use|uses|used|adopted|reuse|reused|run|follow|copied)',
  '(?:now|still) (?:used|run|followed) by',
  '(?:was|were|got|has been|have been) adopted',
  'adopted (?:it|the|my|our|this)',
  'became (?:the|our|a) (?:standard|default|template|norm)',
  '(?:rolled|rolling) (?:it )?out (?:to|across) (?:the|all|other|every)',
  '(?:the|a|my) (?:team|org|organisation|organization|company) (?:now|still) (?:uses|runs|follows)',
  '(?:every|each) (?:new )?(?:launch|release|project|team|hire) (?:now|since)',
  '(?:is|are) (?:now|still) (?:part of|in) (?:the|our|every)',
];
