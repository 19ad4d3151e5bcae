CREATE TABLE `availability` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer NOT NULL,
	`end_minute` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "availability_window" CHECK("availability"."weekday" BETWEEN 0 AND 6 AND "availability"."start_minute" >= 0 AND "availability"."end_minute" <= 1440 AND "availability"."start_minute" < "availability"."end_minute")
);
--> statement-breakpoint
CREATE INDEX `availability_person` ON `availability` (`person_id`);--> statement-breakpoint
CREATE TABLE `availability_exceptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`day` text NOT NULL,
	`start_minute` integer,
	`end_minute` integer,
	`note` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "availability_exceptions_window" CHECK(("availability_exceptions"."start_minute" IS NULL AND "availability_exceptions"."end_minute" IS NULL) OR ("availability_exceptions"."start_minute" >= 0 AND "availability_exceptions"."end_minute" <= 1440 AND "availability_exceptions"."start_minute" < "availability_exceptions"."end_minute"))
);
--> statement-breakpoint
CREATE INDEX `availability_exceptions_person_day` ON `availability_exceptions` (`person_id`,`day`);--> statement-breakpoint
CREATE TABLE `calendar_feeds` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `calendar_feeds_tokenHash_unique` ON `calendar_feeds` (`token_hash`);--> statement-breakpoint
CREATE TABLE `contract_rules` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`max_consecutive_days` integer,
	`min_rest_hours` real,
	`max_weekends_per4_weeks` integer,
	`allowed_starts` text,
	`shift_lengths` text,
	`time_off_days_per_year` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "contract_rules_ranges" CHECK(("contract_rules"."max_consecutive_days" IS NULL OR "contract_rules"."max_consecutive_days" BETWEEN 1 AND 14) AND ("contract_rules"."min_rest_hours" IS NULL OR "contract_rules"."min_rest_hours" BETWEEN 0 AND 24) AND ("contract_rules"."max_weekends_per4_weeks" IS NULL OR "contract_rules"."max_weekends_per4_weeks" BETWEEN 0 AND 4))
);
--> statement-breakpoint
CREATE TABLE `desired_hours` (
	`person_id` integer PRIMARY KEY NOT NULL,
	`weekly_hours` real NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `flexibility_index` (
	`person_id` integer NOT NULL,
	`week_start` text NOT NULL,
	`preferences_honoured` real,
	`requests_approved` real,
	`self_service_changes` integer DEFAULT 0 NOT NULL,
	`value` real,
	PRIMARY KEY(`person_id`, `week_start`),
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `preferences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`kind` text NOT NULL,
	`weekday` integer NOT NULL,
	`start_minute` integer,
	`end_minute` integer,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "preferences_kind" CHECK("preferences"."kind" IN ('prefer_window', 'avoid_window', 'day_off') AND "preferences"."weekday" BETWEEN 0 AND 6)
);
--> statement-breakpoint
CREATE INDEX `preferences_person` ON `preferences` (`person_id`);--> statement-breakpoint
CREATE TABLE `schedules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`status` text DEFAULT 'draft' NOT NULL,
	`run_status` text NOT NULL,
	`progress` real DEFAULT 0 NOT NULL,
	`run_error` text,
	`objective` real,
	`lower_bound` real,
	`summary` text,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`published_at` integer,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "schedules_status" CHECK("schedules"."status" IN ('draft', 'published') AND "schedules"."run_status" IN ('running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE INDEX `schedules_team` ON `schedules` (`team_id`,`first_day`);--> statement-breakpoint
CREATE TABLE `shift_swaps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shift_id` integer NOT NULL,
	`offered_by` integer NOT NULL,
	`taken_by` integer,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offered_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`taken_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "shift_swaps_status" CHECK("shift_swaps"."status" IN ('open', 'pending_approval', 'approved', 'denied', 'cancelled'))
);
--> statement-breakpoint
CREATE INDEX `shift_swaps_shift` ON `shift_swaps` (`shift_id`);--> statement-breakpoint
CREATE TABLE `shifts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`schedule_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`queue_id` integer,
	`breaks` text DEFAULT '[]' NOT NULL,
	FOREIGN KEY (`schedule_id`) REFERENCES `schedules`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "shifts_order" CHECK("shifts"."start" < "shifts"."end")
);
--> statement-breakpoint
CREATE INDEX `shifts_person_start` ON `shifts` (`person_id`,`start`);--> statement-breakpoint
CREATE INDEX `shifts_schedule` ON `shifts` (`schedule_id`);--> statement-breakpoint
CREATE TABLE `staffing_offer_takes` (
	`offer_id` integer NOT NULL,
	`person_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	PRIMARY KEY(`offer_id`, `person_id`),
	FOREIGN KEY (`offer_id`) REFERENCES `staffing_offers`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `staffing_offers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`team_id` integer NOT NULL,
	`kind` text NOT NULL,
	`day` text NOT NULL,
	`start` integer NOT NULL,
	`end` integer NOT NULL,
	`slots` integer NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "staffing_offers_valid" CHECK("staffing_offers"."kind" IN ('vto', 'extra') AND "staffing_offers"."start" < "staffing_offers"."end" AND "staffing_offers"."slots" >= 1)
);
--> statement-breakpoint
CREATE INDEX `staffing_offers_team_day` ON `staffing_offers` (`team_id`,`day`);--> statement-breakpoint
CREATE TABLE `team_flexibility_index` (
	`team_id` integer NOT NULL,
	`week_start` text NOT NULL,
	`value` real,
	`agents_measured` integer DEFAULT 0 NOT NULL,
	PRIMARY KEY(`team_id`, `week_start`),
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `team_settings` (
	`team_id` integer PRIMARY KEY NOT NULL,
	`swaps_need_approval` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`team_id`) REFERENCES `teams`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `time_off_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`status` text NOT NULL,
	`auto_approved` integer DEFAULT false NOT NULL,
	`impact` text,
	`created_at` integer NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`decision_note` text,
	FOREIGN KEY (`person_id`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "time_off_days" CHECK("time_off_requests"."first_day" <= "time_off_requests"."last_day")
);
--> statement-breakpoint
CREATE INDEX `time_off_person` ON `time_off_requests` (`person_id`,`first_day`);