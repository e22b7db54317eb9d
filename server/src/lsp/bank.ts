import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { ErrorCodes, ResponseError } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { BankCache, bankJson, buildBank, type Bank } from '../engine/bank';
import { drillDocument, drillJson, type DrillEntry } from '../engine/drill';
import { mergeConfigs } from '../engine/config';
import { configFor } from '../config-file';
import { readStoryInputs } from '../story-inputs';
import { pathOf } from './analysis';
import type { SettingsStore } from './settings';

/** `starCoach/storyBank`: the story bank over folders (default: the workspace folders), in the JSON shape of SPEC §10. */
export const STORY_BANK_REQUEST = 'starCoach/storyBank';
/** `starCoach/drill`: the follow-up questions for each story of a document, in the JSON shape of SPEC §10. */
export const DRILL_REQUEST = 'starCoach/drill';

export interface BankHost {
  workspaceFolders(): string[];
  document(uri: string): TextDocument | undefined;
  documents(): TextDocument[];
  settings: SettingsStore;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
function invalid(message: string): never {
  throw new ResponseError(ErrorCodes.InvalidParams, message);
}

/**
 * Answers the bank and drill requests. Files are re-read on each request
 * (open documents from the editor's unsaved text); the per-file cache keeps a
 * request after one edit down to re-checking that file.
 */
export class BankService {
  private readonly cache = new BankCache();

  constructor(private readonly host: BankHost) {}

  async storyBank(params: unknown): Promise<Bank> {
    let folders = this.host.workspaceFolders();
    if (params !== undefined && params !== null) {
      if (!isObject(params)) invalid('params must be an object such as { "folders": ["file:///…"] }');
      if (params.folders !== undefined) {
        if (!Array.isArray(params.folders) || !params.folders.every((f) => typeof f === 'string'))
          invalid('folders must be a list of file URIs');
        folders = (params.folders as string[]).map(pathOf).filter((p): p is string => p !== undefined);
      }
    }
    if (!folders.length) return { principles: [], stories: [], gaps: [], notes: [] };
    const texts = new Map<string, string>();
    for (const doc of this.host.documents()) {
      const path = pathOf(doc.uri);
      if (path) texts.set(path, doc.getText());
    }
    const settings = await this.host.settings.get(pathToFileURL(folders[0]).href);
    // Each folder is read from itself, so `files` globs match there as they do for the folder's own diagnostics.
    const reads = folders.map((folder) => readStoryInputs([folder], { cwd: folder, texts }));
    const inputs = reads.flatMap((r) => r.inputs).map((i) => ({ ...i, config: mergeConfigs(settings.config, i.config) }));
    const bank = buildBank(inputs, { config: mergeConfigs(settings.config, reads[0].config.config), cache: this.cache });
    this.cache.keepOnly(inputs.map((i) => i.file));
    return bankJson(bank);
  }

  async drill(params: unknown): Promise<DrillEntry[]> {
    if (!isObject(params) || !isObject(params.textDocument) || typeof params.textDocument.uri !== 'string')
      invalid('textDocument must be an object with a uri');
    const story = params.story;
    if (story !== undefined && !(typeof story === 'number' && Number.isInteger(story) && story >= 1))
      invalid('story must be a story number from 1');
    const uri = params.textDocument.uri;
    const path = pathOf(uri);
    const open = this.host.document(uri);
    let text = open?.getText();
    if (text === undefined && path) {
      try {
        text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
      } catch {
        text = undefined;
      }
    }
    if (text === undefined) return [];
    const settings = await this.host.settings.get(uri);
    const config = mergeConfigs(settings.config, path ? configFor(path).config : undefined);
    const drills = drillDocument(text, config);
    const chosen = story === undefined ? drills : drills.slice((story as number) - 1, story as number);
    return drillJson(path ?? uri, text, chosen);
  }
}
