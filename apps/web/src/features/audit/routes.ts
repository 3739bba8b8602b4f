import type { RouteRecordRaw } from 'vue-router';

export const auditRoutes: RouteRecordRaw[] = [
  { path: 'audit', name: 'audit', component: () => import('./AuditLogView.vue'), meta: { requiresAuth: true, title: 'audit' } },
];
