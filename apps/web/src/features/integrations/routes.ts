import type { RouteRecordRaw } from 'vue-router';

export const integrationsRoutes: RouteRecordRaw[] = [
  {
    path: 'integrations',
    name: 'integrations',
    component: () => import('./IntegrationsView.vue'),
    meta: { requiresAuth: true, roles: ['admin'], title: 'integrations' },
  },
];
