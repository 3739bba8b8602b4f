import type { RouteRecordRaw } from 'vue-router';

/** The supplier portal: no login, its own small chunk (DESIGN §2, §7). */
export const portalRoutes: RouteRecordRaw[] = [
  { path: '/s/:token', name: 'portal', component: () => import('./PortalView.vue'), props: true },
];
