CREATE TABLE `risk_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`organization_id` integer NOT NULL,
	`model` text NOT NULL,
	`window_from` text NOT NULL,
	`window_to` text NOT NULL,
	`rows` integer NOT NULL,
	`exits` integer NOT NULL,
	`validation` text,
	`trained_by` integer,
	`trained_at` integer NOT NULL,
	FOREIGN KEY (`organization_id`) REFERENCES `organizations`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`trained_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action
);
