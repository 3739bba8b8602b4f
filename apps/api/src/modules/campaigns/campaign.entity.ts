import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { DepthRule } from '@ses/api-types';
import type { Thresholds } from '@ses/scoring';

export type CampaignStatusValue = 'draft' | 'active' | 'closed';

@Entity('campaigns')
export class CampaignEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ name: 'questionnaire_version_id', type: 'uuid' })
  questionnaireVersionId: string;

  @Column({ type: 'text', default: 'draft' })
  status: CampaignStatusValue;

  /** YYYY-MM-DD: the last day to answer. */
  @Column({ name: 'due_date', type: 'date' })
  dueDate: string;

  /** Copied at creation: later changes to the organisation's thresholds don't regrade. */
  @Column({ type: 'jsonb' })
  thresholds: Thresholds;

  @Column({ name: 'depth_rule', type: 'jsonb' })
  depthRule: DepthRule;

  @Column({ name: 'reminder_days_before', type: 'int', array: true })
  reminderDaysBefore: number[];

  /** When the supplier sees its grades: on submission, or only once its feedback is released. */
  @Column({ name: 'grade_visibility', type: 'text', default: 'after_release' })
  gradeVisibility: 'after_release' | 'on_submit';

  @Column({ name: 'remind_overdue', type: 'boolean', default: true })
  remindOverdue: boolean;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'launched_at', type: 'timestamptz', nullable: true })
  launchedAt: Date | null;

  @Column({ name: 'closed_at', type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
