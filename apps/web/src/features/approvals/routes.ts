import type { RouteRecordRaw } from 'vue-router';

export const approvalsRoutes: RouteRecordRaw[] = [
  { path: 'approvals', name: 'approvals', component: () => import('./ApprovalsView.vue'), meta: { requiresAuth: true, title: 'approvals' } },
];
