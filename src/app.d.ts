import type { Database } from '$lib/server/db';
import type { SessionUser } from '$lib/server/auth/session';
import type { Session } from '$lib/server/db/schema';

declare global {
	namespace App {
		interface Locals {
			database: Database;
			user: SessionUser | null;
			session: Session | null;
			/** A session cookie came with this request but its session had ended. */
			sessionEnded: boolean;
		}
		interface Error {
			message: string;
		}
	}
}

export {};
