// What other features may use of two-step sign-in: the step after login, and the settings card.
export { afterLogin } from './enrolment';
export { default as RequireMfaCard } from './RequireMfaCard.vue';
