-- The decision log and its reviews are append-only; a published policy version never changes.
CREATE TRIGGER `decisions_no_update` BEFORE UPDATE ON `decisions`
BEGIN
	SELECT RAISE(ABORT, 'decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `decisions_no_delete` BEFORE DELETE ON `decisions`
BEGIN
	SELECT RAISE(ABORT, 'decisions is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `decision_reviews_no_update` BEFORE UPDATE ON `decision_reviews`
BEGIN
	SELECT RAISE(ABORT, 'decision_reviews is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `decision_reviews_no_delete` BEFORE DELETE ON `decision_reviews`
BEGIN
	SELECT RAISE(ABORT, 'decision_reviews is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER `policy_versions_published_fixed` BEFORE UPDATE ON `policy_versions`
WHEN OLD.status = 'published'
BEGIN
	SELECT RAISE(ABORT, 'a published policy version cannot change');
END;
--> statement-breakpoint
CREATE TRIGGER `policy_versions_published_kept` BEFORE DELETE ON `policy_versions`
WHEN OLD.status = 'published'
BEGIN
	SELECT RAISE(ABORT, 'a published policy version cannot be deleted');
END;
