/** Every API route lives under this prefix; the web app is served from the same origin. */
export const API_BASE = '/api/v1';

/** The base of every route of one initiative: `/api/v1/initiatives/:initiativeId`. */
export const initiativeUrl = (initiativeId: string): string =>
  `${API_BASE}/initiatives/${encodeURIComponent(initiativeId)}`;
