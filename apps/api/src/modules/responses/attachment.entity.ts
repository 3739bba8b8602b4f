import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * Evidence uploaded by a supplier; the file is under DATA_DIR/uploads by `storageName`.
 * Evidence of a corrective action's implementation report carries `correctiveActionId`
 * (and the theme key as `questionId`); the questionnaire's evidence has none.
 */
@Entity('attachments')
export class AttachmentEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'organization_id', type: 'uuid' })
  organizationId: string;

  @Column({ name: 'response_id', type: 'uuid' })
  responseId: string;

  @Column({ name: 'question_id', type: 'text' })
  questionId: string;

  @Column({ name: 'corrective_action_id', type: 'uuid', nullable: true })
  correctiveActionId: string | null;

  @Column({ type: 'text' })
  filename: string;

  @Column({ name: 'content_type', type: 'text' })
  contentType: string;

  @Column({ type: 'int' })
  size: number;

  @Column({ type: 'text' })
  sha256: string;

  @Column({ name: 'storage_name', type: 'text', unique: true })
  storageName: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
