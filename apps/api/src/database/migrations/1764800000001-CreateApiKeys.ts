import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateApiKeys1764800000001 implements MigrationInterface {
  name = 'CreateApiKeys1764800000001';

  async up(queryRunner: QueryRunner): Promise<void> {
    // The key itself is never stored: its SHA-256 (keys are 256-bit random, so a fast hash is enough).
    await queryRunner.query(`
      CREATE TABLE "api_keys" (
        "id" uuid NOT NULL,
        "name" character varying(100) NOT NULL,
        "role" character varying(16) NOT NULL,
        "prefix" character varying(16) NOT NULL,
        "key_hash" character varying(64) NOT NULL,
        "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "created_by" character varying(128) NOT NULL,
        "last_used_at" TIMESTAMP WITH TIME ZONE,
        "revoked_at" TIMESTAMP WITH TIME ZONE,
        CONSTRAINT "PK_api_keys" PRIMARY KEY ("id"),
        CONSTRAINT "uq_api_keys_key_hash" UNIQUE ("key_hash"),
        CONSTRAINT "ck_api_keys_role" CHECK ("role" IN ('viewer', 'editor', 'admin'))
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "api_keys"`);
  }
}
