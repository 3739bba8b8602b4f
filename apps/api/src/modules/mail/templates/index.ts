export { type MailContent, formatDate } from './render';
export {
  type InvitationParams,
  type ReminderParams,
  type SurveyMailParams,
  invitationMail,
  reminderMail,
} from './survey.mail';
export { type FeedbackMailParams, feedbackMail } from './feedback.mail';
export { type GrievanceMailParams, grievanceMessageMail, grievanceReceivedMail } from './grievance.mail';
export {
  type CorrectiveActionNoticeParams,
  type SupplierNoticeStep,
  correctiveActionNoticeMail,
  correctiveActionReminderMail,
  correctiveActionRequestedMail,
  correctiveActionUpdateMail,
} from './corrective-action.mail';
