import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import { i18n, installInitialLocale } from './app/i18n';
import { router } from './app/router';
import './styles/base.css';

async function start(): Promise<void> {
  await installInitialLocale();
  const app = createApp(App);
  app.use(createPinia());
  app.use(i18n);
  app.use(router);
  app.mount('#app');
}

void start();
