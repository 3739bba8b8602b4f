/**
 * Keeping the link's token out of the address bar (DESIGN §9 "Tokens in URLs").
 *
 * The e-mailed link is `/s/<token>`. On arrival the token moves to sessionStorage and the
 * address becomes `/s/session`: the token is no longer on screen, in screenshots, in a
 * copied address or in the tab's history entry, while a reload of the tab still works
 * (sessionStorage lives as long as the tab). A new tab or another device needs the e-mailed
 * link again. Where sessionStorage is unavailable the token stays in the address, since a
 * reload would otherwise lose the page.
 */
const STORAGE_KEY = 'ses.portal.link';
export const SESSION_SEGMENT = 'session';

export interface AdoptedLink {
  /** The token to call the API with; null when `/s/session` was opened without one. */
  token: string | null;
  /** Whether the address bar can now show `/s/session` instead of the token. */
  hideFromAddressBar: boolean;
}

export function adoptLink(routeToken: string): AdoptedLink {
  if (routeToken === SESSION_SEGMENT)
    return { token: readSessionToken(), hideFromAddressBar: false };
  try {
    sessionStorage.setItem(STORAGE_KEY, routeToken);
    return { token: routeToken, hideFromAddressBar: true };
  } catch {
    return { token: routeToken, hideFromAddressBar: false };
  }
}

function readSessionToken(): string | null {
  try {
    return sessionStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}
