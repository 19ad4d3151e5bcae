import { hash, verify } from '@node-rs/argon2';

// argon2id with OWASP's second recommended profile: 19 MiB memory, 2 passes, 1 lane.
const options = { memoryCost: 19456, timeCost: 2, parallelism: 1, outputLen: 32 } as const;

export const minPasswordLength = 12;
export const maxPasswordLength = 256;

export function hashPassword(password: string): Promise<string> {
	return hash(password, options);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
	try {
		return await verify(passwordHash, password);
	} catch {
		return false;
	}
}

// Verified against when the email is unknown, so both failures take the same time.
let decoy: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
	decoy ??= hashPassword('decoy-password-never-matches');
	return decoy;
}

/** Why a new password is refused, or null when it is acceptable. */
export function checkNewPassword(password: string): 'too_short' | 'too_long' | null {
	// Counted in characters (code points), not UTF-16 units, for both bounds.
	const length = [...password].length;
	if (length < minPasswordLength) return 'too_short';
	if (length > maxPasswordLength) return 'too_long';
	return null;
}
