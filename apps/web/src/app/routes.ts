import type { RouteRecordRaw } from 'vue-router';
import { auditRoutes } from '@/features/audit/routes';
import { authRoutes } from '@/features/auth/routes';
import { campaignsRoutes } from '@/features/campaigns/routes';
import { correctiveActionsRoutes } from '@/features/corrective-actions/routes';
import { grievancePageRoutes } from '@/features/grievances-public/routes';
import { accountRoutes } from '@/features/account/routes';
import { approvalsRoutes } from '@/features/approvals/routes';
import { grievancesRoutes } from '@/features/grievances/routes';
import { integrationsRoutes } from '@/features/integrations/routes';
import { mailRoutes } from '@/features/mail/routes';
import { mfaRoutes } from '@/features/mfa/routes';
import { portalRoutes } from '@/features/portal/routes';
import { questionnairesRoutes } from '@/features/questionnaires/routes';
import { settingsRoutes } from '@/features/settings/routes';
import { consoleRoute } from '@/features/shell/routes';
import { suppliersRoutes } from '@/features/suppliers/routes';
import { usersRoutes } from '@/features/users/routes';

// Every view is its own chunk, and each feature lists its own pages (its routes.ts). The
// supplier portal (`/s/:token`) must load nothing of the console: its route imports only its
// own view, and the router's guard loads the auth store on demand, only for console pages.
export const routes: RouteRecordRaw[] = [
  ...authRoutes,
  consoleRoute([
    ...suppliersRoutes,
    ...questionnairesRoutes,
    ...campaignsRoutes,
    ...correctiveActionsRoutes,
    ...grievancesRoutes,
    ...approvalsRoutes,
    ...auditRoutes,
    ...usersRoutes,
    ...integrationsRoutes,
    ...settingsRoutes,
    ...mfaRoutes,
    ...accountRoutes,
    ...mailRoutes,
  ]),
  ...portalRoutes,
  ...grievancePageRoutes,
];
