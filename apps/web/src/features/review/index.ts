import { defineAsyncComponent } from 'vue';

// What other features may use of the review: the panels the campaign and response pages show.
export { default as FeedbackPreview } from './components/FeedbackPreview.vue';
export { default as FeedbackReleaseCard } from './components/FeedbackReleaseCard.vue';
export { default as MatrixPanel } from './components/MatrixPanel.vue';
export { default as ResponseReview } from './components/ResponseReview.vue';
/** Loaded when first shown: it brings the charting library. */
export const DashboardPanel = defineAsyncComponent(() => import('./components/DashboardPanel.vue'));
