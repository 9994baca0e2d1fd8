// How the API process is started, shared by `npm start` and `npm run bench` (the Dockerfile's CMD
// repeats it). A smaller young generation keeps the peak RSS under load about 40 MB lower at the
// same throughput and p99 (measured with `npm run bench`). Capping the old generation
// (--max-old-space-size) lowers it further but makes V8 run full collections often enough to
// double the p99 latency, so it is not set.
export const API_NODE_FLAGS = ['--max-semi-space-size=4'];
