CREATE TABLE "device_tokens" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ecg_reports" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"statements" jsonb NOT NULL,
	"conclusion" text NOT NULL,
	"signed_by" uuid NOT NULL,
	"signed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"amendment_reason" text,
	CONSTRAINT "ecg_reports_study_version_key" UNIQUE("study_id","version")
);
--> statement-breakpoint
CREATE TABLE "ecg_studies" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_device" uuid,
	"idempotency_key" text NOT NULL,
	"file_sha256" text NOT NULL,
	"file_name" text,
	"status" text DEFAULT 'received' NOT NULL,
	"patient_id" uuid,
	"triage_level" text,
	"triage_rank" integer,
	"triage" jsonb,
	"analysis" jsonb,
	"record" jsonb,
	"rejection" jsonb,
	"clinical_context" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"analysed_at" timestamp with time zone,
	"rejected_at" timestamp with time zone,
	"claimed_at" timestamp with time zone,
	"signed_at" timestamp with time zone,
	"claimed_by" uuid,
	"signed_by" uuid,
	"sla_due_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ecg_study_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"tx_id" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"study_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"actor_user_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jobs" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"payload" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"run_at" timestamp with time zone DEFAULT now() NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_by" text,
	"attempts" integer DEFAULT 0 NOT NULL,
	"max_attempts" integer DEFAULT 5 NOT NULL,
	"last_error" text,
	"done_at" timestamp with time zone,
	"failed" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stored_files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size_bytes" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "device_tokens" ADD CONSTRAINT "device_tokens_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "device_tokens" ADD CONSTRAINT "device_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_reports" ADD CONSTRAINT "ecg_reports_study_id_ecg_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."ecg_studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_reports" ADD CONSTRAINT "ecg_reports_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_studies" ADD CONSTRAINT "ecg_studies_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_studies" ADD CONSTRAINT "ecg_studies_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_studies" ADD CONSTRAINT "ecg_studies_uploaded_by_device_device_tokens_id_fk" FOREIGN KEY ("uploaded_by_device") REFERENCES "public"."device_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_studies" ADD CONSTRAINT "ecg_studies_file_sha256_stored_files_sha256_fk" FOREIGN KEY ("file_sha256") REFERENCES "public"."stored_files"("sha256") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_studies" ADD CONSTRAINT "ecg_studies_patient_id_patients_id_fk" FOREIGN KEY ("patient_id") REFERENCES "public"."patients"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_studies" ADD CONSTRAINT "ecg_studies_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_studies" ADD CONSTRAINT "ecg_studies_signed_by_users_id_fk" FOREIGN KEY ("signed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_study_events" ADD CONSTRAINT "ecg_study_events_study_id_ecg_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."ecg_studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_study_events" ADD CONSTRAINT "ecg_study_events_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "device_tokens_hash_key" ON "device_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "device_tokens_org_idx" ON "device_tokens" USING btree ("org_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ecg_studies_idempotency_key" ON "ecg_studies" USING btree ("org_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "ecg_studies_org_received_idx" ON "ecg_studies" USING btree ("org_id","received_at");--> statement-breakpoint
CREATE INDEX "ecg_studies_worklist_idx" ON "ecg_studies" USING btree ("org_id","triage_rank","received_at") WHERE status in ('analysed', 'claimed');--> statement-breakpoint
CREATE INDEX "ecg_studies_patient_idx" ON "ecg_studies" USING btree ("patient_id");--> statement-breakpoint
CREATE INDEX "ecg_study_events_tx_idx" ON "ecg_study_events" USING btree ("tx_id","id");--> statement-breakpoint
CREATE INDEX "ecg_study_events_study_idx" ON "ecg_study_events" USING btree ("study_id","id");--> statement-breakpoint
CREATE INDEX "jobs_due_idx" ON "jobs" USING btree ("run_at","id") WHERE done_at is null;