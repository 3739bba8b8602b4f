// What other features may use of approvals: the notice for a change held for a second admin, and the settings card.
export { isPendingApproval, notifyPending } from './pending';
export { default as ApprovalSettingsCard } from './components/ApprovalSettingsCard.vue';
