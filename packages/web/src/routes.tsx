/**
 * The pages of the app: path, menu entry, the permission that shows it, and the page component
 * (loaded on first visit, so a county link downloads only what the user opens).
 */
import {
  AuditOutlined,
  ApartmentOutlined,
  HomeOutlined,
  SafetyCertificateOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { Permission } from '@gesang/domain';
import { lazy, type ComponentType, type LazyExoticComponent, type ReactNode } from 'react';

/** Menu keys; each is also the i18n key `nav.<key>`. */
export type NavKey = 'home' | 'patients' | 'organisations' | 'users' | 'roles' | 'audit';

/** One page of the app. */
export interface RouteDef {
  path: string;
  key: NavKey;
  icon: ReactNode;
  /** Shown (in the menu and by URL) only with this permission in the acting organisation. */
  permission?: Permission;
  /** Grouped under "Administration" in the menu. */
  admin: boolean;
  page: LazyExoticComponent<ComponentType>;
}

/** Every page, in menu order. */
export const routes: readonly RouteDef[] = [
  {
    path: '/',
    key: 'home',
    icon: <HomeOutlined />,
    admin: false,
    page: lazy(() => import('./pages/HomePage.js').then((m) => ({ default: m.HomePage }))),
  },
  {
    path: '/patients',
    key: 'patients',
    icon: <UserOutlined />,
    permission: 'patient:read',
    admin: false,
    page: lazy(() =>
      import('./pages/patients/PatientsPage.js').then((m) => ({ default: m.PatientsPage })),
    ),
  },
  {
    path: '/admin/organisations',
    key: 'organisations',
    icon: <ApartmentOutlined />,
    permission: 'org:manage',
    admin: true,
    page: lazy(() =>
      import('./pages/orgs/OrganisationsPage.js').then((m) => ({ default: m.OrganisationsPage })),
    ),
  },
  {
    path: '/admin/users',
    key: 'users',
    icon: <TeamOutlined />,
    permission: 'user:manage',
    admin: true,
    page: lazy(() => import('./pages/users/UsersPage.js').then((m) => ({ default: m.UsersPage }))),
  },
  {
    path: '/admin/roles',
    key: 'roles',
    icon: <SafetyCertificateOutlined />,
    permission: 'user:manage',
    admin: true,
    page: lazy(() => import('./pages/RolesPage.js').then((m) => ({ default: m.RolesPage }))),
  },
  {
    path: '/admin/audit',
    key: 'audit',
    icon: <AuditOutlined />,
    permission: 'audit:read',
    admin: true,
    page: lazy(() => import('./pages/audit/AuditPage.js').then((m) => ({ default: m.AuditPage }))),
  },
];

/** The pages a user with `permissions` may open. */
export function allowedRoutes(permissions: readonly Permission[]): RouteDef[] {
  return routes.filter((r) => r.permission === undefined || permissions.includes(r.permission));
}

/** The page for a path (ignoring a trailing slash), or undefined. */
export function matchRoute(path: string, allowed: readonly RouteDef[]): RouteDef | undefined {
  const clean = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return allowed.find((r) => r.path === clean);
}
