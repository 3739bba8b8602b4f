import { ensureConsoleMessages, isPublicPath } from './i18n';
import { createRouter, createWebHistory, type RouteLocationNormalized } from 'vue-router';
import type { Role } from '@ses/api-types';
import type { MessageSchema } from './i18n';
import { routes } from './routes';

declare module 'vue-router' {
  interface RouteMeta {
    /** Console pages: a signed-in user is required. */
    requiresAuth?: boolean;
    /** Login and sign-up: a signed-in user is sent on to the console. */
    guestOnly?: boolean;
    /** Only these roles may open the page. */
    roles?: Role[];
    /** Only when the server catches mail (no SMTP_URL). */
    requiresMailPreview?: boolean;
    /** Only when the server allows public sign-up. */
    requiresSignup?: boolean;
    /** The page's title, a key under `titles`. */
    title?: keyof MessageSchema['titles'];
  }
}

async function consoleGuard(to: RouteLocationNormalized) {
  const { onSessionEnded, useAuthStore } = await import('./auth.store');
  // Leave the console for the login page when the server ends the session, coming back afterwards.
  onSessionEnded(() => {
    const here = window.location.pathname + window.location.search;
    if (!here.startsWith('/login')) void router.replace({ name: 'login', query: { redirect: here } });
  });
  const auth = useAuthStore();
  await auth.ensureReady();
  if (to.meta.guestOnly) {
    if (auth.isAuthenticated) return { name: 'suppliers' };
    if (to.meta.requiresSignup && !auth.config?.allowSignup) return { name: 'login' };
    return true;
  }
  if (!auth.isAuthenticated) {
    return { name: 'login', query: to.fullPath && to.fullPath !== '/' ? { redirect: to.fullPath } : {} };
  }
  if (to.meta.roles && (!auth.user || !to.meta.roles.includes(auth.user.role))) return { name: 'suppliers' };
  if (to.meta.requiresMailPreview && !auth.config?.mailPreview) return { name: 'suppliers' };
  return true;
}

export const router = createRouter({
  history: createWebHistory(import.meta.env.BASE_URL),
  routes,
  // A change of query only (filters, pages) keeps the scroll position.
  scrollBehavior: (to, from, saved) => saved ?? (to.path === from.path ? false : { top: 0 }),
});

router.beforeEach(async (to) => {
  if (!isPublicPath(to.path)) await ensureConsoleMessages();
  return to.meta.requiresAuth || to.meta.guestOnly ? consoleGuard(to) : true;
});
