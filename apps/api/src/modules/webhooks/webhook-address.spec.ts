import { describe, expect, it } from 'vitest';
import { checkWebhookUrl, isRefusedAddress } from './webhook-address';

describe('webhook address guard', () => {
  it.each([
    '127.0.0.1', '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0',
    '224.0.0.1', '::1', '::', 'fe80::1', 'fd00::1', '::ffff:127.0.0.1', '::ffff:10.0.0.1', 'not-an-address',
  ])('refuses %s', (a) => expect(isRefusedAddress(a)).toBe(true));

  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (a) =>
    expect(isRefusedAddress(a)).toBe(false),
  );

  it('checks what a name resolves to, unless private addresses are allowed', async () => {
    await expect(checkWebhookUrl('http://localhost:8080/x', false)).rejects.toThrow(/resolves to/);
    await expect(checkWebhookUrl('http://[::1]/x', false)).rejects.toThrow(/private, loopback or link-local/);
    await expect(checkWebhookUrl('http://localhost:8080/x', true)).resolves.toBeUndefined();
  });
});
