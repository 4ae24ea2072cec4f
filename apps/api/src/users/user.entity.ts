import { Check, Column, Entity, PrimaryColumn, Unique } from 'typeorm';

/** A person who signs in to the dashboard. Usernames are stored in lower case; passwords as argon2id. */
@Entity({ name: 'users' })
@Unique('uq_users_username', ['username'])
@Check('ck_users_role', `"role" IN ('viewer', 'editor', 'admin')`)
@Check('ck_users_username_lower_case', `"username" = lower("username")`)
export class UserEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ type: 'varchar', length: 64 })
  username!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255 })
  passwordHash!: string;

  @Column({ type: 'varchar', length: 16 })
  role!: string;

  @Column({ name: 'created_at', type: 'timestamptz', default: () => 'now()' })
  createdAt!: Date;

  @Column({ name: 'updated_at', type: 'timestamptz', default: () => 'now()' })
  updatedAt!: Date;
}
