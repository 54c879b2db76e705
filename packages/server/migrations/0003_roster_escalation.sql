CREATE TABLE "roster_shifts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"role" text NOT NULL,
	"on_call_cardiologist" boolean DEFAULT false NOT NULL,
	"weekday" smallint,
	"date" date,
	"start_minute" integer NOT NULL,
	"end_minute" integer NOT NULL,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "roster_shifts_when" CHECK (("roster_shifts"."weekday" is null) <> ("roster_shifts"."date" is null)),
	CONSTRAINT "roster_shifts_weekday" CHECK ("roster_shifts"."weekday" between 1 and 7),
	CONSTRAINT "roster_shifts_minutes" CHECK ("roster_shifts"."start_minute" between 0 and 1439 and "roster_shifts"."end_minute" between 1 and 1440)
);
--> statement-breakpoint
CREATE TABLE "ecg_alerts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"reason" text NOT NULL,
	"recipient_role" text NOT NULL,
	"escalation_id" uuid,
	"claimed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"acknowledged_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "ecg_escalations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"study_id" uuid NOT NULL,
	"step" text NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"fired_at" timestamp with time zone NOT NULL,
	"study_status" text NOT NULL,
	"held_by" uuid,
	"recipients" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ecg_sla_breaches" (
	"study_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL,
	"triage_level" text NOT NULL,
	"sla_due_at" timestamp with time zone NOT NULL,
	"recorded_at" timestamp with time zone NOT NULL,
	"cause" text NOT NULL,
	"held_by" uuid,
	"claimed_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "roster_shifts" ADD CONSTRAINT "roster_shifts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "roster_shifts" ADD CONSTRAINT "roster_shifts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_alerts" ADD CONSTRAINT "ecg_alerts_study_id_ecg_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."ecg_studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_alerts" ADD CONSTRAINT "ecg_alerts_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_alerts" ADD CONSTRAINT "ecg_alerts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_alerts" ADD CONSTRAINT "ecg_alerts_escalation_id_ecg_escalations_id_fk" FOREIGN KEY ("escalation_id") REFERENCES "public"."ecg_escalations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_alerts" ADD CONSTRAINT "ecg_alerts_claimed_by_users_id_fk" FOREIGN KEY ("claimed_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_escalations" ADD CONSTRAINT "ecg_escalations_study_id_ecg_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."ecg_studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_escalations" ADD CONSTRAINT "ecg_escalations_held_by_users_id_fk" FOREIGN KEY ("held_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_sla_breaches" ADD CONSTRAINT "ecg_sla_breaches_study_id_ecg_studies_id_fk" FOREIGN KEY ("study_id") REFERENCES "public"."ecg_studies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_sla_breaches" ADD CONSTRAINT "ecg_sla_breaches_org_id_organisations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ecg_sla_breaches" ADD CONSTRAINT "ecg_sla_breaches_held_by_users_id_fk" FOREIGN KEY ("held_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "roster_shifts_org_idx" ON "roster_shifts" USING btree ("org_id");--> statement-breakpoint
CREATE INDEX "roster_shifts_user_idx" ON "roster_shifts" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "ecg_alerts_user_idx" ON "ecg_alerts" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "ecg_alerts_study_idx" ON "ecg_alerts" USING btree ("study_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ecg_escalations_study_step_key" ON "ecg_escalations" USING btree ("study_id","step");--> statement-breakpoint
CREATE INDEX "ecg_sla_breaches_org_idx" ON "ecg_sla_breaches" USING btree ("org_id","recorded_at");