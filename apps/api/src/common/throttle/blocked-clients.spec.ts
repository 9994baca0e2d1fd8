import { BlockedClients } from './blocked-clients';

describe('BlockedClients', () => {
  afterEach(() => jest.useRealTimers());

  it('answers the seconds left of a block until it ends', () => {
    jest.useFakeTimers({ now: 0 });
    const blocked = new BlockedClients();
    expect(blocked.secondsLeft('register|10.0.0.1')).toBeUndefined();
    blocked.block('register|10.0.0.1', 60);
    jest.setSystemTime(45_000);
    expect(blocked.secondsLeft('register|10.0.0.1')).toBe(15);
    jest.setSystemTime(60_000);
    expect(blocked.secondsLeft('register|10.0.0.1')).toBeUndefined();
  });

  it('keeps at most its capacity, dropping ended blocks first, then the oldest', () => {
    jest.useFakeTimers({ now: 0 });
    const blocked = new BlockedClients(2);
    blocked.block('a', 10);
    blocked.block('b', 100);
    jest.setSystemTime(20_000);
    blocked.block('c', 100); // a has ended and goes
    expect(blocked.secondsLeft('b')).toBe(80);
    blocked.block('d', 100); // full of live blocks: the oldest, b, goes
    expect(blocked.secondsLeft('b')).toBeUndefined();
    expect(blocked.secondsLeft('c')).toBe(100);
    expect(blocked.secondsLeft('d')).toBe(100);
  });
});
