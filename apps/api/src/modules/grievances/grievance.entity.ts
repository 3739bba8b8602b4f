import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { GrievanceCategory, GrievanceStatus } from '@ses/api-types';

/** A report filed through the public form. Holds nothing about the reporter they did not type. */
@Entity('grievances')
export class GrievanceEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  /** SHA-256 of the normalised tracking code; the code itself is never stored. */
  @Column({ name: 'tracking_hash', type: 'bytea', select: false })
  trackingHash: Buffer;

  @Column({ type: 'text' })
  category: GrievanceCategory;

  @Column({ type: 'text' })
  description: string;

  /** The supplier as the reporter wrote it. */
  @Column({ name: 'supplier_name', type: 'text', nullable: true })
  supplierName: string | null;

  /** The supplier record a buyer linked the report to. */
  @Column({ name: 'supplier_id', type: 'uuid', nullable: true })
  supplierId: string | null;

  @Column({ name: 'reporter_contact', type: 'text', nullable: true })
  reporterContact: string | null;

  @Column({ type: 'text', nullable: true })
  language: string | null;

  @Column({ type: 'text', default: 'received' })
  status: GrievanceStatus;

  @Column({ type: 'text', nullable: true })
  outcome: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
