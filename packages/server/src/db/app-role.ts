import type pg from 'pg';

/**
 * Creates (if missing) the NOLOGIN role the server runs its statements as, grants it ordinary
 * access to Gesang's tables, and withholds UPDATE, DELETE and TRUNCATE on the audit log.
 * @returns the role to `set role` to, or null when the connecting role lacks the privilege to
 *   manage roles (a DBA then provisions a restricted login role and puts it in DATABASE_URL).
 */
export async function setUpAppRole(
  client: pg.Client,
  role: string,
  log: (message: string) => void,
): Promise<string | null> {
  if (!/^[a-z_][a-z0-9_]*$/.test(role)) {
    throw new Error(`GESANG_DB_APP_ROLE must be a plain identifier, got ${role}`);
  }
  const me = await client.query<{ super: boolean; createrole: boolean; name: string }>(
    'select rolsuper as super, rolcreaterole as createrole, current_user as name from pg_roles where rolname = current_user',
  );
  const row = me.rows[0];
  if (row === undefined || (!row.super && !row.createrole) || row.name === role) {
    log('database role cannot manage roles; running as the connecting role');
    return null;
  }
  await client.query(`do $$ begin
    if not exists (select from pg_roles where rolname = '${role}') then
      create role "${role}" nologin;
    end if;
  end $$`);
  await client.query(`grant "${role}" to current_user`);
  await client.query(`grant usage on schema public to "${role}"`);
  await client.query(
    `grant select, insert, update, delete on all tables in schema public to "${role}"`,
  );
  await client.query(`grant usage, select on all sequences in schema public to "${role}"`);
  await client.query(`revoke update, delete, truncate on audit_events from "${role}"`);
  return role;
}
