import type { RouteRecordRaw } from 'vue-router';

export const accountRoutes: RouteRecordRaw[] = [
  {
    path: 'account/sessions',
    name: 'account-sessions',
    component: () => import('./SessionsView.vue'),
    meta: { requiresAuth: true, title: 'accountSessions' },
  },
];
