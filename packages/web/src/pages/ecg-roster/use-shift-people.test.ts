import type { User } from '@gesang/domain';
import { describe, expect, it } from 'vitest';
import { shiftPeople } from './use-shift-people.js';

const centre = '00000000-0000-4000-8000-00000000aaaa';
const county = '00000000-0000-4000-8000-00000000bbbb';

let next = 0;
const user = (displayName: string, memberships: User['memberships'], disabled = false): User => {
  next += 1;
  return {
    id: `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`,
    username: `u${String(next)}`,
    displayName,
    locale: 'zh-CN',
    disabled,
    totpEnabled: false,
    lockedUntil: null,
    memberships,
    createdAt: '2025-03-01T00:00:00.000Z',
  };
};

describe('shiftPeople', () => {
  it('lists the enabled members of the organisation, readers first, by name', () => {
    const people = shiftPeople(
      [
        user('Zhao', [{ orgId: centre, roles: ['ecg_reader'] }]),
        user('Admin', [{ orgId: centre, roles: ['org_admin'] }]),
        user('Chen', [{ orgId: centre, roles: ['ecg_reader', 'org_admin'] }]),
        user('Gone', [{ orgId: centre, roles: ['ecg_reader'] }], true),
        // A reader of another organisation is no member here.
        user('Elsewhere', [{ orgId: county, roles: ['ecg_reader'] }]),
      ],
      centre,
    );
    expect(people.map((p) => [p.displayName, p.reads])).toEqual([
      ['Chen', true],
      ['Zhao', true],
      ['Admin', false],
    ]);
  });
});
