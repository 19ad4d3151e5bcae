CREATE TABLE `forecast_intervals` (
	`forecast_id` integer NOT NULL,
	`interval_start` integer NOT NULL,
	`volume` real NOT NULL,
	`lower` real NOT NULL,
	`upper` real NOT NULL,
	`aht_seconds` real NOT NULL,
	`required_agents` integer NOT NULL,
	`scheduled_agents` integer NOT NULL,
	`service_level` real,
	`occupancy` real,
	PRIMARY KEY(`forecast_id`, `interval_start`),
	FOREIGN KEY (`forecast_id`) REFERENCES `forecasts`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `forecasts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`queue_id` integer NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	`interval_minutes` integer NOT NULL,
	`first_day` text NOT NULL,
	`last_day` text NOT NULL,
	`status` text NOT NULL,
	`progress` real DEFAULT 0 NOT NULL,
	`error` text,
	`method` text,
	`aht_method` text,
	`wape` real,
	`backtest` text,
	`saved` integer DEFAULT false NOT NULL,
	`staffing` text,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "forecasts_status" CHECK("forecasts"."status" IN ('running', 'done', 'failed'))
);
--> statement-breakpoint
CREATE INDEX `forecasts_queue` ON `forecasts` (`queue_id`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `forecasts_saved_per_queue` ON `forecasts` (`queue_id`) WHERE "forecasts"."saved" = 1;--> statement-breakpoint
CREATE TABLE `queue_targets` (
	`queue_id` integer PRIMARY KEY NOT NULL,
	`asa_seconds` real,
	`max_occupancy` real,
	`patience_seconds` real,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "queue_targets_ranges" CHECK(("queue_targets"."asa_seconds" IS NULL OR "queue_targets"."asa_seconds" > 0) AND ("queue_targets"."max_occupancy" IS NULL OR ("queue_targets"."max_occupancy" > 0 AND "queue_targets"."max_occupancy" <= 1)) AND ("queue_targets"."patience_seconds" IS NULL OR "queue_targets"."patience_seconds" > 0))
);
--> statement-breakpoint
CREATE TABLE `shrinkage_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`share` real NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "shrinkage_categories_share" CHECK("shrinkage_categories"."share" >= 0 AND "shrinkage_categories"."share" < 1 AND "shrinkage_categories"."kind" IN ('planned', 'unplanned'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `shrinkage_categories_org_name` ON `shrinkage_categories` (`organization_id`,`name`);--> statement-breakpoint
CREATE TABLE `special_days` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`queue_id` integer,
	`day` text NOT NULL,
	`kind` text NOT NULL,
	`note` text DEFAULT '' NOT NULL,
	`forecast_multiplier` real,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`queue_id`) REFERENCES `queues`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "special_days_multiplier" CHECK("special_days"."forecast_multiplier" IS NULL OR "special_days"."forecast_multiplier" >= 0)
);
--> statement-breakpoint
CREATE INDEX `special_days_org_day` ON `special_days` (`organization_id`,`day`);