import type { RouteRecordRaw } from 'vue-router';

export const correctiveActionsRoutes: RouteRecordRaw[] = [
  {
    path: 'corrective-actions',
    name: 'corrective-actions',
    component: () => import('./CorrectiveActionBoardView.vue'),
    meta: { requiresAuth: true, title: 'correctiveActions' },
  },
  {
    path: 'corrective-actions/:id',
    name: 'corrective-action',
    component: () => import('./CorrectiveActionDetailView.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'correctiveAction' },
  },
];
