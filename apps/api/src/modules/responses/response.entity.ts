import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { Depth } from '@ses/questionnaire';

/** Stored statuses; `overdue` is derived from the campaign's due date when read. */
export type StoredResponseStatus = 'invited' | 'opened' | 'in_progress' | 'submitted';

export interface StoredDeclaration {
  signerName: string;
  signerTitle: string;
  agreed: true;
  signedAt: string;
}

/** One supplier's answers to one campaign. Answers live in `response_answers`. */
@Entity('responses')
export class ResponseEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'campaign_id', type: 'uuid' })
  campaignId: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @Column({ type: 'text' })
  depth: Depth;

  @Column({ type: 'text', default: 'invited' })
  status: StoredResponseStatus;

  /** Bumped by every save; a save naming an older version is refused (409). */
  @Column({ type: 'int', default: 0 })
  version: number;

  @Column({ name: 'previous_response_id', type: 'uuid', nullable: true })
  previousResponseId: string | null;

  @Column({ name: 'opened_at', type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ name: 'submitted_at', type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'jsonb', nullable: true })
  declaration: StoredDeclaration | null;

  @Column({ name: 'rules_version', type: 'text', nullable: true })
  rulesVersion: string | null;

  @Column({ name: 'overall_grade', type: 'text', nullable: true })
  overallGrade: string | null;

  @Column({ name: 'overall_rate', type: 'double precision', nullable: true })
  overallRate: number | null;

  /** When the buyer released the feedback sheet to the supplier. */
  @Column({ name: 'feedback_released_at', type: 'timestamptz', nullable: true })
  feedbackReleasedAt: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt: Date;
}
