import { describe, expect, it } from 'vitest';
import { resolveTarget } from '../../src/webhooks/target.ts';

describe('a refused private webhook target', () => {
  it('names the setting that allows it, so a developer with a local receiver knows what to set', async () => {
    await expect(resolveTarget(new URL('http://127.0.0.1:9/hook'), false)).rejects.toThrow(
      /resolves to a private address \(127\.0\.0\.1\); refused \(set WEBHOOK_ALLOW_PRIVATE_TARGETS=true/,
    );
  });
});
