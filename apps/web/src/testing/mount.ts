import { mount } from '@vue/test-utils';
import { createPinia, setActivePinia } from 'pinia';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { addLocaleMessages, i18n } from '@/app/i18n';
import en from '@/locales/en.json';

addLocaleMessages('en', en);
i18n.global.locale.value = 'en';

/**
 * Mounts a component the way the app runs it: the app's own i18n (English messages), a
 * fresh Pinia and an in-memory router whose every path renders nothing (links resolve, no
 * view is loaded).
 */
export function mountInApp<C extends Component>(component: C, props: Record<string, unknown> = {}, before?: () => void) {
  const pinia = createPinia();
  setActivePinia(pinia);
  before?.();
  const router = createRouter({ history: createMemoryHistory(), routes: [{ path: '/:path(.*)*', component: { render: () => null } }] });
  return mount(component as Component, { props, global: { plugins: [i18n, pinia, router] }, attachTo: document.body });
}
