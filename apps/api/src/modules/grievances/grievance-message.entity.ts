import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('grievance_messages')
export class GrievanceMessageEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'grievance_id', type: 'uuid' })
  grievanceId: string;

  @Column({ type: 'text' })
  author: 'reporter' | 'buyer';

  /** The buyer's name, for colleagues; never shown to the reporter. Null for the reporter. */
  @Column({ name: 'author_name', type: 'text', nullable: true })
  authorName: string | null;

  @Column({ type: 'text' })
  body: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt: Date;
}
