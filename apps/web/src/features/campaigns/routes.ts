import type { RouteRecordRaw } from 'vue-router';

export const campaignsRoutes: RouteRecordRaw[] = [
  { path: 'campaigns', name: 'campaigns', component: () => import('./CampaignListView.vue'), meta: { requiresAuth: true, title: 'campaigns' } },
  {
    path: 'campaigns/new',
    name: 'campaign-new',
    component: () => import('./CampaignFormView.vue'),
    meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'campaignNew' },
  },
  {
    path: 'campaigns/:id',
    name: 'campaign',
    component: () => import('./CampaignDetailView.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'campaign' },
  },
  {
    path: 'responses/:id',
    name: 'response',
    component: () => import('./ResponseDetailView.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'response' },
  },
];
