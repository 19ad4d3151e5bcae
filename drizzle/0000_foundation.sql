CREATE TABLE `organizations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `people` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`role` text NOT NULL,
	`team_id` integer,
	`site_id` integer,
	`hire_date` text NOT NULL,
	`employment_status` text DEFAULT 'active' NOT NULL,
	`contract_hours_min` real DEFAULT 0 NOT NULL,
	`contract_hours_max` real DEFAULT 40 NOT NULL,
	`skills` text DEFAULT '[]' NOT NULL,
	`locale` text,
	`password_hash` text,
	`disabled_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "people_role" CHECK("people"."role" IN ('agent', 'supervisor', 'hr', 'admin')),
	CONSTRAINT "people_status" CHECK("people"."employment_status" IN ('active', 'leave', 'exited')),
	CONSTRAINT "people_contract_hours" CHECK("people"."contract_hours_min" >= 0 AND "people"."contract_hours_min" <= "people"."contract_hours_max" AND "people"."contract_hours_max" <= 80)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `people_email` ON `people` (`email`);--> statement-breakpoint
CREATE INDEX `people_team` ON `people` (`team_id`);--> statement-breakpoint
CREATE TABLE `queues` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`name` text NOT NULL,
	`channel` text NOT NULL,
	`time_zone` text NOT NULL,
	`service_level_target` real NOT NULL,
	`service_level_seconds` integer NOT NULL,
	`concurrency` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "queues_channel" CHECK("queues"."channel" IN ('voice', 'chat', 'email', 'other')),
	CONSTRAINT "queues_target" CHECK("queues"."service_level_target" > 0 AND "queues"."service_level_target" <= 1 AND "queues"."service_level_seconds" > 0),
	CONSTRAINT "queues_concurrency" CHECK("queues"."concurrency" >= 1 AND "queues"."concurrency" <= 10)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `queues_org_name` ON `queues` (`organization_id`,`name`);--> statement-breakpoint
CREATE TABLE `sites` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`name` text NOT NULL,
	`time_zone` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sites_org_name` ON `sites` (`organization_id`,`name`);--> statement-breakpoint
CREATE TABLE `team_supervisors` (
	`team_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	PRIMARY KEY(`team_id`, `person_id`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `teams` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`site_id` integer NOT NULL,
	`name` text NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `teams_org_name` ON `teams` (`organization_id`,`name`);--> statement-breakpoint
CREATE TABLE `invitations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`token_hash` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `invitations_token` ON `invitations` (`token_hash`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` text PRIMARY KEY NOT NULL,
	`secret_hash` text NOT NULL,
	`person_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `sessions_person` ON `sessions` (`person_id`);--> statement-breakpoint
CREATE TABLE `sign_in_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`window_started_at` integer NOT NULL,
	`locked_until` integer
);
--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`actor_id` integer,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` text,
	`detail` text,
	FOREIGN KEY (`actor_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `audit_log_at` ON `audit_log` (`at`);--> statement-breakpoint
CREATE TABLE `agent_day_outcomes` (
	`person_id` integer NOT NULL,
	`day` text NOT NULL,
	`contacts` integer NOT NULL,
	`worked_minutes` integer NOT NULL,
	`overtime_minutes` integer DEFAULT 0 NOT NULL,
	`shift_start_minute` integer NOT NULL,
	`csat` real,
	`csat_responses` integer DEFAULT 0 NOT NULL,
	`fcr` real,
	`first_reply_seconds` real,
	`resolution_seconds` real,
	`customer_effort` real,
	`handle_seconds` real,
	`qa_score` real,
	PRIMARY KEY(`person_id`, `day`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "agent_day_outcomes_ranges" CHECK("agent_day_outcomes"."contacts" >= 0 AND "agent_day_outcomes"."worked_minutes" >= 0 AND "agent_day_outcomes"."overtime_minutes" >= 0 AND "agent_day_outcomes"."overtime_minutes" <= "agent_day_outcomes"."worked_minutes"
			AND "agent_day_outcomes"."shift_start_minute" BETWEEN 0 AND 1439 AND "agent_day_outcomes"."csat_responses" >= 0
			AND ("agent_day_outcomes"."csat" IS NULL OR "agent_day_outcomes"."csat" BETWEEN 0 AND 1) AND ("agent_day_outcomes"."fcr" IS NULL OR "agent_day_outcomes"."fcr" BETWEEN 0 AND 1)
			AND ("agent_day_outcomes"."customer_effort" IS NULL OR "agent_day_outcomes"."customer_effort" BETWEEN 1 AND 7) AND ("agent_day_outcomes"."qa_score" IS NULL OR "agent_day_outcomes"."qa_score" BETWEEN 0 AND 100))
);
--> statement-breakpoint
CREATE INDEX `agent_day_outcomes_day` ON `agent_day_outcomes` (`day`);--> statement-breakpoint
CREATE TABLE `exits` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`exit_date` text NOT NULL,
	`type` text NOT NULL,
	`reason` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "exits_type" CHECK("exits"."type" IN ('voluntary', 'involuntary'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `exits_personId_unique` ON `exits` (`person_id`);--> statement-breakpoint
CREATE TABLE `interval_history` (
	`queue_id` integer NOT NULL,
	`interval_start` integer NOT NULL,
	`interval_minutes` integer NOT NULL,
	`offered` integer NOT NULL,
	`handled` integer NOT NULL,
	`abandoned` integer NOT NULL,
	`aht_seconds` real,
	PRIMARY KEY(`queue_id`, `interval_start`),
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "interval_history_counts" CHECK("interval_history"."offered" >= 0 AND "interval_history"."handled" >= 0 AND "interval_history"."abandoned" >= 0 AND "interval_history"."handled" + "interval_history"."abandoned" <= "interval_history"."offered")
);
