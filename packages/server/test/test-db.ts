/** Which database the server suite runs on: `GESANG_TEST_DB=pglite` (default) or `postgres`. */
export function testDbKind(): 'pglite' | 'postgres' {
  return process.env.GESANG_TEST_DB === 'postgres' ? 'postgres' : 'pglite';
}

/** The PostgreSQL test database (`GESANG_TEST_DATABASE_URL`); required when running on postgres. */
export function testDatabaseUrl(): string {
  const url = process.env.GESANG_TEST_DATABASE_URL;
  if (url === undefined || url === '') {
    throw new Error('GESANG_TEST_DB=postgres needs GESANG_TEST_DATABASE_URL (npm test sets it)');
  }
  return url;
}
