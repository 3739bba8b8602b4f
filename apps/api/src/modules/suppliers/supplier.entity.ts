import {
  Column,
  CreateDateColumn,
  Entity,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import type { RiskLevel } from '@ses/api-types';
import { SupplierContactEntity } from './supplier-contact.entity';

@Entity('suppliers')
export class SupplierEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  name: string;

  /** The buyer's vendor code; unique within the organisation when set. */
  @Column({ type: 'text', nullable: true })
  code: string | null;

  @Column({ name: 'product_type', type: 'text' })
  productType: string;

  @Column({ type: 'text', nullable: true })
  country: string | null;

  @Column({ type: 'smallint', default: 1 })
  tier: number;

  @Column({ name: 'parent_supplier_id', type: 'uuid', nullable: true })
  parentSupplierId: string | null;

  @Column({ name: 'risk_level', type: 'text', default: 'medium' })
  riskLevel: RiskLevel;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags: string[];

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt: Date | null;

  @OneToMany(() => SupplierContactEntity, (c) => c.supplier, { cascade: true })
  contacts: Relation<SupplierContactEntity[]>;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
