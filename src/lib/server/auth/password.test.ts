import { beforeAll, describe, expect, it } from 'vitest';
import { checkNewPassword, decoyPasswordHash, hashPassword, maxPasswordLength, minPasswordLength, verifyPassword } from './password';

const password = 'a sound passphrase 42';
let hashed: string;

beforeAll(async () => {
	hashed = await hashPassword(password);
});

describe('hashPassword', () => {
	it('is argon2id v19 with m=19456, t=2, p=1 and a 32-byte output', () => {
		expect(hashed.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		const [, , , , salt, digest] = hashed.split('$');
		expect(salt!.length).toBeGreaterThanOrEqual(22); // 16 bytes of salt, base64 without padding
		expect(Buffer.from(digest!, 'base64').length).toBe(32);
		expect(hashed).not.toContain(password);
	});

	it('salts: the same password hashes differently each time', async () => {
		const again = await hashPassword(password);
		expect(again).not.toBe(hashed);
		expect(await verifyPassword(again, password)).toBe(true);
	});
});

describe('verifyPassword', () => {
	it('accepts the right password and refuses a wrong one', async () => {
		expect(await verifyPassword(hashed, password)).toBe(true);
		expect(await verifyPassword(hashed, password + ' ')).toBe(false);
		expect(await verifyPassword(hashed, password.toUpperCase())).toBe(false);
		expect(await verifyPassword(hashed, '')).toBe(false);
	});

	it('returns false instead of throwing on a malformed hash', async () => {
		expect(await verifyPassword('not-a-hash', password)).toBe(false);
		expect(await verifyPassword('', password)).toBe(false);
	});

	it('has a decoy hash that is argon2id with the same cost and matches no ordinary password', async () => {
		const decoy = await decoyPasswordHash();
		expect(decoy.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
		expect(await decoyPasswordHash()).toBe(decoy);
		expect(await verifyPassword(decoy, password)).toBe(false);
	});
});

describe('checkNewPassword', () => {
	it('has the limits 12 and 256', () => {
		expect(minPasswordLength).toBe(12);
		expect(maxPasswordLength).toBe(256);
	});

	it('refuses 11 characters and accepts 12', () => {
		expect(checkNewPassword('a'.repeat(11))).toBe('too_short');
		expect(checkNewPassword('a'.repeat(12))).toBeNull();
		expect(checkNewPassword('')).toBe('too_short');
	});

	it('accepts 256 characters and refuses 257', () => {
		expect(checkNewPassword('a'.repeat(256))).toBeNull();
		expect(checkNewPassword('a'.repeat(257))).toBe('too_long');
	});

	it('counts characters, not UTF-16 units, for the minimum', () => {
		// 11 emoji are 22 UTF-16 units but still 11 characters.
		expect(checkNewPassword('😀'.repeat(11))).toBe('too_short');
		expect(checkNewPassword('😀'.repeat(12))).toBeNull();
		expect(checkNewPassword('ż'.repeat(12))).toBeNull();
	});
});
