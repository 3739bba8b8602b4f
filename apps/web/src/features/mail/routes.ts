import type { RouteRecordRaw } from 'vue-router';

export const mailRoutes: RouteRecordRaw[] = [
  {
    path: 'mail',
    name: 'mail',
    component: () => import('./MailListView.vue'),
    meta: { requiresAuth: true, requiresMailPreview: true, title: 'mail' },
  },
  {
    path: 'mail/:id',
    name: 'mail-message',
    component: () => import('./MailDetailView.vue'),
    props: true,
    meta: { requiresAuth: true, requiresMailPreview: true, title: 'mailMessage' },
  },
];
