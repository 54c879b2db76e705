/**
 * The app's places: path, menu entry and the permission that shows each. Page components are
 * attached in `routes.tsx`, so pages may import this file without an import cycle.
 */
import {
  ApartmentOutlined,
  AuditOutlined,
  BarChartOutlined,
  CloudUploadOutlined,
  FundOutlined,
  HeartOutlined,
  HomeOutlined,
  LineChartOutlined,
  MonitorOutlined,
  SafetyCertificateOutlined,
  ScheduleOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Permission } from '@gesang/domain';
import type { ReactNode } from 'react';

/** Menu keys; each is also the i18n key `nav.<key>`. */
export type NavKey =
  | 'home'
  | 'ecgDesk'
  | 'patients'
  | 'ecgPreview'
  | 'ecgWorklist'
  | 'ecgStats'
  | 'ecgRoster'
  | 'centreBoard'
  | 'centreMetrics'
  | 'organisations'
  | 'users'
  | 'roles'
  | 'audit';

/** One place in the app. */
export interface NavItem {
  path: string;
  key: NavKey;
  icon: ReactNode;
  /** Shown (in the menu and by URL) only with this permission in the acting organisation. */
  permission?: Permission;
  /** Shown also with this permission (a page serving two kinds of users). */
  alsoPermission?: Permission;
  /** Grouped under "Administration" in the menu. */
  admin: boolean;
  /** Deeper paths the same page serves (`/ecg/read/` + a study id), matched by prefix. */
  subPaths?: readonly string[];
}

/** Every place, in menu order. */
export const navItems: readonly NavItem[] = [
  { path: '/', key: 'home', icon: <HomeOutlined />, admin: false },
  // The county technician's first stop: send ECGs and follow each to its signed report.
  {
    path: '/ecg/desk',
    key: 'ecgDesk',
    icon: <CloudUploadOutlined />,
    permission: 'ecg:upload',
    admin: false,
    subPaths: ['/ecg/desk/'],
  },
  {
    path: '/patients',
    key: 'patients',
    icon: <UserOutlined />,
    permission: 'patient:read',
    admin: false,
  },
  // Every role with ecg:upload also holds ecg:read (domain/roles.ts), so one permission covers both.
  {
    path: '/ecg/preview',
    key: 'ecgPreview',
    icon: <FundOutlined />,
    permission: 'ecg:read',
    admin: false,
  },
  {
    path: '/ecg/worklist',
    key: 'ecgWorklist',
    icon: <MonitorOutlined />,
    permission: 'ecg:report',
    admin: false,
    subPaths: ['/ecg/read/'],
  },
  // SLA statistics: readers, coordinators and county staff see their organisation's studies
  // (ecg:read); administrators oversee the service's quality without reading ECGs (audit:read).
  {
    path: '/ecg/stats',
    key: 'ecgStats',
    icon: <BarChartOutlined />,
    permission: 'ecg:read',
    alsoPermission: 'audit:read',
    admin: false,
  },
  // Duty roster: readers and coordinators see who is on duty and their week; administrators of a
  // reading organisation edit it (the server checks org:manage in that organisation).
  {
    path: '/ecg/roster',
    key: 'ecgRoster',
    icon: <ScheduleOutlined />,
    permission: 'ecg:report',
    alsoPermission: 'org:manage',
    admin: false,
  },
  // The chest-pain (and other centres') coordinator's live board and case pages.
  {
    path: '/centres/board',
    key: 'centreBoard',
    icon: <HeartOutlined />,
    permission: 'case:manage',
    admin: false,
    subPaths: ['/centres/cases/'],
  },
  // Five-centre quality dashboards and exports: the coordinators who run the centres (case:manage)
  // and the administrators who answer for quality and accreditation without treating patients
  // (audit:read). The server applies the same either-or and scopes the cases to the acting
  // organisation's subtree (every organisation for a consortium administrator).
  {
    path: '/centres/metrics',
    key: 'centreMetrics',
    icon: <LineChartOutlined />,
    permission: 'case:manage',
    alsoPermission: 'audit:read',
    admin: false,
  },
  {
    path: '/admin/organisations',
    key: 'organisations',
    icon: <ApartmentOutlined />,
    permission: 'org:manage',
    admin: true,
  },
  {
    path: '/admin/users',
    key: 'users',
    icon: <TeamOutlined />,
    permission: 'user:manage',
    admin: true,
  },
  {
    path: '/admin/roles',
    key: 'roles',
    icon: <SafetyCertificateOutlined />,
    permission: 'user:manage',
    admin: true,
  },
  {
    path: '/admin/audit',
    key: 'audit',
    icon: <AuditOutlined />,
    permission: 'audit:read',
    admin: true,
  },
];

/** The places a user with `permissions` may open. */
export function allowedNavItems(permissions: readonly Permission[]): NavItem[] {
  return navItems.filter(
    (r) =>
      r.permission === undefined ||
      permissions.includes(r.permission) ||
      (r.alsoPermission !== undefined && permissions.includes(r.alsoPermission)),
  );
}

/** The place for a path (ignoring a trailing slash) among `allowed`, or undefined. */
export function matchNavItem<T extends NavItem>(
  path: string,
  allowed: readonly T[],
): T | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return allowed.find(
    (r) => r.path === clean || (r.subPaths ?? []).some((prefix) => clean.startsWith(prefix)),
  );
}
