import { validateConfig, type StarConfig } from '../engine/config';
import { RULES } from '../engine/rules';

/** The `starCoach` settings that apply to one document. */
export interface ClientSettings {
  /** Delay between the last keystroke and the lint; 0 lints at once. */
  debounceMs: number;
  /** The settings that mirror `.starcoach.json` keys. */
  config: StarConfig;
  /** Problems in the settings, each naming its key (`starCoach.rules.x …`). */
  problems: string[];
}

export const SECTION = 'starCoach';
export { DEFAULT_DEBOUNCE_MS } from '../engine/meta/settings';
import { DEFAULT_DEBOUNCE_MS, CONFIG_KEYS } from '../engine/meta/settings';
/** How long to wait for a `workspace/configuration` answer before using the defaults. */
export const CONFIGURATION_TIMEOUT_MS = 1000;

export const DEFAULT_SETTINGS: ClientSettings = Object.freeze({ debounceMs: DEFAULT_DEBOUNCE_MS, config: {}, problems: [] });

/**
 * Reads the `starCoach` section as a client sent it. Anything that is not an
 * object gives the defaults (Neovim answers `null` for sections it does not know);
 * invalid keys are dropped with a problem, so the rest still applies.
 */
export function parseSettings(raw: unknown): ClientSettings {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return DEFAULT_SETTINGS;
  const r = raw as Record<string, unknown>;
  const problems: string[] = [];
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  if (r.debounceMs !== undefined && r.debounceMs !== null) {
    if (typeof r.debounceMs === 'number' && Number.isFinite(r.debounceMs) && r.debounceMs >= 0) debounceMs = r.debounceMs;
    else problems.push(`${SECTION}.debounceMs must be a number of at least 0; ${DEFAULT_DEBOUNCE_MS} is used.`);
  }
  // Editors send every contributed setting (with nulls for unset ones); only the config keys are checked.
  const picked: Record<string, unknown> = {};
  // An empty string is how VS Code shows an unset choice (starCoach.level defaults to "").
  for (const key of CONFIG_KEYS) if (r[key] !== undefined && r[key] !== null && r[key] !== '') picked[key] = r[key];
  const { config, problems: configProblems } = validateConfig(picked, RULES);
  for (const p of configProblems) problems.push(`${SECTION}.${p.key} ${p.message}.`);
  return { debounceMs, config, problems };
}

/** What the settings store needs from the connection. */
export interface SettingsHost {
  /** Sends `workspace/configuration` for one scope; undefined when the client cannot answer it. */
  fetch?(scopeUri: string): Promise<unknown>;
  /** Called when an answer arrives after the defaults were already used for that document. */
  onLateAnswer(uri: string): void;
  /** Called once per distinct settings problem. */
  onProblem(message: string): void;
}

/**
 * The `starCoach` settings per document (scope `resource`), fetched with
 * `workspace/configuration` and cached until `workspace/didChangeConfiguration`,
 * as in lsp-sample. Clients without the capability get the settings they push
 * with `didChangeConfiguration` (or the defaults); a client that leaves the
 * request unanswered gets the defaults after a short wait, and from then on
 * at once, and the answer is used if it ever arrives.
 */
export class SettingsStore {
  private readonly cache = new Map<string, Promise<ClientSettings>>();
  private global: ClientSettings = DEFAULT_SETTINGS;
  private unanswered = false;
  private readonly reported = new Set<string>();

  constructor(
    private readonly host: SettingsHost,
    private readonly timeoutMs = CONFIGURATION_TIMEOUT_MS,
  ) {}

  get(uri: string): Promise<ClientSettings> {
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.load(uri);
      this.cache.set(uri, hit);
    }
    return hit;
  }

  /** Drops cached settings; `pushed` is the `settings` payload of `didChangeConfiguration`, used when the client cannot be asked. */
  reset(pushed?: unknown): void {
    this.cache.clear();
    this.reported.clear();
    if (!this.host.fetch) {
      const section = pushed && typeof pushed === 'object' ? (pushed as Record<string, unknown>)[SECTION] : undefined;
      this.global = parseSettings(section);
    }
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }

  private load(uri: string): Promise<ClientSettings> {
    const fetch = this.host.fetch;
    if (!fetch) return Promise.resolve(this.report(this.global));
    const answer = fetch(uri).then(
      (raw) => ({ raw }),
      () => ({ raw: undefined }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<undefined>((resolve) => {
      timer = setTimeout(resolve, this.unanswered ? 0 : this.timeoutMs, undefined);
    });
    const pending: Promise<ClientSettings> = Promise.race([answer, timeout]).then((got) => {
      clearTimeout(timer);
      if (got) return this.report(parseSettings(got.raw));
      this.unanswered = true;
      void answer.then(({ raw }) => {
        if (this.cache.get(uri) !== pending) return;
        this.cache.set(uri, Promise.resolve(this.report(parseSettings(raw))));
        this.host.onLateAnswer(uri);
      });
      return DEFAULT_SETTINGS;
    });
    return pending;
  }

  private report(settings: ClientSettings): ClientSettings {
    for (const p of settings.problems) {
      if (this.reported.has(p)) continue;
      this.reported.add(p);
      this.host.onProblem(p);
    }
    return settings;
  }
}
