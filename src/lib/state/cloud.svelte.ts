/**
 * The Mini tier as the user sees it: the switch that arms the next send only, the review of what
 * will leave the device (identifiers masked, earlier turns opt-in), and the endpoint settings.
 */
import { consentGate, type ConsentToken } from '../cloud/consent';
import { buildRequest, testConnection, type MiniRequest, type ReasoningEffort } from '../cloud/mini';
import type { Finding } from '../cloud/redact';
import type { CloudEndpoint, SottoConfig } from '../config/config';
import * as db from '../db/db';
import type { MessageRecord } from '../db/types';
import { saveFile } from '../download';
import type { ChatMessage } from '../engine/types';

/** What the review dialog shows, and what "Send once" approves. */
export interface Review {
  endpoint: CloudEndpoint;
  question: string;
  findings: Finding[];
  /** Indexes into `findings` the user unticked (sent as written). */
  unmasked: number[];
  earlier: MessageRecord[];
  /** Ids of earlier turns the user ticked in (none by default). */
  included: string[];
  request: MiniRequest;
  mapping: Record<string, string>;
}

/** A request the user approved: the token lets exactly `request.body` through, once. */
export interface Approval {
  request: MiniRequest;
  token: ConsentToken;
  mapping: Record<string, string>;
  maskedCount: number;
  /** Puts the originals back into the reply, on the device. */
  unmask: (text: string) => string;
}

type Redact = typeof import('../cloud/redact');

const SYSTEM = 'You are Mini, a helpful assistant. Answer clearly and concisely. Placeholders such as [NAME_1] stand for details the user keeps private; keep them as they are.';

class CloudTier {
  #endpoints = $state.raw<CloudEndpoint[]>([]);
  #endpointId = $state<string | null>(null);
  #apiKey = $state('');
  #remember = $state(false);
  #effort = $state<ReasoningEffort | null>(null);
  #armed = $state(false);
  #review = $state.raw<Review | null>(null);
  #decide: ((approval: Approval | null) => void) | null = null;
  #log = $state.raw<db.AuditRecord[]>([]);
  /** The masking code, loaded with the first review (it is large, and only the cloud needs it). */
  #redact: Redact | null = null;

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
    if (!this.#apiKey) return 'Enter an API key first.';
    try {
      return await testConnection(endpoint, this.#apiKey);
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
  get apiKey(): string {
    return this.#apiKey;
  }
  get remember(): boolean {
    return this.#remember;
  }
  get effort(): ReasoningEffort | null {
    return this.#effort;
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
    const [endpointId, key, effort] = await Promise.all([
      db.getSetting<string>('cloudEndpoint'),
      db.getSetting<string>('cloudApiKey'),
      db.getSetting<ReasoningEffort | null>('cloudEffort'),
    ]);
    this.#endpointId = endpointId ?? null;
    this.#effort = effort ?? null;
    if (key) {
      this.#apiKey = key;
      this.#remember = true;
    }
  }

  setArmed(on: boolean): void {
    this.#armed = on && this.available;
  }

  async setEndpoint(id: string): Promise<void> {
    this.#endpointId = id;
    await db.setSetting('cloudEndpoint', id);
  }

  async setEffort(effort: ReasoningEffort | null): Promise<void> {
    this.#effort = effort;
    await db.setSetting('cloudEffort', effort);
  }

  /** The key stays in memory unless the user asks to remember it on this device. */
  async setApiKey(key: string, remember: boolean): Promise<void> {
    this.#apiKey = key.trim();
    this.#remember = remember;
    await db.setSetting('cloudApiKey', remember && this.#apiKey ? this.#apiKey : null);
  }

  /**
   * Opens the review for this message and waits for the user: an approval after "Send once",
   * null after "Cancel". Either way the switch is off again afterwards.
   */
  async requestApproval(question: string, earlier: MessageRecord[]): Promise<Approval | null> {
    const endpoint = this.endpoint;
    if (!endpoint) return null;
    this.#redact ??= await import('../cloud/redact');
    this.#decide?.(null);
    const candidates = earlier.filter((m) => m.text && (m.role === 'user' || m.status === 'complete'));
    this.#review = this.#build({ endpoint, question, findings: [], unmasked: [], earlier: candidates, included: [] });
    return new Promise((resolve) => (this.#decide = resolve));
  }

  /** Ticks or unticks masking of one identifier. */
  toggleFinding(index: number): void {
    const r = this.#review;
    if (!r) return;
    const unmasked = r.unmasked.includes(index) ? r.unmasked.filter((i) => i !== index) : [...r.unmasked, index];
    this.#review = this.#build({ ...r, unmasked });
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
    this.#finish({
      request: r.request,
      token,
      mapping,
      maskedCount: r.findings.length - r.unmasked.length,
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
    const parts = [...turns.map((m) => m.text), r.question];
    const masked0 = r.findings;
    const joined = parts.join('\n\u0000\n');
    const masked = redact.mask(joined, (f) => !r.unmasked.some((i) => masked0[i]?.start === f.start));
    const all = masked.findings;
    const maskedParts = masked.text.split('\n\u0000\n');
    const messages: ChatMessage[] = [{ role: 'system', content: SYSTEM }];
    turns.forEach((m, i) => messages.push({ role: m.role, content: maskedParts[i] ?? '' }));
    messages.push({ role: 'user', content: maskedParts.at(-1) ?? '' });
    return { ...r, findings: all, request: buildRequest(r.endpoint, messages, this.#effort), mapping: masked.mapping };
  }
}

export const cloud = new CloudTier();
