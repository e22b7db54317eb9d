export {
  buildBank,
  bankJson,
  profileFile,
  BankCache,
  MAX_CLAIMS,
  type Bank,
  type BankInput,
  type BankStory,
  type BankCell,
  type BankNote,
  type BankNoteKind,
  type BankOptions,
} from './bank';
export { profileStories, type StoryProfile, type StoryKind } from './profile';
export { scopeOf, requiredScope, meetsScope, levelRank, SCOPES, SCOPE_NAMES, type Scope } from '../language/scope';
