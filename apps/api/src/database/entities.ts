import { SessionEntity } from '../modules/auth/session.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { SupplierContactEntity } from '../modules/suppliers/supplier-contact.entity';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { UserEntity } from '../modules/users/user.entity';
import { QuestionnaireVersionEntity } from '../modules/questionnaires/questionnaire-version.entity';
import { QuestionnaireEntity } from '../modules/questionnaires/questionnaire.entity';
import { CampaignEntity } from '../modules/campaigns/campaign.entity';
import { AttachmentEntity } from '../modules/responses/attachment.entity';
import { ResponseTokenEntity } from '../modules/responses/response-token.entity';
import { ResponseEntity } from '../modules/responses/response.entity';
import { OutboxEntity } from '../modules/mail/outbox.entity';
import { GrievanceMessageEntity } from '../modules/grievances/grievance-message.entity';
import { GrievanceEntity } from '../modules/grievances/grievance.entity';
import { Campaigns1763730000000 } from './migrations/1763730000000-Campaigns';
import { Review1763740000000 } from './migrations/1763740000000-Review';
import { CorrectiveActions1763750000000 } from './migrations/1763750000000-CorrectiveActions';
import { Grievances1763760000000 } from './migrations/1763760000000-Grievances';
import { Audit1763770000000 } from './migrations/1763770000000-Audit';
import { ThemeGrades1763780000000 } from './migrations/1763780000000-ThemeGrades';
import { AuditPending1763790000000 } from './migrations/1763790000000-AuditPending';
import { Integrations1796190000000 } from './migrations/1796190000000-Integrations';
import { ScaleIndexes1763800000000 } from './migrations/1763800000000-ScaleIndexes';
import { EffectiveGrades1763800400000 } from './migrations/1763800400000-EffectiveGrades';
import { ResponseResults1763800500000 } from './migrations/1763800500000-ResponseResults';
import { OutboxLeaseIndex1796192689039 } from './migrations/1796192689039-OutboxLeaseIndex';
import { FeedbackRelease1796200000000 } from './migrations/1796200000000-FeedbackRelease';
import { LaunchLease1796210000000 } from './migrations/1796210000000-LaunchLease';
import { ExportJobs1763860000000 } from './migrations/1763860000000-ExportJobs';
import { Sessions1763817100000 } from './migrations/1763817100000-Sessions';
import { Approvals1763817200000 } from './migrations/1763817200000-Approvals';
import { Sso1763817300000 } from './migrations/1763817300000-Sso';
import { Mfa1763817400000 } from './migrations/1763817400000-Mfa';
import { Foundation1763700000000 } from './migrations/1763700000000-Foundation';
import { Outbox1763720000000 } from './migrations/1763720000000-Outbox';
import { Questionnaires1763710000000 } from './migrations/1763710000000-Questionnaires';

/** Every entity and migration, listed once for the app and for the test template. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  SessionEntity,
  SupplierEntity,
  SupplierContactEntity,
  QuestionnaireEntity,
  QuestionnaireVersionEntity,
  CampaignEntity,
  ResponseEntity,
  ResponseTokenEntity,
  AttachmentEntity,
  OutboxEntity,
  GrievanceEntity,
  GrievanceMessageEntity,
];

export const MIGRATIONS = [Foundation1763700000000, Questionnaires1763710000000, Outbox1763720000000, Campaigns1763730000000, Review1763740000000, CorrectiveActions1763750000000, Grievances1763760000000, Audit1763770000000, ThemeGrades1763780000000, AuditPending1763790000000, ScaleIndexes1763800000000, EffectiveGrades1763800400000, ResponseResults1763800500000, Sessions1763817100000, Approvals1763817200000, Sso1763817300000, Mfa1763817400000, ExportJobs1763860000000, Integrations1796190000000, OutboxLeaseIndex1796192689039, FeedbackRelease1796200000000, LaunchLease1796210000000];
