/**
 * What a Mini request is: the exact body that leaves the device, built from the masked messages,
 * and the host it goes to. Small and loaded with the app; the code that sends it (mini.ts) loads
 * with the first cloud request.
 */
import type { CloudEndpoint } from '../config/config';
import type { ChatMessage } from '../engine/types';

export type ReasoningEffort = 'none' | 'low' | 'medium' | 'high';

/** What leaves the device, exactly as the review dialog shows it. */
export interface MiniRequest {
  endpoint: CloudEndpoint;
  url: string;
  body: string;
}

/** The request for these messages: the body is the exact JSON text that will be sent. */
export function buildRequest(endpoint: CloudEndpoint, messages: ChatMessage[], effort: ReasoningEffort | null): MiniRequest {
  const body = JSON.stringify({
    model: endpoint.model,
    messages,
    stream: true,
    ...(effort ? { reasoning_effort: effort } : {}),
  });
  return { endpoint, url: `${endpoint.baseUrl}/chat/completions`, body };
}

/** "api.openai.com" for "https://api.openai.com/v1/chat/completions". */
export function urlHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return 'The cloud endpoint';
  }
}
