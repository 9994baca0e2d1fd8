import { DAY, need, type Refs, revision, type SeedRow } from './demo-measurement-rows';

/** The review stories told on the latest periods: each finds its values or leaves them be. */
export class Stories {
  constructor(
    public rows: SeedRow[],
    private readonly refs: Refs,
  ) {}

  private daysAgo(days: number, hour = 10): Date {
    const time = new Date(this.refs.now.getTime() - days * DAY);
    time.setUTCHours(hour, 0, 0, 0);
    return time < this.refs.now ? time : new Date(this.refs.now.getTime() - 60_000);
  }

  /** The rows of an indicator's latest period: its total and, with `cells`, its cells. */
  private latest(indicator: string): { total?: SeedRow; cells: SeedRow[] } {
    const own = this.rows.filter((row) => row.indicator === indicator);
    const period = own
      .map((row) => row.value.period.key)
      .sort()
      .at(-1);
    const rows = own.filter((row) => row.value.period.key === period);
    return { total: rows.find((row) => !row.value.cell), cells: rows.filter((r) => r.value.cell) };
  }

  private drop(rows: SeedRow[]): void {
    this.rows = this.rows.filter((row) => !rows.includes(row));
  }

  private user(login: string): string {
    return need(this.refs.users, login, 'member');
  }

  /** A steward delivered the latest values; coordination has not looked at them yet. */
  awaitingReview(): void {
    const refugees = this.latest('Erstberatung junger Geflüchteter binnen vier Wochen');
    for (const row of [refugees.total, ...refugees.cells]) {
      if (!row) continue;
      this.submit(row, 'partner', this.daysAgo(2, 8));
    }
    const dropouts = this.latest('Vorzeitig gelöste Ausbildungsverträge');
    if (dropouts.total) this.submit(dropouts.total, 'berufskolleg', this.daysAgo(1, 14));
    this.drop(dropouts.cells);
  }

  private submit(row: SeedRow, login: string, at: Date): void {
    Object.assign(row.measurement, {
      status: 'submitted',
      enteredBy: this.user(login),
      enteredAt: at,
      reviewedBy: null,
      reviewedAt: null,
    });
    row.history = [];
  }

  /** Coordination sent the latest internship count back: the fair's places were missing. */
  returned(): void {
    const { total, cells } = this.latest('Vermittelte Praktikumsplätze');
    this.drop(cells);
    if (!total) return;
    const comment =
      'Die 38 Plätze aus der Ausbildungsmesse im Mai fehlen noch. Bitte ergänzen und erneut einreichen.';
    const value = Math.max(0, total.measurement.value - 38);
    const enteredAt = this.daysAgo(6, 9);
    const reviewedAt = this.daysAgo(4, 15);
    Object.assign(total.measurement, {
      value,
      cases: value,
      status: 'returned',
      enteredBy: this.user('handwerkskammer'),
      enteredAt,
      reviewedBy: this.user('koordination'),
      reviewedAt,
      reviewComment: comment,
    });
    const { cases, sourceNote } = total.measurement;
    total.history = [
      revision(
        value,
        cases,
        sourceNote,
        'submitted',
        'returned',
        'koordination',
        reviewedAt,
        comment,
      ),
    ];
  }

  /** Two corrections: coordination's of an approved rate, a steward's of a district count. */
  corrected(): void {
    const quota = this.latest('Abgängerinnen und Abgänger mit Anschlussperspektive').total;
    if (quota) {
      const { value, cases, sourceNote, reviewedAt } = quota.measurement;
      const earlier = Math.round((value - 0.7) * 10) / 10;
      const approvedAt = reviewedAt ?? quota.measurement.enteredAt;
      const correctedAt = this.daysAgo(12, 11);
      quota.history = [
        revision(earlier, cases, sourceNote, 'submitted', 'approved', 'koordination', approvedAt),
        revision(
          earlier,
          cases,
          sourceNote,
          'approved',
          'corrected',
          'koordination',
          correctedAt,
          'Nachmeldungen zweier Berufskollegs eingearbeitet.',
        ),
      ];
      Object.assign(quota.measurement, { reviewedBy: null, reviewedAt: null });
    }
    const north = this.latest('Teilnehmende am Übergangscoaching').cells.find(
      (row) => row.value.cell?.value === 'Nordviertel',
    );
    if (north) {
      const { value, cases, sourceNote, reviewedAt } = north.measurement;
      const earlier = Math.max(0, value - 3);
      const firstApproval = reviewedAt ?? north.measurement.enteredAt;
      const correctedAt = this.daysAgo(9, 10);
      const secondApproval = this.daysAgo(8, 16);
      north.history = [
        revision(
          earlier,
          cases === null ? null : Math.max(0, cases - 3),
          sourceNote,
          'submitted',
          'approved',
          'koordination',
          firstApproval,
        ),
        revision(
          earlier,
          cases === null ? null : Math.max(0, cases - 3),
          sourceNote,
          'approved',
          'corrected',
          'arbeitsgruppe',
          correctedAt,
          'Drei Teilnehmende der Gesamtschule Nord nachgemeldet.',
        ),
        revision(value, cases, sourceNote, 'submitted', 'approved', 'koordination', secondApproval),
      ];
      Object.assign(north.measurement, { reviewedAt: secondApproval });
    }
  }

  /** The stories behind a few data points, as the chart's tooltips show them. */
  commented(): void {
    const comment = (row: SeedRow | undefined, login: string, days: number, body: string) =>
      row?.comments.push({ login, body, at: this.daysAgo(days, 13) });
    comment(
      this.latest('Abgängerinnen und Abgänger mit Anschlussperspektive').total,
      'steuerung',
      10,
      'Der Anstieg geht vor allem auf die Gesamtschule Südstadt zurück: Dort begleiten die Coaches seit Februar alle Abgangsklassen.',
    );
    comment(
      this.latest('Teilnehmende am Übergangscoaching').total,
      'arbeitsgruppe',
      20,
      'Start nach den Sommerferien: Die Coachings liefen erst ab Mitte August an allen Schulen an.',
    );
    const dropouts = this.rows.find(
      (row) => row.indicator === 'Vorzeitig gelöste Ausbildungsverträge' && !row.value.cell,
    );
    comment(
      dropouts,
      'jobcenter',
      30,
      'Viele Lösungen im Gastgewerbe. Das Frühwarnsystem am Berufskolleg startet erst 2026.',
    );
    const few = this.rows.find(
      (row) =>
        row.indicator === 'Zufriedenheit mit der Beratung' && row.value.cases < 5 && row.value.cell,
    );
    comment(
      few,
      'koordination',
      15,
      'Nur wenige Antworten in dieser Altersgruppe: bitte vorsichtig lesen.',
    );
  }
}
