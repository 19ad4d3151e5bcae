CREATE TABLE `autonomy_index` (
	`team_id` integer NOT NULL,
	`week_start` text NOT NULL,
	`decisions` integer NOT NULL,
	`autonomous` integer NOT NULL,
	`needs_approval` integer NOT NULL,
	`not_allowed` integer NOT NULL,
	`approved` integer NOT NULL,
	`denied` integer NOT NULL,
	`autonomy_share` real NOT NULL,
	`resolved_share` real NOT NULL,
	`median_turnaround_minutes` real,
	PRIMARY KEY(`team_id`, `week_start`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `custom_actions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`key` text NOT NULL,
	`name` text NOT NULL,
	`monetary` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `custom_actions_key` ON `custom_actions` (`organization_id`,`key`);--> statement-breakpoint
CREATE TABLE `decision_reviews` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`decision_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`verdict` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`escalated` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`decision_id`) REFERENCES `decisions`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "decision_reviews_verdict" CHECK("decision_reviews"."verdict" IN ('approved', 'denied'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `decision_reviews_decisionId_unique` ON `decision_reviews` (`decision_id`);--> statement-breakpoint
CREATE TABLE `decisions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`team_id` integer,
	`action` text NOT NULL,
	`amount` integer,
	`currency` text,
	`case_ref` text NOT NULL,
	`reason` text NOT NULL,
	`customer_tier` text NOT NULL,
	`day` text NOT NULL,
	`outcome` text NOT NULL,
	`approver_role` text,
	`verdict_reason` text NOT NULL,
	`rule_key` text,
	`policy_version_id` integer,
	`left_today` integer,
	`left_month` integer,
	`context` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`policy_version_id`) REFERENCES `policy_versions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "decisions_amount" CHECK("decisions"."amount" IS NULL OR "decisions"."amount" > 0),
	CONSTRAINT "decisions_outcome" CHECK("decisions"."outcome" IN ('autonomous', 'needs_approval', 'not_allowed'))
);
--> statement-breakpoint
CREATE INDEX `decisions_person_day` ON `decisions` (`person_id`,`day`);--> statement-breakpoint
CREATE INDEX `decisions_team_day` ON `decisions` (`team_id`,`day`);--> statement-breakpoint
CREATE INDEX `decisions_case` ON `decisions` (`organization_id`,`case_ref`);--> statement-breakpoint
CREATE TABLE `interaction_outcomes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`person_id` integer,
	`case_ref` text,
	`day` text NOT NULL,
	`channel` text NOT NULL,
	`csat` integer,
	`fcr` integer,
	`first_reply_seconds` real,
	`resolution_seconds` real,
	`customer_effort` real,
	`handle_seconds` real,
	`qa_score` real,
	`nps` integer,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "interaction_outcomes_ranges" CHECK(("interaction_outcomes"."csat" IS NULL OR "interaction_outcomes"."csat" BETWEEN 1 AND 5) AND ("interaction_outcomes"."nps" IS NULL OR "interaction_outcomes"."nps" BETWEEN 0 AND 10) AND ("interaction_outcomes"."customer_effort" IS NULL OR "interaction_outcomes"."customer_effort" BETWEEN 1 AND 7) AND ("interaction_outcomes"."qa_score" IS NULL OR "interaction_outcomes"."qa_score" BETWEEN 0 AND 100))
);
--> statement-breakpoint
CREATE INDEX `interaction_outcomes_case` ON `interaction_outcomes` (`organization_id`,`case_ref`);--> statement-breakpoint
CREATE INDEX `interaction_outcomes_person_day` ON `interaction_outcomes` (`person_id`,`day`);--> statement-breakpoint
CREATE TABLE `policies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`team_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `policies_scope` ON `policies` (`organization_id`,coalesce(`team_id`, 0));--> statement-breakpoint
CREATE TABLE `policy_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`policy_id` integer NOT NULL,
	`version` integer NOT NULL,
	`status` text NOT NULL,
	`effective_from` text,
	`rules` text NOT NULL,
	`response_target_minutes` integer DEFAULT 60 NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_by` integer NOT NULL,
	`created_at` integer NOT NULL,
	`published_by` integer,
	`published_at` integer,
	FOREIGN KEY (`policy_id`) REFERENCES `policies`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`published_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "policy_versions_published" CHECK("policy_versions"."status" = 'draft' OR ("policy_versions"."effective_from" IS NOT NULL AND "policy_versions"."published_at" IS NOT NULL)),
	CONSTRAINT "policy_versions_target" CHECK("policy_versions"."response_target_minutes" BETWEEN 1 AND 10080)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `policy_versions_number` ON `policy_versions` (`policy_id`,`version`);