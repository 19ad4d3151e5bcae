CREATE TABLE `coaching_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` integer NOT NULL,
	`goal` text NOT NULL,
	`measure` text NOT NULL,
	`due_day` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`follow_up` text,
	`updated_at` integer,
	FOREIGN KEY (`session_id`) REFERENCES `coaching_sessions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "coaching_goals_status" CHECK("coaching_goals"."status" IN ('open', 'met', 'not_met'))
);
--> statement-breakpoint
CREATE INDEX `coaching_goals_session` ON `coaching_goals` (`session_id`);--> statement-breakpoint
CREATE TABLE `coaching_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`coach_id` integer NOT NULL,
	`evaluation_id` integer,
	`practice_attempt_id` integer,
	`feedback` text NOT NULL,
	`agent_reply` text,
	`acknowledged_at` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`coach_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`evaluation_id`) REFERENCES `evaluations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`practice_attempt_id`) REFERENCES `practice_attempts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `coaching_sessions_person` ON `coaching_sessions` (`person_id`);--> statement-breakpoint
CREATE TABLE `evaluations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`transcript_id` integer NOT NULL,
	`scorecard_id` integer NOT NULL,
	`reviewer_id` integer NOT NULL,
	`answers` text NOT NULL,
	`score` real,
	`auto_failed` integer NOT NULL,
	`calibration` integer DEFAULT false NOT NULL,
	`expert` integer DEFAULT false NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`transcript_id`) REFERENCES `transcripts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`scorecard_id`) REFERENCES `scorecards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reviewer_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "evaluations_score" CHECK("evaluations"."score" IS NULL OR "evaluations"."score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE INDEX `evaluations_transcript` ON `evaluations` (`transcript_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `evaluations_once` ON `evaluations` (`transcript_id`,`reviewer_id`,`calibration`);--> statement-breakpoint
CREATE TABLE `scorecards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`name` text NOT NULL,
	`version` integer NOT NULL,
	`sections` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `scorecards_version` ON `scorecards` (`organization_id`,`name`,`version`);--> statement-breakpoint
CREATE TABLE `transcripts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`channel` text NOT NULL,
	`day` text NOT NULL,
	`title` text NOT NULL,
	`turns` text NOT NULL,
	`imported_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`imported_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `transcripts_person` ON `transcripts` (`person_id`);