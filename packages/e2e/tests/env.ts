/**
 * What specs need to know about the server under test. playwright.config.ts sets these in the
 * runner's environment before workers start; reading them anywhere else is a setup error.
 */
function required(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === '') {
    throw new Error(`${name} is not set: run the specs through packages/e2e/playwright.config.ts`);
  }
  return value;
}

/** Origin of the server under test, e.g. `http://127.0.0.1:41234` (also `use.baseURL`). */
export const baseURL = required('GESANG_E2E_BASE_URL');

/** Password of every seeded demo user (the server's GESANG_DEMO_PASSWORD). */
export const demoPassword = required('GESANG_DEMO_PASSWORD');
