import { describe, expect, it } from 'vitest';
import { ConsentGate, type ConsentToken } from './consent';

const url = 'https://api.example.com/v1/chat/completions';
const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hello [NAME_1]' }], stream: true });

describe('ConsentGate', () => {
  it('lets the approved body through once', async () => {
    const gate = new ConsentGate();
    const token = await gate.mint(url, body);
    await expect(gate.redeem(token, url, body)).resolves.toBeUndefined();
    await expect(gate.redeem(token, url, body)).rejects.toThrow('an approval is good for one request only');
  });

  it('refuses a body changed after consent, even by one character', async () => {
    const gate = new ConsentGate();
    const token = await gate.mint(url, body);
    await expect(gate.redeem(token, url, body.replace('[NAME_1]', 'John Smith'))).rejects.toThrow('the request changed after you reviewed it');
  });

  it('refuses another endpoint', async () => {
    const gate = new ConsentGate();
    const token = await gate.mint(url, body);
    await expect(gate.redeem(token, 'https://evil.example/v1/chat/completions', body)).rejects.toMatchObject({ name: 'ConsentError' });
  });

  it('refuses no token, and a token it did not mint', async () => {
    const gate = new ConsentGate();
    await expect(gate.redeem(null, url, body)).rejects.toThrow('not approved in the review dialog');
    const forged: ConsentToken = { endpointUrl: url, approvedAt: Date.now() };
    await expect(gate.redeem(forged, url, body)).rejects.toThrow('not approved in the review dialog');
    const other = await new ConsentGate().mint(url, body);
    await expect(gate.redeem(other, url, body)).rejects.toThrow('not approved in the review dialog');
  });
});
