import { afterAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';

let t: TestApp | undefined;
afterAll(async () => {
  await t?.database.close();
});

describe('graceful shutdown', () => {
  it('finishes a request in flight, then refuses new connections', async () => {
    let arrived!: () => void;
    const requestArrived = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    t = await createTestApp({}, (app) => {
      app.get('/api/test/slow', { config: { public: true } }, async () => {
        arrived();
        await new Promise((resolve) => setTimeout(resolve, 700));
        return { finished: true };
      });
    });
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    const port = typeof address === 'object' && address !== null ? address.port : 0;
    const inFlight = fetch(`http://127.0.0.1:${port}/api/test/slow`);
    await requestArrived;
    const closing = t.app.close();
    const response = await inFlight;
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ finished: true });
    await closing;
    await expect(fetch(`http://127.0.0.1:${port}/health`)).rejects.toThrow();
  });
});
