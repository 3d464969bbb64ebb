/**
 * The code that talks to the cloud (cloud/mini.ts and its stream parser) loads with the first
 * cloud request or Test connection, not with the app: most conversations never leave the device.
 * Once loaded, it is told the app's offline state: a cloud request that reaches nothing makes the
 * app offline (the bar shows, the switch is off) until the network answers again.
 */
import { offline } from './offline.svelte';

type Mini = typeof import('../cloud/mini');

let loading: Promise<Mini> | null = null;

/** The Mini client (loaded once; a failed load is tried again next time). */
export function loadMini(): Promise<Mini> {
  loading ??= import('../cloud/mini').then(
    (mini) => {
      mini.useConnectivity(offline);
      return mini;
    },
    (err: unknown) => {
      loading = null;
      throw err;
    },
  );
  return loading;
}
