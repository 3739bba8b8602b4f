import type { RouteRecordRaw } from 'vue-router';

export const grievancesRoutes: RouteRecordRaw[] = [
  { path: 'grievances', name: 'grievances', component: () => import('./GrievanceBoardView.vue'), meta: { requiresAuth: true, title: 'grievances' } },
  {
    path: 'grievances/:id',
    name: 'grievance',
    component: () => import('./GrievanceDetailView.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'grievance' },
  },
];
