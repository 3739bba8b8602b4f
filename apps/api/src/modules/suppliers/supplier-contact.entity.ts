import { Column, Entity, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import type { Language } from '@ses/questionnaire';
import { SupplierEntity } from './supplier.entity';

@Entity('supplier_contacts')
export class SupplierContactEntity {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ name: 'supplier_id', type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => SupplierEntity, (s) => s.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'supplier_id' })
  supplier: Relation<SupplierEntity>;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  email: string;

  /** The language of the e-mails and the portal for this contact. */
  @Column({ type: 'text', default: 'ja' })
  language: Language;

  @Column({ type: 'smallint', default: 0 })
  position: number;
}
