/**
 * The one gate to the cloud: a request may leave the device only with a consent token that the
 * review dialog minted, after the user saw it, for exactly that body and that endpoint. A token
 * works once. Tokens are objects this module hands out; one made anywhere else is refused.
 */

/** Proof that the user approved one exact request. Opaque outside this module. */
export interface ConsentToken {
  readonly endpointUrl: string;
  readonly approvedAt: number;
}

export class ConsentError extends Error {
  override name = 'ConsentError';
}

interface Grant {
  digest: string;
  used: boolean;
}

/** SHA-256 of what exactly will be sent where. */
async function digestOf(endpointUrl: string, body: string): Promise<string> {
  const bytes = new TextEncoder().encode(`${endpointUrl}\n${body}`);
  const hash = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(hash), (b) => b.toString(16).padStart(2, '0')).join('');
}

export class ConsentGate {
  #grants = new WeakMap<ConsentToken, Grant>();

  /** Called by the review dialog's "Send once", with the body it showed. */
  async mint(endpointUrl: string, body: string, now = Date.now()): Promise<ConsentToken> {
    const token: ConsentToken = Object.freeze({ endpointUrl, approvedAt: now });
    this.#grants.set(token, { digest: await digestOf(endpointUrl, body), used: false });
    return token;
  }

  /** Spends the token for this exact request; throws ConsentError for anything else. */
  async redeem(token: ConsentToken | null | undefined, endpointUrl: string, body: string): Promise<void> {
    const grant = token ? this.#grants.get(token) : undefined;
    if (!grant) throw new ConsentError('Nothing was sent: this request was not approved in the review dialog.');
    if (grant.used) throw new ConsentError('Nothing was sent: an approval is good for one request only. Review it again to send it.');
    if ((await digestOf(endpointUrl, body)) !== grant.digest) {
      throw new ConsentError('Nothing was sent: the request changed after you reviewed it. Review it again to send it.');
    }
    grant.used = true;
  }
}

/** The app's one gate. */
export const consentGate = new ConsentGate();
