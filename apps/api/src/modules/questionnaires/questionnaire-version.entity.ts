import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { QuestionnaireDefinition } from '@ses/questionnaire';

export type VersionStatus = 'draft' | 'published';

/** One version of a questionnaire. A published version never changes; a draft may. */
@Entity('questionnaire_versions')
export class QuestionnaireVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'questionnaire_id', type: 'uuid' })
  questionnaireId: string;

  @Column({ type: 'int' })
  version: number;

  @Column({ type: 'text' })
  status: VersionStatus;

  @Column({ type: 'jsonb' })
  definition: QuestionnaireDefinition;

  /** SHA-256 of the definition, to recognise an unchanged built-in questionnaire. */
  @Column({ name: 'content_hash', type: 'text' })
  contentHash: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;

  @Column({ name: 'published_at', type: 'timestamptz', nullable: true })
  publishedAt: Date | null;
}
