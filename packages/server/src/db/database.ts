import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import type * as schema from './schema/index.js';

/** The drizzle handle used everywhere: the same type on PGlite and on PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

/** A transaction handle (same query API as {@link Db}). */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

/** Either the database or a transaction inside it. */
export type DbOrTx = Db | Tx;

/** An open database: the drizzle handle plus how to close it. */
export interface Database {
  db: Db;
  /** `pglite` (embedded, in a data folder or in memory) or `postgres` (a server). */
  kind: 'pglite' | 'postgres';
  /** Round-trips a trivial query; rejects when the database does not answer. */
  ping(): Promise<void>;
  /** Closes connections (and the PGlite instance). */
  close(): Promise<void>;
}
