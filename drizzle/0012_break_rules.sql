ALTER TABLE `contract_rules` ADD `break_minutes` integer;--> statement-breakpoint
ALTER TABLE `contract_rules` ADD `lunch_minutes` integer;