CREATE TABLE `module_completions` (
	`module_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`completed_at` integer NOT NULL,
	PRIMARY KEY(`module_id`, `person_id`),
	FOREIGN KEY (`module_id`) REFERENCES `training_modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `practice_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`scenario_key` text NOT NULL,
	`reply` text NOT NULL,
	`scores` text NOT NULL,
	`total` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `training_modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `practice_attempts_person_module` ON `practice_attempts` (`person_id`,`module_id`);--> statement-breakpoint
CREATE TABLE `quiz_attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`correct` integer NOT NULL,
	`total` integer NOT NULL,
	`answers` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `training_modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "quiz_attempts_counts" CHECK("quiz_attempts"."correct" >= 0 AND "quiz_attempts"."correct" <= "quiz_attempts"."total")
);
--> statement-breakpoint
CREATE INDEX `quiz_attempts_person_module` ON `quiz_attempts` (`person_id`,`module_id`);--> statement-breakpoint
CREATE TABLE `training_assignments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`module_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`assigned_by` integer NOT NULL,
	`due_day` text,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`module_id`) REFERENCES `training_modules`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`assigned_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_assignments_once` ON `training_assignments` (`module_id`,`person_id`);--> statement-breakpoint
CREATE INDEX `training_assignments_person` ON `training_assignments` (`person_id`);--> statement-breakpoint
CREATE TABLE `training_modules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`key` text NOT NULL,
	`source` text NOT NULL,
	`locale` text,
	`title` text NOT NULL,
	`summary` text DEFAULT '' NOT NULL,
	`minutes` integer NOT NULL,
	`content` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "training_modules_source" CHECK("training_modules"."source" IN ('shipped', 'authored') AND ("training_modules"."source" = 'shipped' OR "training_modules"."content" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `training_modules_key` ON `training_modules` (`organization_id`,`key`);--> statement-breakpoint
CREATE TABLE `training_weekly` (
	`person_id` integer NOT NULL,
	`week_start` text NOT NULL,
	`practice_attempts` integer DEFAULT 0 NOT NULL,
	`mean_practice_score` real,
	`quiz_attempts` integer DEFAULT 0 NOT NULL,
	`completions` integer DEFAULT 0 NOT NULL,
	`coaching_sessions` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`person_id`, `week_start`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
