import { SessionEntity } from '../modules/auth/session.entity';
import { OrganizationEntity } from '../modules/organizations/organization.entity';
import { SupplierContactEntity } from '../modules/suppliers/supplier-contact.entity';
import { SupplierEntity } from '../modules/suppliers/supplier.entity';
import { UserEntity } from '../modules/users/user.entity';
import { Foundation1763700000000 } from './migrations/1763700000000-Foundation';

/** Every entity and migration, listed once for the app and for the test template. */
export const ENTITIES = [
  OrganizationEntity,
  UserEntity,
  SessionEntity,
  SupplierEntity,
  SupplierContactEntity,
];

export const MIGRATIONS = [Foundation1763700000000];
