import { tooManyRequests } from './rate-limits';

describe('tooManyRequests', () => {
  it('states the wait in whole minutes, rounded up, and Retry-After in seconds', () => {
    const problem = tooManyRequests(576, 'Too many requests.');
    expect(problem.getStatus()).toBe(429);
    expect(problem.message).toBe('Too many requests. Please wait 10 minutes.');
    expect(problem.headers).toEqual({ 'Retry-After': '576' });
  });

  it('says "1 minute" for a wait of up to a minute and never a Retry-After below one second', () => {
    expect(tooManyRequests(60, 'Wait.').message).toBe('Wait. Please wait 1 minute.');
    expect(tooManyRequests(0.2, 'Wait.').headers).toEqual({ 'Retry-After': '1' });
  });
});
