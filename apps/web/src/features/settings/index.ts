// What other features may use of the organisation's settings.
export { settingsApi } from './settings.api';
