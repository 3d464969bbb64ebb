/** Start-up: load the deployment config, probe the device, choose and load the local model. */
import { ConfigError, loadConfig, type SottoConfig } from '../config/config';
import { knownWebllmIds } from '../engine/catalog';
import { LocalEngineClient } from '../engine/local-engine';
import { probeDevice } from '../engine/probe';
import { alerts, reportError } from './alerts.svelte';
import { ChatSession } from './chat.svelte';
import { LocalModel } from './model.svelte';

export const engine = new LocalEngineClient();
export const localModel = new LocalModel(engine);
export const chat = new ChatSession(engine, localModel);

class AppState {
  #config = $state.raw<SottoConfig | null>(null);

  get config(): SottoConfig | null {
    return this.#config;
  }

  /** Runs once at start-up; every failure ends in an alert that says what to do. */
  async boot(configUrl = './config.json'): Promise<void> {
    try {
      const [config, caps] = await Promise.all([loadConfig(configUrl, knownWebllmIds), probeDevice()]);
      this.#config = config;
      await localModel.start(config.models, caps);
    } catch (err) {
      localModel.halt();
      if (err instanceof ConfigError) {
        alerts.show(`Sotto cannot start: ${err.message} Ask your IT admin to fix config.json.`);
      } else {
        reportError(err, 'starting Sotto');
      }
    }
  }
}

export const app = new AppState();
