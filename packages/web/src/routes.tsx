/**
 * The page component of each place in `nav.tsx`, loaded on first visit so that a county link
 * downloads only what the user opens.
 */
import type { Permission } from '@gesang/domain';
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { allowedNavItems, type NavItem, type NavKey } from './nav.js';

/** A place and its page. */
export interface RouteDef extends NavItem {
  page: LazyExoticComponent<ComponentType>;
}

const pages: Record<NavKey, LazyExoticComponent<ComponentType>> = {
  home: lazy(() => import('./pages/HomePage.js').then((m) => ({ default: m.HomePage }))),
  ecgDesk: lazy(() =>
    import('./pages/ecg-desk/EcgDeskPage.js').then((m) => ({ default: m.EcgDeskPage })),
  ),
  patients: lazy(() =>
    import('./pages/patients/PatientsPage.js').then((m) => ({ default: m.PatientsPage })),
  ),
  ecgPreview: lazy(() =>
    import('./pages/ecg/EcgPreviewPage.js').then((m) => ({ default: m.EcgPreviewPage })),
  ),
  ecgWorklist: lazy(() =>
    import('./pages/ecg-reader/ReaderPage.js').then((m) => ({ default: m.ReaderPage })),
  ),
  ecgStats: lazy(() =>
    import('./pages/ecg-stats/EcgStatsPage.js').then((m) => ({ default: m.EcgStatsPage })),
  ),
  ecgRoster: lazy(() =>
    import('./pages/ecg-roster/RosterPage.js').then((m) => ({ default: m.RosterPage })),
  ),
  centreBoard: lazy(() =>
    import('./pages/centres/CentresPage.js').then((m) => ({ default: m.CentresPage })),
  ),
  centreMetrics: lazy(() =>
    import('./pages/centre-metrics/CentreMetricsPage.js').then((m) => ({
      default: m.CentreMetricsPage,
    })),
  ),
  organisations: lazy(() =>
    import('./pages/orgs/OrganisationsPage.js').then((m) => ({ default: m.OrganisationsPage })),
  ),
  users: lazy(() => import('./pages/users/UsersPage.js').then((m) => ({ default: m.UsersPage }))),
  roles: lazy(() => import('./pages/RolesPage.js').then((m) => ({ default: m.RolesPage }))),
  audit: lazy(() => import('./pages/audit/AuditPage.js').then((m) => ({ default: m.AuditPage }))),
};

/** The pages a user with `permissions` may open, in menu order. */
export function allowedRoutes(permissions: readonly Permission[]): RouteDef[] {
  return allowedNavItems(permissions).map((item) => ({ ...item, page: pages[item.key] }));
}
