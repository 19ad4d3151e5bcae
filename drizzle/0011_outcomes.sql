CREATE TABLE `cx_self_assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`team_id` integer,
	`answers` text NOT NULL,
	`answered_by` integer,
	`answered_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`answered_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `cx_self_assessments_team` ON `cx_self_assessments` (`organization_id`,`team_id`,`answered_at`);--> statement-breakpoint
CREATE TABLE `metric_reviews` (
	`person_id` integer NOT NULL,
	`day` text NOT NULL,
	PRIMARY KEY(`person_id`, `day`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `outcome_targets` (
	`organization_id` integer NOT NULL,
	`measure` text NOT NULL,
	`target` real NOT NULL,
	`updated_by` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`organization_id`, `measure`),
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`updated_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "outcome_targets_finite" CHECK("outcome_targets"."target" >= 0)
);
--> statement-breakpoint
CREATE TABLE `team_day_outcomes` (
	`team_id` integer NOT NULL,
	`day` text NOT NULL,
	`agent_days` integer NOT NULL,
	`contacts` integer NOT NULL,
	`worked_minutes` integer NOT NULL,
	`overtime_minutes` integer NOT NULL,
	`csat_weighted` real NOT NULL,
	`csat_responses` integer NOT NULL,
	`fcr_sum` real NOT NULL,
	`fcr_count` integer NOT NULL,
	`first_reply_sum` real NOT NULL,
	`first_reply_count` integer NOT NULL,
	`resolution_sum` real NOT NULL,
	`resolution_count` integer NOT NULL,
	`effort_sum` real NOT NULL,
	`effort_count` integer NOT NULL,
	`handle_sum` real NOT NULL,
	`handle_count` integer NOT NULL,
	`qa_sum` real NOT NULL,
	`qa_count` integer NOT NULL,
	PRIMARY KEY(`team_id`, `day`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `team_day_outcomes_day` ON `team_day_outcomes` (`day`);--> statement-breakpoint
CREATE TABLE `team_week_staffing` (
	`team_id` integer NOT NULL,
	`week_start` text NOT NULL,
	`required_hours` real NOT NULL,
	`covered_hours` real NOT NULL,
	`worked_hours` real NOT NULL,
	PRIMARY KEY(`team_id`, `week_start`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `wave_engagement` (
	`survey_id` integer NOT NULL,
	`wave_index` integer NOT NULL,
	`closes_on` text NOT NULL,
	`teams` text NOT NULL,
	PRIMARY KEY(`survey_id`, `wave_index`),
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE cascade
);
