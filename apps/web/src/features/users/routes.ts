import type { RouteRecordRaw } from 'vue-router';

export const usersRoutes: RouteRecordRaw[] = [
  { path: 'users', name: 'users', component: () => import('./UsersView.vue'), meta: { requiresAuth: true, roles: ['admin'], title: 'users' } },
];
