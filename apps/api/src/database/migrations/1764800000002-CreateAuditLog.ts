import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditLog1764800000002 implements MigrationInterface {
  name = 'CreateAuditLog1764800000002';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE "audit_log" (
        "id" BIGSERIAL NOT NULL,
        "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
        "actor_type" character varying(16) NOT NULL,
        "actor_id" uuid,
        "actor_name" character varying(128) NOT NULL,
        "action" character varying(64) NOT NULL,
        "entity_type" character varying(32) NOT NULL,
        "entity_id" character varying(128) NOT NULL,
        "before" jsonb,
        "after" jsonb,
        "request_id" character varying(100),
        CONSTRAINT "PK_audit_log" PRIMARY KEY ("id"),
        CONSTRAINT "ck_audit_log_actor_type" CHECK ("actor_type" IN ('user', 'api-key', 'system'))
      )`);
    await queryRunner.query(
      `CREATE INDEX "ix_audit_log_entity" ON "audit_log" ("entity_type", "entity_id", "id")`,
    );
    await queryRunner.query(`CREATE INDEX "ix_audit_log_occurred" ON "audit_log" ("occurred_at")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_actor" ON "audit_log" ("actor_name", "id")`);
    await queryRunner.query(`CREATE INDEX "ix_audit_log_action" ON "audit_log" ("action", "id")`);
    // Append-only: the application never changes history, and neither can a bug in it.
    await queryRunner.query(`
      CREATE FUNCTION "audit_log_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only';
      END $$`);
    await queryRunner.query(`
      CREATE TRIGGER "tr_audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log"
      FOR EACH ROW EXECUTE FUNCTION "audit_log_append_only"()`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE "audit_log"`);
    await queryRunner.query(`DROP FUNCTION "audit_log_append_only"()`);
  }
}
