// What the Phase-3 workload is made of, as plain data: the goals, dimensions, indicators and
// measures of one initiative five years into its Umsetzung, and the calendar months its values
// cover. No database here; phase-three-seed.mjs writes it.
import { randomUUID } from 'node:crypto';

export const MONTHS = 60;

export const GOALS = [
  'Jeder junge Mensch findet nach der Schule einen Anschluss',
  'Mehr Ausbildungs- und Praktikumsplätze im Quartier',
  'Familien finden Rat und Unterstützung in ihrer Nachbarschaft',
  'Junge Geflüchtete kommen schnell an',
  'Offene Angebote in jedem Stadtteil',
];

/** Two dimensions, 5 × 2 = 10 cells per value (the initiative is in Leipzig, slot 0 of the seed). */
export const DIMENSIONS = [
  { name: 'Stadtteil', values: ['Grünau', 'Lindenau', 'Connewitz', 'Gohlis', 'Reudnitz'] },
  { name: 'Altersgruppe', values: ['14–17 Jahre', '18–27 Jahre'] },
];

/** 10 offers × 5 metrics = 50 indicators, all monthly. */
const OFFERS = [
  'Übergangscoaching',
  'Hausaufgabenhilfe',
  'Sprachkurse',
  'Offener Jugendtreff',
  'Mentoringprogramm',
  'Bewerbungswerkstatt',
  'Elterncafé',
  'Ferienprogramm',
  'Sportangebote',
  'Schulsozialarbeit',
];
const METRICS = [
  { label: 'Teilnehmende', unit: 'Personen', category: 'how_much', base: 40, slope: 0.5 },
  { label: 'Angebotsstunden', unit: 'Stunden', category: 'how_much', base: 120, slope: 0.8 },
  { label: 'Zufriedenheit', unit: '%', category: 'how_well', base: 68, slope: 0.2 },
  { label: 'Abbruchquote', unit: '%', category: 'how_well', base: 24, slope: -0.15 },
  { label: 'Anschluss erreicht', unit: '%', category: 'better_off', base: 52, slope: 0.25 },
];
const VISIBILITIES = ['internal', 'partners', 'public'];

const MEASURE_KINDS = [
  'Bewerbungstraining',
  'Jugendsprechstunde',
  'Lernpatenschaften',
  'Elternabende',
  'Berufsorientierungstage',
  'Sommerferienprogramm',
  'Sprachcafé',
  'Streetwork',
];
/** A spread like a running action plan's: most measures running, some done, a few in trouble. */
const MEASURE_STATUSES = ['running', 'running', 'completed', 'planned', 'delayed', 'cancelled'];
const MILESTONES = ['Auftaktveranstaltung', 'Zwischenbilanz', 'Fachtag', 'Abschlussbericht'];

const iso = (date) => date.toISOString().slice(0, 10);
const monthStart = (year, month) => new Date(Date.UTC(year, month, 1));
const addMonths = (date, months) => monthStart(date.getUTCFullYear(), date.getUTCMonth() + months);
const lastDayOf = (date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + 1, 0));

/**
 * The 60 months before the current one (so that the newest values are a few weeks old, as on a
 * live dashboard) and the last calendar year they cover completely: the report's year.
 */
export function calendar(today = new Date()) {
  const current = monthStart(today.getUTCFullYear(), today.getUTCMonth());
  const first = addMonths(current, -MONTHS);
  const last = addMonths(current, -1);
  const reportYear = last.getUTCMonth() === 11 ? last.getUTCFullYear() : last.getUTCFullYear() - 1;
  return {
    today: iso(today),
    firstMonth: iso(first),
    lastMonthEnd: iso(lastDayOf(last)),
    reportYear,
    /** A day inside the report's year: POST …/reports takes any day of the period. */
    reportDate: `${reportYear}-07-01`,
  };
}

/** Baseline the day before the first value; a target next year, every other one a second. */
function indicator(offer, o, metric, m, when) {
  const n = o * METRICS.length + m;
  const base = Math.round(metric.base * (0.7 + o * 0.06) * 10) / 10;
  const endOfYear = Number(when.lastMonthEnd.slice(0, 4));
  const aim = (months) => Math.round((base + metric.slope * months * 1.2) * 10) / 10;
  const targets = [{ value: aim(MONTHS + 14), date: `${endOfYear + 1}-12-31` }];
  if (n % 2 === 0) targets.push({ value: aim(MONTHS + 38), date: `${endOfYear + 3}-12-31` });
  const goals = new Set([o % GOALS.length]);
  if (metric.category === 'better_off') goals.add(0);
  return {
    id: randomUUID(),
    name: `${offer}: ${metric.label}`,
    definition: `${metric.label} im Angebot „${offer}“ je Kalendermonat, aus der Monatsstatistik der Träger.`,
    unit: metric.unit,
    direction: metric.slope < 0 ? 'lower_is_better' : 'higher_is_better',
    category: metric.category,
    visibility: VISIBILITIES[n % VISIBILITIES.length],
    percent: metric.unit === '%',
    base,
    slope: metric.slope,
    baselineDate: iso(new Date(Date.parse(when.firstMonth) - 86_400_000)),
    targets,
    goals: [...goals],
  };
}

export function indicators(when) {
  return OFFERS.flatMap((offer, o) =>
    METRICS.map((metric, m) => indicator(offer, o, metric, m, when)),
  );
}

export function dimensions() {
  return DIMENSIONS.map((dimension, d) => ({
    id: randomUUID(),
    name: dimension.name,
    position: d + 1,
    values: dimension.values.map((value, v) => ({ id: randomUUID(), value, position: v + 1 })),
  }));
}

/** Plain code-unit order, as apps/api/src/modules/measurements/measurement-cell.ts compares. */
const compare = (a, b) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * Every cell of the two dimensions in the API's canonical form (canonicalOf in
 * measurement-cell.ts): `dimensionId:valueId` pairs sorted by dimension id joined with `;`, and
 * the value ids sorted. `weight` is the cell's share of a count (the shares add up to 1).
 */
export function cells(dims) {
  const [districts, ages] = dims;
  const districtWeights = [0.26, 0.22, 0.18, 0.19, 0.15];
  const ageWeights = [0.45, 0.55];
  return districts.values.flatMap((district, d) =>
    ages.values.map((age, a) => {
      const entries = [
        { dimensionId: districts.id, valueId: district.id },
        { dimensionId: ages.id, valueId: age.id },
      ].sort((x, y) => compare(x.dimensionId, y.dimensionId));
      return {
        key: entries.map((e) => `${e.dimensionId}:${e.valueId}`).join(';'),
        valueIds: entries.map((e) => e.valueId).sort(compare),
        weight: districtWeights[d] * ageWeights[a],
      };
    }),
  );
}

/**
 * 40 measures across the five years, each with four milestones a quarter apart. Milestones due
 * more than two months ago are done, except in delayed measures, whose are overdue: the
 * dashboard lists those.
 */
export function measures(when) {
  const first = new Date(when.firstMonth);
  return Array.from({ length: 40 }, (_, i) => {
    const district = DIMENSIONS[0].values[i % 5];
    const status = MEASURE_STATUSES[i % MEASURE_STATUSES.length];
    const start = addMonths(first, Math.floor(i * 1.4));
    const planned = iso(lastDayOf(addMonths(start, 11 + (i % 3) * 6)));
    const end = status === 'completed' && planned > when.lastMonthEnd ? when.lastMonthEnd : planned;
    const doneBefore = iso(addMonths(new Date(when.today), -2));
    const milestones = MILESTONES.map((title, k) => {
      const due = iso(lastDayOf(addMonths(start, 3 * k + 2)));
      return { title, dueDate: due, done: status !== 'delayed' && due < doneBefore };
    });
    const progress = { planned: 0, completed: 100, cancelled: 10, delayed: 40 }[status];
    return {
      id: randomUUID(),
      title: `${MEASURE_KINDS[i % MEASURE_KINDS.length]} in ${district}`,
      description: `${MEASURE_KINDS[i % MEASURE_KINDS.length]} für junge Menschen in ${district}.`,
      status,
      progress: progress ?? 20 + ((i * 7) % 70),
      startDate: iso(start),
      endDate: end,
      goal: i % GOALS.length,
      indicator: i % 50,
      milestones,
    };
  });
}
