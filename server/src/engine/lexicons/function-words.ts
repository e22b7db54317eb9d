import { words } from './words';

/*
 * The closed classes of English that several modules need: determiners,
 * pronouns and prepositions. Modules that need a class plus a few words of
 * their own include it (`words\`${DETERMINERS} lunch launch\``) instead of
 * keeping a copy that drifts.
 */

export const ARTICLES = words`a an the`;
export const DEMONSTRATIVES = words`this that these those`;
export const POSSESSIVES = words`my our your his her its their`;
export const QUANTIFIERS = words`all both each every some any no another`;

/** Words that open a noun phrase: "the", "this", "our", "every". */
export const DETERMINERS = words`${ARTICLES} ${DEMONSTRATIVES} ${POSSESSIVES} ${QUANTIFIERS}`;

export const SUBJECT_PRONOUNS = words`i we you he she it they`;
export const OBJECT_PRONOUNS = words`me us you him her it them`;

export const PREPOSITIONS = words`
  about above across after against along amid among around as at before behind below beneath beside between beyond by despite during
  for from in inside into like near of off on onto outside over past per since through throughout to toward towards under unlike until
  upon via with within without
`;

/** Verbs that give a view after "would" or "I'd": "I'd say it was a success", "I would argue", "I would guess". */
export const SAYING_VERBS = words`say argue guess`;
