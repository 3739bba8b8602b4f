import type { RouteRecordRaw } from 'vue-router';

/** Login and sign-up: outside the console layout; a signed-in user is sent on to the console. */
export const authRoutes: RouteRecordRaw[] = [
  { path: '/login', name: 'login', component: () => import('./LoginView.vue'), meta: { guestOnly: true, title: 'login' } },
  {
    path: '/signup',
    name: 'signup',
    component: () => import('./SignupView.vue'),
    meta: { guestOnly: true, requiresSignup: true, title: 'signup' },
  },
];
