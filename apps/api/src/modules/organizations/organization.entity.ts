import type { ApprovalSettings } from '@ses/api-types';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('organizations')
export class OrganizationEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'text' })
  name: string;

  /** Public handle, e.g. for the grievance page `/g/:slug`. */
  @Column({ type: 'text', unique: true })
  slug: string;

  /** Grade thresholds `{ A, B, C }`; null means the defaults. */
  @Column({ type: 'jsonb', nullable: true })
  thresholds: { A: number; B: number; C: number } | null;

  /** Which actions wait for a second admin or buyer; null means none. */
  @Column({ type: 'jsonb', nullable: true })
  approvals: ApprovalSettings | null;

  /** Every password account must use TOTP. */
  @Column({ name: 'require_mfa', type: 'boolean', default: false })
  requireMfa: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
