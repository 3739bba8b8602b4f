import type { RouteRecordRaw } from 'vue-router';

/** The public grievance page (DESIGN §5 Grievances): no login, its own chunk and messages. */
export const grievancePageRoutes: RouteRecordRaw[] = [
  {
    path: '/g/:slug',
    name: 'grievance-report',
    component: () => import('./GrievancePage.vue'),
    props: (r) => ({ slug: r.params.slug, mode: 'report' }),
  },
  {
    path: '/g/:slug/track',
    name: 'grievance-track',
    component: () => import('./GrievancePage.vue'),
    props: (r) => ({ slug: r.params.slug, mode: 'track' }),
  },
];
