import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** A named dashboard view (page and query string) shared with the team (libs/domain saved views). */
@Entity({ name: 'saved_views' })
@Index('ux_saved_views_name_key', ['nameKey'], { unique: true })
@Index('ix_saved_views_created_at', ['createdAt'])
export class SavedViewEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 80 })
  name!: string;

  /** The name in lower case: names are unique whatever their case. */
  @Column({ name: 'name_key', type: 'varchar', length: 80 })
  nameKey!: string;

  @Column({ type: 'varchar', length: 40 })
  path!: string;

  @Column({ type: 'varchar', length: 2000, default: '' })
  query!: string;

  @Column({ name: 'owner_type', type: 'varchar', length: 16 })
  ownerType!: string;

  @Column({ name: 'owner_id', type: 'uuid', nullable: true })
  ownerId!: string | null;

  @Column({ name: 'owner_name', type: 'varchar', length: 128 })
  ownerName!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
