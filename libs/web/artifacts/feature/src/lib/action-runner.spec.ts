import { HttpErrorResponse } from '@angular/common/http';
import { ActionRunner } from './action-runner';

describe('ActionRunner', () => {
  it('is busy while an action runs and ignores a second one meanwhile', async () => {
    const runner = new ActionRunner();
    let finish: () => void = () => undefined;
    const first = runner.run(() => new Promise<void>((done) => (finish = done)));
    expect(runner.busy()).toBe(true);
    const second = jest.fn(() => Promise.resolve());
    await runner.run(second);
    expect(second).not.toHaveBeenCalled();
    finish();
    await first;
    expect(runner.busy()).toBe(false);
  });

  it('keeps the message of a failure and tells the problem, until the next action', async () => {
    const problems: number[] = [];
    const runner = new ActionRunner((problem) => problems.push(problem.status));
    await runner.run(() =>
      Promise.reject(new HttpErrorResponse({ status: 409, statusText: 'Conflict' })),
    );
    expect(runner.error()).not.toBeNull();
    expect(problems).toEqual([409]);
    await runner.run(() => Promise.resolve());
    expect(runner.error()).toBeNull();
  });
});
