/** Every API route lives under this prefix; the web app is served from the same origin. */
export const API_BASE = '/api/v1';
