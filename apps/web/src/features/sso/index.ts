// What other features may use of single sign-on: the login panel, its return, and the settings card.
export { default as SsoLoginPanel } from './SsoLoginPanel.vue';
export { default as SsoSettingsCard } from './SsoSettingsCard.vue';
export { ssoErrorCode, takeSsoToken } from './sso-return';
