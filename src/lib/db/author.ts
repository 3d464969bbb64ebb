/** Who wrote a message, in the words the conversation and the Markdown export both use. */
import type { MessageRecord } from './types';

/**
 * "You", "Nano (on this device)" or "Mini (cloud)"; a reply that came in with an import keeps what
 * the file claims, but says so ("Imported · said to be …"), so it cannot pass for one made here.
 */
export function authorLabel(message: Pick<MessageRecord, 'role' | 'provenance' | 'imported'>): string {
  if (message.role === 'user') return 'You';
  const author = message.provenance?.where === 'cloud' ? 'Mini (cloud)' : 'Nano (on this device)';
  return message.imported ? `Imported · said to be ${author}` : author;
}
