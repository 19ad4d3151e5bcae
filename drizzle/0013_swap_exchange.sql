PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_shift_swaps` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`shift_id` integer NOT NULL,
	`offered_by` integer NOT NULL,
	`taken_by` integer,
	`return_shift_id` integer,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	FOREIGN KEY (`shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`offered_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`taken_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`return_shift_id`) REFERENCES `shifts`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`decided_by`) REFERENCES `people`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "shift_swaps_status" CHECK("__new_shift_swaps"."status" IN ('open', 'proposed', 'pending_approval', 'approved', 'denied', 'cancelled'))
);
--> statement-breakpoint
INSERT INTO `__new_shift_swaps`("id", "shift_id", "offered_by", "taken_by", "return_shift_id", "status", "created_at", "decided_by", "decided_at") SELECT "id", "shift_id", "offered_by", "taken_by", NULL, "status", "created_at", "decided_by", "decided_at" FROM `shift_swaps`;--> statement-breakpoint
DROP TABLE `shift_swaps`;--> statement-breakpoint
ALTER TABLE `__new_shift_swaps` RENAME TO `shift_swaps`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `shift_swaps_shift` ON `shift_swaps` (`shift_id`);