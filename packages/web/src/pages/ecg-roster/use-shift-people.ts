/** The people a shift may be given to: the organisation's enabled members, readers marked. */
import { permissionsOf, type User } from '@gesang/domain';
import { useEffect, useState } from 'react';
import { listUsers } from '../../api/users.js';

/** One person of the picker. */
export interface ShiftPerson {
  id: string;
  displayName: string;
  username: string;
  /** Holds `ecg:report` there (an ECG reader): may take primary and backup shifts. */
  reads: boolean;
}

/**
 * The enabled members of `orgId` as picker entries, readers first, then by name. The server takes
 * primary and backup shifts only from readers, a coordinator's shift from any member.
 * @example shiftPeople(users, centreId).filter((p) => p.reads)
 */
export function shiftPeople(users: readonly User[], orgId: string): ShiftPerson[] {
  return users
    .filter((u) => !u.disabled)
    .flatMap((u) => {
      const roles = u.memberships.find((m) => m.orgId === orgId)?.roles ?? [];
      if (roles.length === 0) {
        return [];
      }
      const reads = permissionsOf(roles).has('ecg:report');
      return [{ id: u.id, displayName: u.displayName, username: u.username, reads }];
    })
    .sort(
      (a, b) => Number(b.reads) - Number(a.reads) || a.displayName.localeCompare(b.displayName),
    );
}

/** Most members one organisation's picker lists (the users API pages at 200). */
const pageSize = 200;

/**
 * Load the members of `orgId` for the shift editor (needs `user:read` there, which its
 * administrators hold); nothing when `orgId` is null.
 * @example const { people, error } = useShiftPeople(open ? orgId : null);
 */
export function useShiftPeople(orgId: string | null): {
  people: ShiftPerson[];
  loading: boolean;
  error: unknown;
} {
  const [people, setPeople] = useState<ShiftPerson[]>([]);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);
  useEffect(() => {
    if (orgId === null) {
      return undefined;
    }
    let live = true;
    setLoading(true);
    listUsers({ orgId, limit: pageSize })
      .then((page) => {
        if (live) {
          setPeople(shiftPeople(page.items, orgId));
          setError(null);
        }
      })
      .catch((caught: unknown) => live && setError(caught))
      .finally(() => live && setLoading(false));
    return () => {
      live = false;
    };
  }, [orgId]);
  return { people, loading, error };
}
