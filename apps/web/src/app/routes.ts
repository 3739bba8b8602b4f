import type { RouteRecordRaw } from 'vue-router';

// Every view is its own chunk. The supplier portal (`/s/:token`) must load nothing of the
// console: its route imports only its own view, and the guard in router.ts loads the auth store
// on demand, only for console pages.
export const routes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('../features/auth/LoginView.vue'), meta: { guestOnly: true, title: 'login' } },
  {
    path: '/signup',
    name: 'signup',
    component: () => import('../features/auth/SignupView.vue'),
    meta: { guestOnly: true, requiresSignup: true, title: 'signup' },
  },
  {
    path: '/',
    component: () => import('../features/shell/ConsoleLayout.vue'),
    meta: { requiresAuth: true },
    children: [
      { path: '', redirect: '/suppliers' },
      { path: 'suppliers', name: 'suppliers', component: () => import('../features/suppliers/SupplierListView.vue'), meta: { requiresAuth: true, title: 'suppliers' } },
      {
        path: 'suppliers/new',
        name: 'supplier-new',
        component: () => import('../features/suppliers/SupplierFormView.vue'),
        meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'supplierNew' },
      },
      {
        path: 'suppliers/import',
        name: 'supplier-import',
        component: () => import('../features/suppliers/SupplierImportView.vue'),
        meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'supplierImport' },
      },
      {
        path: 'suppliers/:id',
        name: 'supplier',
        component: () => import('../features/suppliers/SupplierDetailView.vue'),
        props: true,
        meta: { requiresAuth: true, title: 'supplier' },
      },
      {
        path: 'suppliers/:id/edit',
        name: 'supplier-edit',
        component: () => import('../features/suppliers/SupplierFormView.vue'),
        props: true,
        meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'supplierEdit' },
      },
      // Questionnaires: the static paths (compare, versions/…) rank above `:id` in vue-router.
      {
        path: 'questionnaires',
        name: 'questionnaires',
        component: () => import('../features/questionnaires/QuestionnaireListView.vue'),
        meta: { requiresAuth: true, title: 'questionnaires' },
      },
      {
        path: 'questionnaires/compare',
        name: 'questionnaire-compare',
        component: () => import('../features/questionnaires/CompareView.vue'),
        meta: { requiresAuth: true, title: 'questionnaireCompare' },
      },
      {
        path: 'questionnaires/versions/:versionId',
        name: 'questionnaire-version',
        component: () => import('../features/questionnaires/VersionView.vue'),
        props: true,
        meta: { requiresAuth: true, title: 'questionnaireVersion' },
      },
      {
        path: 'questionnaires/:id',
        name: 'questionnaire',
        component: () => import('../features/questionnaires/QuestionnaireDetailView.vue'),
        props: true,
        meta: { requiresAuth: true, title: 'questionnaire' },
      },
      {
        path: 'questionnaires/:id/draft',
        name: 'questionnaire-draft',
        component: () => import('../features/questionnaires/DraftEditorView.vue'),
        props: true,
        meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'questionnaireDraft' },
      },
      { path: 'campaigns', name: 'campaigns', component: () => import('../features/campaigns/CampaignListView.vue'), meta: { requiresAuth: true, title: 'campaigns' } },
      {
        path: 'campaigns/new',
        name: 'campaign-new',
        component: () => import('../features/campaigns/CampaignFormView.vue'),
        meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'campaignNew' },
      },
      {
        path: 'campaigns/:id',
        name: 'campaign',
        component: () => import('../features/campaigns/CampaignDetailView.vue'),
        props: true,
        meta: { requiresAuth: true, title: 'campaign' },
      },
      {
        path: 'responses/:id',
        name: 'response',
        component: () => import('../features/campaigns/ResponseDetailView.vue'),
        props: true,
        meta: { requiresAuth: true, title: 'response' },
      },
      {
        path: 'corrective-actions',
        name: 'corrective-actions',
        component: () => import('../features/corrective-actions/CorrectiveActionBoardView.vue'),
        meta: { requiresAuth: true, title: 'correctiveActions' },
      },
      {
        path: 'corrective-actions/:id',
        name: 'corrective-action',
        component: () => import('../features/corrective-actions/CorrectiveActionDetailView.vue'),
        props: true,
        meta: { requiresAuth: true, title: 'correctiveAction' },
      },
      { path: 'grievances', name: 'grievances', component: () => import('../features/grievances/GrievanceBoardView.vue'), meta: { requiresAuth: true, title: 'grievances' } },
      {
        path: 'grievances/:id',
        name: 'grievance',
        component: () => import('../features/grievances/GrievanceDetailView.vue'),
        props: true,
        meta: { requiresAuth: true, title: 'grievance' },
      },
      { path: 'approvals', name: 'approvals', component: () => import('../features/approvals/ApprovalsView.vue'), meta: { requiresAuth: true, title: 'approvals' } },
      { path: 'audit', name: 'audit', component: () => import('../features/audit/AuditLogView.vue'), meta: { requiresAuth: true, title: 'audit' } },
      { path: 'users', name: 'users', component: () => import('../features/users/UsersView.vue'), meta: { requiresAuth: true, roles: ['admin'], title: 'users' } },
      {
        path: 'settings',
        name: 'settings',
        component: () => import('../features/settings/SettingsView.vue'),
        meta: { requiresAuth: true, roles: ['admin'], title: 'settings' },
      },
      {
        path: 'account/security',
        name: 'account-security',
        component: () => import('../features/mfa/SecurityView.vue'),
        meta: { requiresAuth: true, title: 'accountSecurity' },
      },
      {
        path: 'account/sessions',
        name: 'account-sessions',
        component: () => import('../features/account/SessionsView.vue'),
        meta: { requiresAuth: true, title: 'accountSessions' },
      },
      {
        path: 'mail',
        name: 'mail',
        component: () => import('../features/mail/MailListView.vue'),
        meta: { requiresAuth: true, requiresMailPreview: true, title: 'mail' },
      },
      {
        path: 'mail/:id',
        name: 'mail-message',
        component: () => import('../features/mail/MailDetailView.vue'),
        props: true,
        meta: { requiresAuth: true, requiresMailPreview: true, title: 'mailMessage' },
      },
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('../features/shell/NotFoundView.vue'), meta: { requiresAuth: true, title: 'notFound' } },
    ],
  },
  // The supplier portal: no login, its own small chunk (DESIGN §2, §7).
  { path: '/s/:token', name: 'portal', component: () => import('../features/portal/PortalView.vue'), props: true },
  // The public grievance page (DESIGN §5 Grievances): no login, its own chunk and messages.
  { path: '/g/:slug', name: 'grievance-report', component: () => import('../features/grievances-public/GrievancePage.vue'), props: (r) => ({ slug: r.params.slug, mode: 'report' }) },
  { path: '/g/:slug/track', name: 'grievance-track', component: () => import('../features/grievances-public/GrievancePage.vue'), props: (r) => ({ slug: r.params.slug, mode: 'track' }) },
];
