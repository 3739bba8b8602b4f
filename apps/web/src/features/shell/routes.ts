import type { RouteRecordRaw } from 'vue-router';

/** The console's frame around the pages of the other features, and its page for unknown paths. */
export function consoleRoute(pages: RouteRecordRaw[]): RouteRecordRaw {
  return {
    path: '/',
    component: () => import('./ConsoleLayout.vue'),
    meta: { requiresAuth: true },
    children: [
      { path: '', redirect: '/suppliers' },
      ...pages,
      { path: ':pathMatch(.*)*', name: 'not-found', component: () => import('./NotFoundView.vue'), meta: { requiresAuth: true, title: 'notFound' } },
    ],
  };
}
