import { signal } from '@angular/core';
import {
  type Problem,
  type ProblemMessage,
  problemMessage,
  toProblem,
} from '@gw/web/shared/data-access';

/**
 * Runs the actions a view of an artifact offers one at a time (a second click while one runs is
 * ignored): `busy` while it runs, `error` the message of the problem it ended with. `onProblem` is
 * told the problem too, e.g. to reload after a 409 when someone else moved the artifact on.
 */
export class ActionRunner {
  readonly busy = signal(false);
  readonly error = signal<ProblemMessage | null>(null);

  constructor(private readonly onProblem: (problem: Problem) => void = () => undefined) {}

  async run(action: () => Promise<void>): Promise<void> {
    if (this.busy()) return;
    this.busy.set(true);
    this.error.set(null);
    try {
      await action();
    } catch (error) {
      const problem = toProblem(error);
      this.error.set(problemMessage(problem));
      this.onProblem(problem);
    } finally {
      this.busy.set(false);
    }
  }
}
