import { describe, expect, it } from 'vitest';
import { parseImportArgs } from './import-args.js';

describe('gesang import arguments', () => {
  const base = ['--watch', '.', '--server', 'https://gesang.example.cn'];

  it('takes the token from the environment when not given', () => {
    const args = parseImportArgs(base, { GESANG_DEVICE_TOKEN: 'gsd_abc' });
    expect(args).toMatchObject({ token: 'gsd_abc', once: false, check: true, settleMs: 2000 });
    expect(args.maxAttempts).toBe(Infinity);
    expect(
      parseImportArgs([...base, '--once'], { GESANG_DEVICE_TOKEN: 'gsd_abc' }).maxAttempts,
    ).toBe(5);
  });

  it('names the option at fault', () => {
    const env = { GESANG_DEVICE_TOKEN: 'gsd_abc' };
    const fieldOf = (args: string[], e: Record<string, string> = env): unknown => {
      try {
        parseImportArgs(args, e);
        return null;
      } catch (error) {
        return (error as { field?: unknown }).field;
      }
    };
    expect(fieldOf(['--server', 'https://x.cn'])).toBe('--watch');
    expect(fieldOf(['--watch', '/no/such/folder', '--server', 'https://x.cn'])).toBe('--watch');
    expect(fieldOf(['--watch', '.', '--server', 'not a url'])).toBe('--server');
    expect(fieldOf(['--watch', '.', '--server', 'ftp://x.cn'])).toBe('--server');
    expect(fieldOf(base, {})).toBe('--token');
    expect(fieldOf([...base, '--token', 'password'])).toBe('--token');
    expect(fieldOf([...base, '--settle-ms=-1'])).toBe('--settle-ms');
    expect(fieldOf([...base, '--max-attempts', '3'])).toBe('--max-attempts');
    expect(() => parseImportArgs([...base, '--bogus'], env)).toThrow(/bogus/);
  });
});
