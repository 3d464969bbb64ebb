/**
 * The Mini tier as the user sees it: the switch that arms the next send only, the review of what
 * will leave the device (identifiers masked, earlier turns opt-in), and the endpoint settings.
 */
import { consentGate, type ConsentToken } from '../cloud/consent';
import { buildRequest, type MiniRequest, type ReasoningEffort } from '../cloud/request';
import type { Finding } from '../cloud/redact';
import type { CloudEndpoint, SottoConfig } from '../config/config';
import * as db from '../db/db';
import type { MessageRecord } from '../db/types';
import { saveFile } from '../download';
import type { ChatMessage } from '../engine/types';
import { loadMini } from './mini-client';

/** What the review dialog shows, and what "Send once" approves. */
export interface Review {
  endpoint: CloudEndpoint;
  question: string;
  findings: Finding[];
  /** The findings the user unticked (sent as written), by `findingKey`: stable while findings are renumbered. */
  unmasked: string[];
  /** Texts the user selected and masked by hand ("Mask this"); every occurrence is masked. */
  manual: string[];
  earlier: MessageRecord[];
  /** Ids of earlier turns the user ticked in (none by default). */
  included: string[];
  /** The user's instructions (default and this conversation's), sent after the system prompt; '' when none. */
  instructions: string;
  request: MiniRequest;
  mapping: Record<string, string>;
}

/** A request the user approved: the token lets exactly `request.body` through, once. */
export interface Approval {
  request: MiniRequest;
  token: ConsentToken;
  mapping: Record<string, string>;
  maskedCount: number;
  /** How many of those the user masked by hand ("Mask this"). */
  maskedByHand: number;
  /** The key for the reviewed endpoint ('' when it needs none): never another endpoint's. */
  apiKey: string;
  /** Puts the originals back into the reply, on the device. */
  unmask: (text: string) => string;
}

type Redact = typeof import('../cloud/redact');

/** Names one finding across rebuilds of the review: its kind, where it starts in what is sent, and its text. */
export function findingKey(f: Pick<Finding, 'kind' | 'start' | 'text'>): string {
  return `${f.kind}:${f.start}:${f.text}`;
}

/** The texts that will be sent, as written: the instructions, the ticked earlier turns in order, then the message. */
function sentTexts(r: Pick<Review, 'earlier' | 'included' | 'question' | 'instructions'>): string[] {
  return [r.instructions, ...r.earlier.filter((m) => r.included.includes(m.id)).map((m) => m.text), r.question];
}

/** The findings of `review` that will be replaced by their placeholders (those still ticked). */
export function maskedFindings(review: Pick<Review, 'findings' | 'unmasked'>): Finding[] {
  return review.findings.filter((f) => !review.unmasked.includes(findingKey(f)));
}

/** An API key and the origin of the endpoint it was entered for: it goes to that origin only. */
interface BoundKey {
  key: string;
  origin: string;
}

/** The origin requests to `endpoint` go to ("https://api.openai.com"). */
function originOf(endpoint: CloudEndpoint): string {
  return new URL(endpoint.baseUrl).origin;
}

/**
 * The remembered keys that may still be used: each bound to its endpoint's origin. A key stored
 * before keys carried their origin is bound to the endpoint's origin now; a key whose endpoint
 * is gone or now points at another origin is dropped, so it never reaches a host it was not entered for.
 */
function boundKeys(stored: Record<string, BoundKey | string>, endpoints: CloudEndpoint[]): Record<string, BoundKey> {
  const keys: Record<string, BoundKey> = {};
  for (const [id, entry] of Object.entries(stored)) {
    const endpoint = endpoints.find((e) => e.id === id);
    if (!endpoint) continue;
    const origin = originOf(endpoint);
    const bound = typeof entry === 'string' ? { key: entry, origin } : entry;
    if (bound && typeof bound.key === 'string' && bound.key && bound.origin === origin) keys[id] = { key: bound.key, origin };
  }
  return keys;
}

const SYSTEM = 'You are Mini, a helpful assistant. Answer clearly and concisely. Placeholders such as [NAME_1] stand for details the user keeps private; keep them as they are.';

class CloudTier {
  #endpoints = $state.raw<CloudEndpoint[]>([]);
  #endpointId = $state<string | null>(null);
  /** API keys by endpoint id, each with the origin it was entered for: a key only ever goes to that endpoint at that origin. */
  #keys = $state.raw<Record<string, BoundKey>>({});
  /** Endpoint ids whose key is remembered on this device (the others are forgotten when the tab closes). */
  #remembered = $state.raw<string[]>([]);
  #effort = $state<ReasoningEffort | null>(null);
  #strict = $state(false);
  #armed = $state(false);
  #review = $state.raw<Review | null>(null);
  #decide: ((approval: Approval | null) => void) | null = null;
  #log = $state.raw<db.AuditRecord[]>([]);
  /** The masking code, loaded with the first review (it is large, and only the cloud needs it). */
  #redact: Redact | null = null;
  #redactLoad: Promise<Redact> | null = null;
  #warming: Promise<void> | null = null;

  /** The privacy log, newest first (after loadLog). */
  get log(): db.AuditRecord[] {
    return this.#log;
  }

  async loadLog(): Promise<void> {
    this.#log = await db.listAudit();
  }

  /** "Test connection": a plain sentence saying whether the endpoint accepts the key. */
  async test(): Promise<string> {
    const endpoint = this.endpoint;
    if (!endpoint) return 'No cloud endpoint is configured.';
    if (endpoint.auth === 'key' && !this.keyFor(endpoint)) return `Enter an API key for ${endpoint.label} first.`;
    try {
      return await (await loadMini()).testConnection(endpoint, this.keyFor(endpoint));
    } catch (err) {
      return err instanceof Error ? err.message : String(err);
    }
  }

  /** Downloads the privacy log as JSON. */
  async exportLog(): Promise<void> {
    const entries = await db.listAudit();
    const stamp = new Date().toISOString().slice(0, 10);
    saveFile(`sotto-privacy-log-${stamp}.json`, 'application/json', JSON.stringify({ format: 'sotto-privacy-log', version: 1, entries }, null, 2));
  }

  get available(): boolean {
    return this.#endpoints.length > 0;
  }
  get endpoints(): CloudEndpoint[] {
    return this.#endpoints;
  }
  get endpoint(): CloudEndpoint | undefined {
    return this.#endpoints.find((e) => e.id === this.#endpointId) ?? this.#endpoints[0];
  }
  /** The API key for the chosen endpoint ('' when none is set, or the endpoint needs none). */
  get apiKey(): string {
    const endpoint = this.endpoint;
    return endpoint ? this.keyFor(endpoint) : '';
  }
  /** Whether the chosen endpoint's key is remembered on this device. */
  get remember(): boolean {
    return this.#remembered.includes(this.endpoint?.id ?? '');
  }
  /** The key that goes to `endpoint`, and only to it ('' for an endpoint that needs none, or that now points elsewhere). */
  keyFor(endpoint: CloudEndpoint): string {
    const bound = this.#keys[endpoint.id];
    return endpoint.auth === 'none' || !bound || bound.origin !== originOf(endpoint) ? '' : bound.key;
  }
  /** Whether a request to the chosen endpoint can go: it needs no key, or has one. */
  get ready(): boolean {
    const endpoint = this.endpoint;
    return !!endpoint && (endpoint.auth === 'none' || !!this.keyFor(endpoint));
  }
  get effort(): ReasoningEffort | null {
    return this.#effort;
  }
  /** Stricter masking (off by default): also every capitalised word that is not a common word, and every number of 4+ digits. */
  get strict(): boolean {
    return this.#strict;
  }
  /** The switch: on arms the next send only. */
  get armed(): boolean {
    return this.#armed;
  }
  get review(): Review | null {
    return this.#review;
  }

  /** Takes the endpoints from the deployment config (none: no switch, no cloud path). */
  async configure(cloud: SottoConfig['cloud']): Promise<void> {
    this.#endpoints = cloud?.endpoints ?? [];
    if (!this.available) return;
    const [endpointId, keys, oldKey, effort, strict] = await Promise.all([
      db.getSetting<string>('cloudEndpoint'),
      db.getSetting<Record<string, BoundKey | string>>('cloudApiKeys'),
      db.getSetting<string | null>('cloudApiKey'),
      db.getSetting<ReasoningEffort | null>('cloudEffort'),
      db.getSetting<boolean>('maskStrict'),
    ]);
    this.#endpointId = endpointId ?? null;
    this.#effort = effort ?? null;
    this.#strict = strict === true;
    const stored: Record<string, BoundKey | string> = keys && typeof keys === 'object' ? { ...keys } : {};
    // A key remembered before keys were per endpoint belongs to the endpoint chosen then, and to no other.
    const owner = this.endpoint?.id;
    if (oldKey && owner && !stored[owner]) stored[owner] = oldKey;
    const remembered = boundKeys(stored, this.#endpoints);
    if (oldKey || JSON.stringify(remembered) !== JSON.stringify(keys ?? {})) await db.setSetting('cloudApiKeys', remembered);
    if (oldKey) await db.setSetting('cloudApiKey', null);
    this.#keys = remembered;
    this.#remembered = Object.keys(remembered);
  }

  setArmed(on: boolean): void {
    this.#armed = on && this.available;
    // The masking code and its word lists are large: start loading them while the user writes,
    // and let it mask made-up notes in idle moments, so the user's message is masked by warm code.
    if (this.#armed) {
      this.#loadRedact()
        .then((redact) => (this.#warming ??= redact.warmUp()))
        .catch(() => undefined);
    }
  }

  /** Loads the masking code once; a failed load is tried again at the next review. */
  #loadRedact(): Promise<Redact> {
    this.#redactLoad ??= import('../cloud/redact').catch((err: unknown) => {
      this.#redactLoad = null;
      throw err;
    });
    return this.#redactLoad;
  }

  async setEndpoint(id: string): Promise<void> {
    this.#endpointId = id;
    await db.setSetting('cloudEndpoint', id);
  }

  async setEffort(effort: ReasoningEffort | null): Promise<void> {
    this.#effort = effort;
    await db.setSetting('cloudEffort', effort);
  }

  async setStrict(on: boolean): Promise<void> {
    this.#strict = on;
    await db.setSetting('maskStrict', on);
  }

  /** Sets the chosen endpoint's key; it stays in memory unless the user asks to remember it on this device. */
  async setApiKey(key: string, remember: boolean): Promise<void> {
    const endpoint = this.endpoint;
    if (!endpoint) return;
    const value = key.trim();
    this.#keys = { ...this.#keys, [endpoint.id]: { key: value, origin: originOf(endpoint) } };
    this.#remembered = remember && value ? [...new Set([...this.#remembered, endpoint.id])] : this.#remembered.filter((id) => id !== endpoint.id);
    const stored = Object.fromEntries(this.#remembered.flatMap((id) => (this.#keys[id]?.key ? [[id, this.#keys[id]] as const] : [])));
    await db.setSetting('cloudApiKeys', stored);
  }

  /**
   * Opens the review for this message and waits for the user: an approval after "Send once",
   * null after "Cancel". Either way the switch is off again afterwards.
   */
  async requestApproval(question: string, earlier: MessageRecord[], instructions = ''): Promise<Approval | null> {
    const endpoint = this.endpoint;
    if (!endpoint) return null;
    this.#redact ??= await this.#loadRedact();
    this.#decide?.(null);
    const candidates = earlier.filter((m) => m.text && (m.role === 'user' || m.status === 'complete'));
    this.#review = this.#build({ endpoint, question, findings: [], unmasked: [], manual: [], earlier: candidates, included: [], instructions: instructions.trim() });
    return new Promise((resolve) => (this.#decide = resolve));
  }

  /** Ticks or unticks masking of one identifier. */
  toggleFinding(finding: Finding): void {
    const r = this.#review;
    if (!r) return;
    const key = findingKey(finding);
    const unmasked = r.unmasked.includes(key) ? r.unmasked.filter((k) => k !== key) : [...r.unmasked, key];
    this.#review = this.#build({ ...r, unmasked });
  }

  /**
   * "Mask this": masks every occurrence of `text` in what will be sent, as `[MASKED_N]`.
   * Returns the placeholder, or null when the text is not part of what will be sent.
   */
  maskText(text: string): string | null {
    const r = this.#review;
    const wanted = text.trim();
    if (!r || !wanted || !sentTexts(r).some((t) => t.includes(wanted))) return null;
    const manual = r.manual.includes(wanted) ? r.manual : [...r.manual, wanted];
    // Masking a text again ticks the occurrences of it that the user had unticked.
    const again = new Set(r.findings.filter((f) => f.manual && f.text === wanted).map(findingKey));
    this.#review = this.#build({ ...r, manual, unmasked: r.unmasked.filter((k) => !again.has(k)) });
    return this.#review.findings.find((f) => f.manual && f.text === wanted)?.placeholder ?? null;
  }

  /** Ticks an earlier turn in (or out) of what is sent. */
  toggleTurn(id: string): void {
    const r = this.#review;
    if (!r) return;
    const included = r.included.includes(id) ? r.included.filter((i) => i !== id) : [...r.included, id];
    this.#review = this.#build({ ...r, included, unmasked: [] });
  }

  /** "Send once": mints the one-time approval for exactly the body on screen. */
  async approve(): Promise<void> {
    const r = this.#review;
    if (!r) return;
    const token = await consentGate.mint(r.request.url, r.request.body);
    const redact = this.#redact;
    const mapping = r.mapping;
    const masked = maskedFindings(r);
    this.#finish({
      request: r.request,
      token,
      mapping,
      maskedCount: masked.length,
      maskedByHand: masked.filter((f) => f.manual).length,
      apiKey: this.keyFor(r.request.endpoint),
      unmask: (text) => (redact ? redact.unmask(text, mapping) : text),
    });
  }

  cancel(): void {
    this.#finish(null);
  }

  #finish(approval: Approval | null): void {
    const decide = this.#decide;
    this.#decide = null;
    this.#review = null;
    this.#armed = false;
    decide?.(approval);
  }

  /** Masks the text that will be sent and builds the exact request body. */
  #build(r: Omit<Review, 'request' | 'mapping'>): Review {
    const redact = this.#redact;
    if (!redact) throw new Error('The masking code is not loaded yet.');
    const turns = r.earlier.filter((m) => r.included.includes(m.id));
    // One text for masking, so the same name gets the same placeholder in every turn.
    const joined = sentTexts(r).join('\n\u0000\n');
    const masked = redact.mask(joined, (f) => !r.unmasked.includes(findingKey(f)), { strict: this.#strict, manual: r.manual });
    const all = masked.findings;
    const [maskedInstructions = '', ...maskedParts] = masked.text.split('\n\u0000\n');
    const system = maskedInstructions ? `${SYSTEM}\n\nThe user’s instructions:\n${maskedInstructions}` : SYSTEM;
    const messages: ChatMessage[] = [{ role: 'system', content: system }];
    turns.forEach((m, i) => messages.push({ role: m.role, content: maskedParts[i] ?? '' }));
    messages.push({ role: 'user', content: maskedParts.at(-1) ?? '' });
    return { ...r, findings: all, request: buildRequest(r.endpoint, messages, this.#effort), mapping: masked.mapping };
  }
}

export const cloud = new CloudTier();
