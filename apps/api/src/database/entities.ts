import { SessionEntity } from '../modules/auth/session.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { SupplierContactEntity } from '../modules/suppliers/supplier-contact.entity';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { UserEntity } from '../modules/users/user.entity';
import { QuestionnaireVersionEntity } from '../modules/questionnaires/questionnaire-version.entity';
import { QuestionnaireEntity } from '../modules/questionnaires/questionnaire.entity';
import { Foundation1763700000000 } from './migrations/1763700000000-Foundation';
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
];

export const MIGRATIONS = [Foundation1763700000000, Questionnaires1763710000000];
