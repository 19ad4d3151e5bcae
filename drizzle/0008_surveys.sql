CREATE TABLE `survey_responses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`survey_id` integer NOT NULL,
	`wave_index` integer NOT NULL,
	`respondent_key` text NOT NULL,
	`site_id` integer,
	`team_id` integer,
	`tenure_band` text NOT NULL,
	`enps` integer,
	`who5` text,
	`items` text NOT NULL,
	`comment` text,
	FOREIGN KEY (`survey_id`) REFERENCES `surveys`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`site_id`) REFERENCES `sites`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "survey_responses_enps" CHECK("survey_responses"."enps" IS NULL OR "survey_responses"."enps" BETWEEN 0 AND 10)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `survey_responses_once` ON `survey_responses` (`survey_id`,`wave_index`,`respondent_key`);--> statement-breakpoint
CREATE INDEX `survey_responses_wave` ON `survey_responses` (`survey_id`,`wave_index`);--> statement-breakpoint
CREATE TABLE `surveys` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`title` text NOT NULL,
	`include_enps` integer NOT NULL,
	`include_who5` integer NOT NULL,
	`allow_comment` integer NOT NULL,
	`items` text NOT NULL,
	`start_day` text NOT NULL,
	`every_weeks` integer NOT NULL,
	`closes_after_days` integer NOT NULL,
	`min_respondents` integer DEFAULT 5 NOT NULL,
	`min_comment_respondents` integer DEFAULT 10 NOT NULL,
	`secret` text NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "surveys_thresholds" CHECK("surveys"."min_respondents" >= 3 AND "surveys"."min_comment_respondents" >= "surveys"."min_respondents"),
	CONSTRAINT "surveys_schedule" CHECK("surveys"."every_weeks" IN (1, 2, 4) AND "surveys"."closes_after_days" BETWEEN 1 AND 7 * "surveys"."every_weeks")
);
