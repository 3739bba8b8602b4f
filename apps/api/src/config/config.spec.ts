import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('fills the documented defaults', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('0.0.0.0');
    expect(c.publicUrl).toBe('http://localhost:3000');
    expect(c.databaseUrl).toBeUndefined();
    expect(c.smtpUrl).toBeUndefined();
    expect(c.mailFrom).toBe('no-reply@localhost');
    expect(c.allowSignup).toBe(true);
    expect(c.seedDemo).toBe(true);
    expect(c.dataDir.endsWith('.data')).toBe(true);
  });

  it('derives PUBLIC_URL from PORT and strips a trailing slash', () => {
    expect(loadConfig({ PORT: '8080' }).publicUrl).toBe('http://localhost:8080');
    expect(loadConfig({ PUBLIC_URL: 'https://survey.example.jp/' }).publicUrl).toBe(
      'https://survey.example.jp',
    );
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['SMTP_URL', 'http://mail'],
    ['ALLOW_SIGNUP', 'maybe'],
    ['PUBLIC_URL', 'not a url'],
    ['HOST', '0.0.0.0; rm'],
  ])('names %s when it is %s', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`${name}:`));
  });

  it('listens where HOST says', () => {
    expect(loadConfig({ HOST: '127.0.0.1' }).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
  });

  it('reads booleans', () => {
    expect(loadConfig({ ALLOW_SIGNUP: 'false', SEED_DEMO: '0' })).toMatchObject({
      allowSignup: false,
      seedDemo: false,
    });
  });
});
