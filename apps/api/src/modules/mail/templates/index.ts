export { type MailContent, formatDate } from './render';
export {
  type InvitationParams,
  type ReminderParams,
  type SurveyMailParams,
  invitationMail,
  reminderMail,
} from './survey.mail';
export { type FeedbackMailParams, feedbackMail } from './feedback.mail';
