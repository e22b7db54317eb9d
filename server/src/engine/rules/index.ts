import type { AnyRule } from '../rule';
import { weOveruse } from './we-overuse';
import { unquantifiedClaim } from './unquantified-claim';
import { resultWithoutMetric } from './result-without-metric';
import { shallowPrinciple } from './shallow-principle';
import { principleStacking } from './principle-stacking';
import { hedging } from './hedging';
import { noCustomerContext } from './no-customer-context';
import { noAlternatives } from './no-alternatives';
import { blameShifting } from './blame-shifting';
import { inconsistentMetric } from './inconsistent-metric';
import { passiveVoice } from './passive-voice';
import { missingStarSection } from './missing-star-section';
import { storyLength } from './story-length';
import { noReflection } from './no-reflection';
import { unbalancedStar } from './unbalanced-star';
import { levelScope } from './level-scope';

/** Every rule, in the order of the contract's table. */
export const RULES: readonly AnyRule[] = [
  weOveruse,
  unquantifiedClaim,
  resultWithoutMetric,
  shallowPrinciple,
  principleStacking,
  hedging,
  noCustomerContext,
  noAlternatives,
  missingStarSection,
  storyLength,
  noReflection,
  blameShifting,
  inconsistentMetric,
  passiveVoice,
  unbalancedStar,
  levelScope,
];

export function ruleById(id: string): AnyRule | undefined {
  return RULES.find((r) => r.id === id);
}
