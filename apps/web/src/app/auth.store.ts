import { defineStore } from 'pinia';
import { computed, ref } from 'vue';
import type { LoginRequest, Organization, SignupRequest, User } from '@ses/api-types';
import { isApiError, setSessionHandlers } from './http';
import { authApi, type PublicConfig } from './auth.api';

export const TOKEN_STORAGE_KEY = 'ses.token';

function readToken(): string | null {
  try {
    return localStorage.getItem(TOKEN_STORAGE_KEY);
  } catch {
    return null;
  }
}

function writeToken(token: string | null): void {
  try {
    if (token) localStorage.setItem(TOKEN_STORAGE_KEY, token);
    else localStorage.removeItem(TOKEN_STORAGE_KEY);
  } catch {
    /* storage unavailable: the session lasts for this page only */
  }
}

/**
 * What happens when the server ends the session (expired or revoked token). The router sets
 * it (to leave for the login page): the store does not import the router, which loads the
 * store on demand for its guard.
 */
let sessionEnded: () => void = () => {};
export function onSessionEnded(handler: () => void): void {
  sessionEnded = handler;
}

export const useAuthStore = defineStore('auth', () => {
  const token = ref<string | null>(readToken());
  const user = ref<User | null>(null);
  const organization = ref<Organization | null>(null);
  const config = ref<PublicConfig | null>(null);
  /** Set when the session ended on its own (expired or revoked), for the login page. */
  const sessionExpired = ref(false);
  let ready: Promise<void> | null = null;

  const isAuthenticated = computed(() => !!token.value && !!user.value);
  const role = computed(() => user.value?.role ?? null);
  const isAdmin = computed(() => role.value === 'admin');
  /** Admins and buyers change data; viewers only read. */
  const canEdit = computed(() => role.value === 'admin' || role.value === 'buyer');

  function clearSession(): void {
    token.value = null;
    user.value = null;
    organization.value = null;
    writeToken(null);
  }

  setSessionHandlers({
    getToken: () => token.value,
    onUnauthorized: () => {
      clearSession();
      sessionExpired.value = true;
      sessionEnded();
    },
  });

  async function loadConfig(): Promise<void> {
    try {
      config.value = await authApi.config();
    } catch {
      // The pages still work; sign-up and mail preview stay hidden.
      config.value = { allowSignup: false, mailPreview: false };
    }
  }

  async function loadMe(): Promise<void> {
    if (!token.value) return;
    try {
      const me = await authApi.me();
      user.value = me.user;
      organization.value = me.organization;
    } catch (e) {
      if (isApiError(e) && e.statusCode === 401) clearSession();
      else throw e;
    }
  }

  /** Config and (with a stored token) the current user, loaded once per page load. */
  function ensureReady(): Promise<void> {
    ready ??= Promise.all([loadConfig(), loadMe()]).then(
      () => undefined,
      (e: unknown) => {
        ready = null;
        throw e;
      },
    );
    return ready;
  }

  async function startSession(accessToken: string): Promise<void> {
    token.value = accessToken;
    writeToken(accessToken);
    sessionExpired.value = false;
    await loadMe();
  }

  async function login(body: LoginRequest): Promise<void> {
    const { accessToken } = await authApi.login(body);
    await startSession(accessToken);
  }

  async function signup(body: SignupRequest): Promise<void> {
    const res = await authApi.signup(body);
    token.value = res.accessToken;
    writeToken(res.accessToken);
    user.value = res.user;
    organization.value = res.organization;
    sessionExpired.value = false;
  }

  async function logout(): Promise<void> {
    try {
      if (token.value) await authApi.logout();
    } catch {
      // The local session ends whatever the server says.
    } finally {
      clearSession();
    }
  }

  return {
    token,
    user,
    organization,
    config,
    sessionExpired,
    isAuthenticated,
    role,
    isAdmin,
    canEdit,
    ensureReady,
    loadConfig,
    login,
    startSession,
    signup,
    logout,
  };
});
