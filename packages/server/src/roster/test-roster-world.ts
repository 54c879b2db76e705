/**
 * Shared set-up of the roster and escalation integration tests; not used by the server itself.
 * Every call creates fresh organisations and people with random codes.
 *
 *   county ──ecg──▶ hub (prefecture: readers, backup, on-call cardiologist, admin)
 *          └─ecg──▶ centre (reading centre: reader, coordinator)
 */
import type { Role } from '@gesang/domain';
import type { FastifyInstance } from 'fastify';
import type { Db } from '../db/database.js';
import { rosterShifts } from '../db/schema/index.js';
import { createGrant, createOrg, createUser, signIn, type Client } from '../../test/fixtures.js';

/** A person of the world: id, username and a signed-in client. */
export interface WorldPerson {
  id: string;
  username: string;
  client: Client;
}

/** The organisations and people of one test world. */
export interface RosterWorld {
  hub: string;
  centre: string;
  county: string;
  hubAdmin: WorldPerson;
  hubReader: WorldPerson;
  nightReader: WorldPerson;
  backup: WorldPerson;
  cardiologist: WorldPerson;
  centreReader: WorldPerson;
  coordinator: WorldPerson;
  tech: WorldPerson;
}

/** Builds a fresh world and signs everybody in (on `app`). */
export async function createRosterWorld(app: FastifyInstance, db: Db): Promise<RosterWorld> {
  const hub = (await createOrg(db, { kind: 'prefecture' })).id;
  const centre = (await createOrg(db, { kind: 'reading_centre' })).id;
  const county = (await createOrg(db, { kind: 'county', parentId: hub })).id;
  await createGrant(db, county, hub, 'ecg');
  await createGrant(db, county, centre, 'ecg');
  const person = async (orgId: string, role: Role): Promise<WorldPerson> => {
    const user = await createUser(db, [[orgId, role]]);
    return { id: user.id, username: user.username, client: await signIn(app, user.username) };
  };
  return {
    hub,
    centre,
    county,
    hubAdmin: await person(hub, 'org_admin'),
    hubReader: await person(hub, 'ecg_reader'),
    nightReader: await person(hub, 'ecg_reader'),
    backup: await person(hub, 'ecg_reader'),
    cardiologist: await person(hub, 'ecg_reader'),
    centreReader: await person(centre, 'ecg_reader'),
    coordinator: await person(centre, 'ecg_reader'),
    tech: await person(county, 'ecg_technician'),
  };
}

/** One shift row, inserted directly (weekly, every day unless `weekdays` is given). */
export async function addShifts(
  db: Db,
  shift: {
    orgId: string;
    userId: string;
    role: 'primary' | 'backup' | 'coordinator';
    onCallCardiologist?: boolean;
    startMinute: number;
    endMinute: number;
    weekdays?: number[];
  },
): Promise<void> {
  await db.insert(rosterShifts).values(
    (shift.weekdays ?? [1, 2, 3, 4, 5, 6, 7]).map((weekday) => ({
      orgId: shift.orgId,
      userId: shift.userId,
      role: shift.role,
      onCallCardiologist: shift.onCallCardiologist ?? false,
      weekday,
      startMinute: shift.startMinute,
      endMinute: shift.endMinute,
    })),
  );
}

/**
 * Polls `check` every 50 ms until it returns a value other than undefined, or throws after
 * `timeoutMs` naming `what`.
 */
export async function eventually<T>(
  what: string,
  check: () => Promise<T | undefined>,
  timeoutMs = 5000,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) {
      return value;
    }
    if (Date.now() > until) {
      throw new Error(`${what}: not within ${timeoutMs} ms`);
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}
