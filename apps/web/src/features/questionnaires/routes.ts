import type { RouteRecordRaw } from 'vue-router';

// The static paths (compare, versions/…) rank above `:id` in vue-router.
export const questionnairesRoutes: RouteRecordRaw[] = [
  {
    path: 'questionnaires',
    name: 'questionnaires',
    component: () => import('./QuestionnaireListView.vue'),
    meta: { requiresAuth: true, title: 'questionnaires' },
  },
  {
    path: 'questionnaires/compare',
    name: 'questionnaire-compare',
    component: () => import('./CompareView.vue'),
    meta: { requiresAuth: true, title: 'questionnaireCompare' },
  },
  {
    path: 'questionnaires/versions/:versionId',
    name: 'questionnaire-version',
    component: () => import('./VersionView.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'questionnaireVersion' },
  },
  {
    path: 'questionnaires/:id',
    name: 'questionnaire',
    component: () => import('./QuestionnaireDetailView.vue'),
    props: true,
    meta: { requiresAuth: true, title: 'questionnaire' },
  },
  {
    path: 'questionnaires/:id/draft',
    name: 'questionnaire-draft',
    component: () => import('./DraftEditorView.vue'),
    props: true,
    meta: { requiresAuth: true, roles: ['admin', 'buyer'], title: 'questionnaireDraft' },
  },
];
