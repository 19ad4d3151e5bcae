const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Whether an unsafe request may come from another site. Browsers send Origin on every
 * unsafe request and Sec-Fetch-Site on every request, so a missing or foreign value on either
 * is refused whatever the content type; tools that send neither must say where they come from.
 */
export function isCrossSiteUnsafe(request: Request, origin: string): boolean {
	if (safeMethods.has(request.method)) return false;
	const requestOrigin = request.headers.get('origin');
	if (requestOrigin !== origin) return true;
	const fetchSite = request.headers.get('sec-fetch-site');
	return fetchSite !== null && fetchSite !== 'same-origin' && fetchSite !== 'none';
}
