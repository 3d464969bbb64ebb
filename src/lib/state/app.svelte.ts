/** Start-up: open the user's data, load the deployment config, probe the device, load the model (or offer its first download). */
import policyConnect from 'virtual:sotto-policy';
import { ConfigError, DEFAULT_AUTO_LOCK_MINUTES, loadConfig, serverReachable, type ConfigCopy, type SottoConfig, type VaultPolicy } from '../config/config';
import { outsidePolicy } from '../config/csp';
import * as db from '../db/db';
import { loadCatalog, webllmRow } from '../engine/catalog';
import { LocalEngineClient } from '../engine/local-engine';
import { probeDevice } from '../engine/probe';
import { alerts, reportError } from './alerts.svelte';
import { ChatSession, recoverInterrupted } from './chat.svelte';
import { cloud } from './cloud.svelte';
import { conversations } from './conversations.svelte';
import { finishErase, userData } from './data.svelte';
import { draftWritten, erasedAt, forgetDraft, openDraft } from './draft';
import { LocalModel } from './model.svelte';
import { offline } from './offline.svelte';
import { preferences } from './preferences.svelte';
import { Models } from './models.svelte';
import { storage } from './storage.svelte';
import { sync, type SyncEvent } from './sync';
import { vault } from './vault.svelte';

export const engine = new LocalEngineClient();
export const localModel = new LocalModel(engine);
export const chat = new ChatSession(engine, localModel);
export const models = new Models(engine, localModel);

const DAY_MS = 24 * 60 * 60 * 1000;

class AppState {
  #config = $state.raw<SottoConfig | null>(null);

  get config(): SottoConfig | null {
    return this.#config;
  }

  /** Runs once at start-up; every failure ends in an alert that says what to do. */
  async boot(configUrl = `${import.meta.env.BASE_URL}config.json`): Promise<void> {
    db.setDbEvents({
      onStale: () => alerts.show('Sotto was updated in another tab. Reload this tab to keep working.', { label: 'Reload', run: () => location.reload() }),
      onBlocked: () => alerts.show('Another Sotto tab is still open with an older version. Reload or close it so this tab can finish updating.'),
    });
    sync.listen((event) => void onOtherTab(event));
    watchForErase();
    // An Erase everything cut short (the tab closed midway) is finished before the user's data is
    // read or a model is loaded; the config, which holds nothing of the user's, loads meanwhile.
    const erased = finishUnfinishedErase();
    const configured = loadCatalog().then((known) => loadConfig(configUrl, known, savedConfig(configUrl))).then(checkPolicy);
    // Nothing of the user's is read before the vault (if it is on) is unlocked; the model, which
    // holds nothing of theirs, loads meanwhile.
    const readable = erased.then(() =>
      openVault(
        configured.then(
          (config) => ({ policy: config.vault, autoLockMinutes: config.autoLockMinutes }),
          () => ({ policy: 'optional' as const, autoLockMinutes: DEFAULT_AUTO_LOCK_MINUTES }),
        ),
        earlierVaultPolicy(),
      ),
    );
    const data = readable.then(openData);
    try {
      const [config, caps, preferred] = await Promise.all([configured, probeDevice(), db.getSetting<string>('preferredModel').catch(() => undefined)]);
      this.#config = config;
      await erased;
      await Promise.all([
        readable.then(() => cloud.configure(config.cloud)).catch((err: unknown) => reportError(err, 'reading the cloud settings')),
        localModel.start(config.models, caps, preferred ?? null, config.download),
      ]);
    } catch (err) {
      localModel.halt();
      if (err instanceof ConfigError) {
        alerts.show(`Sotto cannot start: ${err.message} Ask your IT admin to fix config.json.`);
      } else {
        reportError(err, 'starting Sotto');
      }
    }
    await data;
  }
}

/** The last config that loaded, kept in IndexedDB so that Sotto starts with no network. */
function savedConfig(configUrl: string): ConfigCopy {
  return {
    read: () => {
      // The config could not be fetched at all: the app is offline, whatever the browser says.
      offline.unreachable(() => serverReachable(configUrl));
      return db.getSetting<unknown>('deploymentConfig');
    },
    write: (raw) => db.setSetting('deploymentConfig', raw),
  };
}

/** The lock policy of the config that loaded last time (null on a first start): the list need not wait for config.json. */
async function earlierVaultPolicy(): Promise<VaultPolicy | null> {
  const raw = await db.getSetting<unknown>('deploymentConfig');
  if (typeof raw !== 'object' || raw === null) return null;
  return (raw as { vault?: unknown }).vault === 'required' ? 'required' : 'optional';
}

/** Refuses a config that names hosts this build's Content-Security-Policy would block. */
function checkPolicy(config: SottoConfig): SottoConfig {
  if (!policyConnect) return config;
  const problems = outsidePolicy(config, policyConnect, location.origin, (id) => webllmRow(id)?.origins);
  if (problems.length > 0) throw new ConfigError(problems);
  return config;
}

/** Opens the vault (resolves once the user's data may be read); a reply streaming when it locks is saved first. */
async function openVault(deployment: Parameters<typeof vault.open>[0], earlier: Promise<VaultPolicy | null>): Promise<void> {
  vault.beforeLock(async () => {
    await chat.settle();
    await draftWritten();
  });
  try {
    await vault.open(deployment, earlier);
  } catch (err) {
    reportError(err, 'opening the lock');
  }
  chat.draft = (await openDraft()) || chat.draft;
}

/** Finishes an Erase everything that a closed tab cut short (its marker is still in the database). */
async function finishUnfinishedErase(): Promise<void> {
  try {
    const unfinished = await db.pendingErase();
    if (unfinished) await finishErase(unfinished.alsoModels);
  } catch (err) {
    reportError(err, 'finishing Erase everything');
  }
}

/** Conversations and settings: list, apply retention, recover replies cut off by a closed tab. */
async function openData(): Promise<void> {
  try {
    const recovered = recoverInterrupted();
    recovered.catch(() => undefined);
    // The list first: retention then removes anything too old (from the end of the list).
    await Promise.all([conversations.load(), userData.loadSettings(), preferences.load()]);
    await userData.applyRetention();
    await recovered;
    setInterval(() => void userData.applyRetention().catch((err: unknown) => reportError(err, 'deleting old conversations')), DAY_MS);
    await storage.refresh();
  } catch (err) {
    reportError(err, 'opening your conversations');
  }
}

/** Keeps this tab in step with what another tab changed. */
async function onOtherTab(event: SyncEvent): Promise<void> {
  try {
    switch (event.type) {
      case 'conversations':
        await conversations.refresh();
        if (chat.conversationId && !conversations.find(chat.conversationId)) await chat.open(null);
        break;
      case 'messages': {
        const conversation = await db.getConversation(event.conversationId);
        if (conversation) conversations.upsert(conversation);
        if (chat.conversationId === event.conversationId) await chat.reload();
        break;
      }
      case 'settings':
        await Promise.all([userData.loadSettings(), preferences.reload()]);
        break;
      case 'erasing':
        // Another tab is erasing everything: stop the reply, and forget this tab's draft. (The
        // privacy log refuses new entries by itself: the erase leaves a marker in the database.)
        chat.stop();
        forgetDraft();
        break;
      case 'erased':
        location.reload();
        break;
    }
  } catch (err) {
    reportError(err, 'updating from another tab');
  }
}

/**
 * A tab that missed the erase message (frozen, or asleep in the background) starts afresh when it
 * is next shown: what it still holds in memory was erased everywhere else.
 */
function watchForErase(): void {
  const openedAt = Date.now();
  const check = () => {
    if (document.visibilityState !== 'visible' || erasedAt() <= openedAt) return;
    forgetDraft();
    location.reload();
  };
  document.addEventListener('visibilitychange', check);
  addEventListener('pageshow', check);
  addEventListener('focus', check);
}

export const app = new AppState();
