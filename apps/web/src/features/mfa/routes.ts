import type { RouteRecordRaw } from 'vue-router';

export const mfaRoutes: RouteRecordRaw[] = [
  {
    path: 'account/security',
    name: 'account-security',
    component: () => import('./SecurityView.vue'),
    meta: { requiresAuth: true, title: 'accountSecurity' },
  },
];
