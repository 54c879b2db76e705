import { minutesOfDay, normalizePinyin, residentIdCheckChar } from '@gesang/domain';
import { count, eq, inArray } from 'drizzle-orm';
import { hashPassword } from '../auth/password.js';
import type { Db } from '../db/database.js';
import {
  departments,
  memberships,
  orgGrants,
  organisations,
  patientIdentifiers,
  patientOrgs,
  patients,
  rosterShifts,
  users,
} from '../db/schema/index.js';
import {
  countyDepartments,
  demoGrants,
  demoOrganisations,
  hubDepartments,
} from './demo-organisations.js';
import { seedDemoCases } from './demo-cases.js';
import { demoPatients, demoUsers } from './demo-people.js';
import { demoRoster } from './demo-roster.js';

/** What {@link seedDemo} did. */
export interface SeedResult {
  /** True when the consortium was loaded now (the database was empty). */
  loaded: boolean;
  /** True when demo passwords were set now (first load, or GESANG_DEMO_PASSWORD given). */
  passwordSet: boolean;
  usernames: string[];
}

/**
 * Loads the demo consortium (organisations, grants, patients, logins and the readers' roster)
 * unless it is there already. On later starts it only resets the demo
 * logins' password when `password` comes from GESANG_DEMO_PASSWORD.
 */
export async function seedDemo(
  db: Db,
  password: string,
  passwordFromEnv: boolean,
): Promise<SeedResult> {
  const usernames = demoUsers.map((u) => u.username);
  // The hub's code marks the demo as loaded (an operator's own data never uses demo codes).
  const [existing] = await db
    .select({ n: count() })
    .from(organisations)
    .where(eq(organisations.code, 'xigaze-peoples'));
  if ((existing?.n ?? 0) > 0) {
    if (passwordFromEnv) {
      await db
        .update(users)
        .set({ passwordHash: await hashPassword(password), failedLogins: 0, lockedUntil: null })
        .where(inArray(users.username, usernames));
    }
    // A consortium loaded before demo cases existed gets them now (once: idempotent).
    await seedDemoCases(db, new Date());
    return { loaded: false, passwordSet: passwordFromEnv, usernames };
  }
  const passwordHash = await hashPassword(password);
  await db.transaction(async (tx) => {
    const orgId = new Map<string, string>();
    for (const org of demoOrganisations) {
      const [row] = await tx
        .insert(organisations)
        .values({
          code: org.code,
          kind: org.kind,
          parentId: org.parent === null ? null : (orgId.get(org.parent) ?? null),
          nameZh: org.zh,
          nameEn: org.en,
          nameBo: org.bo,
        })
        .returning({ id: organisations.id });
      orgId.set(org.code, row?.id ?? '');
    }
    const id = (code: string): string => {
      const value = orgId.get(code);
      if (value === undefined) {
        throw new Error(`demo seed: unknown organisation ${code}`);
      }
      return value;
    };
    const deptRows = hubDepartments.map(([code, zh, en, bo]) => ({
      orgId: id('xigaze-peoples'),
      code,
      nameZh: zh,
      nameEn: en,
      nameBo: bo,
    }));
    for (const org of demoOrganisations.filter(
      (o) => o.kind === 'county' || o.code === 'ngari-peoples',
    )) {
      deptRows.push(
        ...countyDepartments.map(([code, zh, en, bo]) => ({
          orgId: id(org.code),
          code,
          nameZh: zh,
          nameEn: en,
          nameBo: bo,
        })),
      );
    }
    await tx.insert(departments).values(deptRows);
    await tx
      .insert(orgGrants)
      .values(
        demoGrants.flatMap(([from, to, scopes]) =>
          scopes.map((scope) => ({ fromOrgId: id(from), toOrgId: id(to), scope })),
        ),
      );
    const patientId = new Map<string, string>();
    for (const p of demoPatients) {
      const [row] = await tx
        .insert(patients)
        .values({
          nameZh: p.nameZh,
          nameBo: p.nameBo,
          namePinyin: p.namePinyin,
          pinyinKey: normalizePinyin(p.namePinyin),
          sex: p.sex,
          birthDate: `${p.residentIdBody.slice(6, 10)}-${p.residentIdBody.slice(10, 12)}-${p.residentIdBody.slice(12, 14)}`,
          createdByOrgId: id(p.orgCode),
        })
        .returning({ id: patients.id });
      const pid = row?.id ?? '';
      patientId.set(p.key, pid);
      await tx.insert(patientIdentifiers).values([
        {
          patientId: pid,
          system: 'resident-id',
          value: p.residentIdBody + residentIdCheckChar(p.residentIdBody),
          orgId: null,
        },
        { patientId: pid, system: 'mrn', value: p.mrn, orgId: id(p.orgCode) },
      ]);
      await tx.insert(patientOrgs).values({ patientId: pid, orgId: id(p.orgCode) });
    }
    const userId = new Map<string, string>();
    // Memberships a millisecond apart, in the order listed: a login acts first for its first one.
    const since = Date.now();
    for (const u of demoUsers) {
      const [row] = await tx
        .insert(users)
        .values({
          username: u.username,
          displayName: u.displayName,
          locale: u.locale,
          passwordHash,
          patientId: u.patientKey === undefined ? null : (patientId.get(u.patientKey) ?? null),
        })
        .returning({ id: users.id });
      userId.set(u.username, row?.id ?? '');
      await tx.insert(memberships).values(
        u.roles.map(([code, role], index) => ({
          userId: row?.id ?? '',
          orgId: id(code),
          role,
          createdAt: new Date(since + index),
        })),
      );
    }
    await tx.insert(rosterShifts).values(
      demoRoster.flatMap((shift) =>
        shift.weekdays.map((weekday) => ({
          orgId: id(shift.orgCode),
          userId: userId.get(shift.username) ?? '',
          role: shift.role,
          onCallCardiologist: shift.onCallCardiologist,
          weekday,
          startMinute: minutesOfDay(shift.startTime),
          endMinute: minutesOfDay(shift.endTime),
        })),
      ),
    );
  });
  const [check] = await db.select({ n: count() }).from(users).where(eq(users.username, 'admin'));
  if ((check?.n ?? 0) !== 1) {
    throw new Error('demo seed did not create the admin login');
  }
  // A year of the five centres' cases up to today, marked demo (dashboards alive at first start).
  await seedDemoCases(db, new Date());
  return { loaded: true, passwordSet: true, usernames };
}
