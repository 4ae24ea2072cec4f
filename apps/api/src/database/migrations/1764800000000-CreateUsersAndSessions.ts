import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateUsersAndSessions1764800000000 implements MigrationInterface {
  name = 'CreateUsersAndSessions1764800000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "users" (
        "id" uuid NOT NULL,
        "username" character varying(64) NOT NULL,
        "password_hash" character varying(255) NOT NULL,
        "role" character varying(16) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        CONSTRAINT "PK_users" PRIMARY KEY ("id"),
        CONSTRAINT "uq_users_username" UNIQUE ("username"),
        CONSTRAINT "ck_users_role" CHECK ("role" IN ('viewer', 'editor', 'admin')),
        CONSTRAINT "ck_users_username_lower_case" CHECK ("username" = lower("username"))
      )`);
    // Only the SHA-256 of a session token is stored: a copy of the table does not let anyone sign in.
    await queryRunner.query(`
      CREATE TABLE "sessions" (
        "token_hash" character varying(64) NOT NULL,
        "user_id" uuid NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "last_seen_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "expires_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        CONSTRAINT "PK_sessions" PRIMARY KEY ("token_hash"),
        CONSTRAINT "fk_sessions_user" FOREIGN KEY ("user_id") REFERENCES "users" ("id") ON DELETE CASCADE
      )`);
    await queryRunner.query(`CREATE INDEX "ix_sessions_user" ON "sessions" ("user_id")`);
    await queryRunner.query(`CREATE INDEX "ix_sessions_expires" ON "sessions" ("expires_at")`);
    // Failed sign-ins per username, in PostgreSQL so that a lock-out holds across instances.
    await queryRunner.query(`
      CREATE TABLE "login_failures" (
        "username" character varying(256) NOT NULL,
        "failed_count" integer NOT NULL,
        "window_started_at" TIMESTAMP WITH TIME ZONE NOT NULL,
        "locked_until" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_login_failures" PRIMARY KEY ("username")
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_login_failures_window" ON "login_failures" ("window_started_at")`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "login_failures"`);
    await queryRunner.query(`DROP TABLE "sessions"`);
    await queryRunner.query(`DROP TABLE "users"`);
  }
}
