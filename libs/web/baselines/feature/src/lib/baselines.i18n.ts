import { translations } from '@gw/web/shared/i18n';

/** The baselines of the action plan: list and approval by the steering group. */
export const baselines = translations({
  de: {
    'baselines.title': 'Basislinien des Aktionsplans',
    'baselines.intro':
      'Eine Basislinie friert die Maßnahmen ein, wie sie in diesem Moment sind. Die Steuerungsgruppe gibt sie frei; danach zeigt der Aktionsplan, was sich seitdem geändert hat.',
    'baselines.backToPlan': 'Zum Aktionsplan',
    'baselines.nav.label': 'Ansichten der Basislinien',
    'baselines.nav.list': 'Basislinien',
    'baselines.nav.compare': 'Vergleichen',
    'baselines.nav.history': 'Verlauf',
    'baselines.number': 'Basislinie {n}',
    'baselines.status.draft': 'Entwurf',
    'baselines.status.submitted': 'zur Freigabe',
    'baselines.status.approved': 'freigegeben',
    'baselines.status.rejected': 'abgelehnt',
    'baselines.status.superseded': 'abgelöst',
    'baselines.status.other': 'unbekannt',
    'baselines.standing.approved':
      'Freigegeben ist Basislinie {n} (seit {date}). Der Aktionsplan zeigt, was sich seitdem geändert hat.',
    'baselines.standing.removed': 'Seitdem entfernte Maßnahmen: {count}.',
    'baselines.standing.none':
      'Es gibt noch keine freigegebene Basislinie. Erst mit ihr kann die Initiative in die Phase Umsetzung wechseln.',
    'baselines.empty.title': 'Noch keine Basislinie',
    'baselines.empty.text':
      'Wenn die Maßnahmen stehen, frieren Sie sie als Basislinie ein und legen Sie sie der Steuerungsgruppe zur Freigabe vor.',
    'baselines.empty.readOnlyText': 'Die Koordinationsstelle hat noch keine Basislinie angelegt.',
    'baselines.start': 'Basislinie beginnen',
    'baselines.startNew': 'Neue Basislinie beginnen',
    'baselines.started': 'Basislinie {n} wurde als Entwurf angelegt.',
    'baselines.open': 'Ansehen',
    'baselines.openToDecide': 'Ansehen und entscheiden',
    'baselines.pdf': 'PDF herunterladen',
    'baselines.compareWithPrevious': 'Mit früherer vergleichen',
    'baselines.submit': 'Zur Freigabe einreichen',
    'baselines.submit.title': 'Basislinie {n} zur Freigabe einreichen?',
    'baselines.submit.text':
      'Die Maßnahmen werden so eingefroren, wie sie jetzt sind, und erhalten einen Prüfwert. Danach entscheidet die Steuerungsgruppe über die Freigabe. Spätere Änderungen an Maßnahmen gehören erst in die nächste Basislinie.',
    'baselines.submit.confirm': 'Verbindlich einreichen',
    'baselines.submitted':
      'Basislinie {n} ist eingereicht. Die Steuerungsgruppe entscheidet jetzt darüber.',
    'baselines.current.draft': 'Basislinie {n} ist ein Entwurf',
    'baselines.current.draftText':
      'Reichen Sie sie ein, wenn die Maßnahmen stehen: Dann werden sie eingefroren, und die Steuerungsgruppe entscheidet.',
    'baselines.current.draftReadOnly':
      'Die Koordinationsstelle bereitet sie vor; danach entscheidet die Steuerungsgruppe.',
    'baselines.current.submitted': 'Basislinie {n} wartet auf die Freigabe',
    'baselines.current.yourDecision': 'Ihre Entscheidung ist gefragt.',
    'baselines.draftNote':
      'Entwurf: Er zeigt die Maßnahmen beim Anlegen. Beim Einreichen werden sie so eingefroren, wie sie dann sind.',
    'baselines.list.title': 'Alle Basislinien',
    'baselines.meta.created': 'Angelegt',
    'baselines.meta.submitted': 'Eingereicht',
    'baselines.meta.hash': 'Prüfwert (SHA-256)',
    'baselines.meta.hashShort': 'Prüfwert',
    'baselines.rejected.title': 'Die Steuerungsgruppe hat Basislinie {n} abgelehnt',
    'baselines.rejected.by': '{name}, {date}',
    'baselines.rejected.next':
      'Passen Sie die Maßnahmen an und beginnen Sie dann eine neue Basislinie.',
    'baselines.approval.title': 'Freigabe durch die Steuerungsgruppe',
    'baselines.approval.progress': '{approved} von {needed} nötigen Zustimmungen',
    'baselines.approval.progressOne': '{approved} von 1 nötigen Zustimmung',
    'baselines.approval.decisions': 'Gefragte Mitglieder der Steuerungsgruppe',
    'baselines.approval.approvedOn': 'hat zugestimmt, {date}',
    'baselines.approval.rejectedOn': 'hat abgelehnt, {date}',
    'baselines.approval.open': 'hat noch nicht entschieden',
    'baselines.approval.notDecided': 'hat nicht entschieden',
    'baselines.approval.former': 'ein ehemaliges Mitglied',
    'baselines.approval.yourDecision': 'Ihre Entscheidung',
    'baselines.approval.yourDecisionHint':
      'Sie entscheiden über genau diese eingefrorene Fassung (Prüfwert {hash}…).',
    'baselines.approval.comment': 'Kommentar',
    'baselines.approval.commentHint': 'Bei einer Ablehnung nötig: Was soll sich ändern?',
    'baselines.approval.commentForRejection':
      'Bitte begründen Sie die Ablehnung: Was soll sich ändern?',
    'baselines.approval.approve': 'Zustimmen',
    'baselines.approval.reject': 'Ablehnen',
    'baselines.approval.approve.title': 'Basislinie {n} zustimmen?',
    'baselines.approval.approve.text':
      'Ihre Zustimmung gilt genau dieser Fassung. Mit {needed, plural, one {# Zustimmung} other {# Zustimmungen}} ist die Basislinie freigegeben.',
    'baselines.approval.reject.title': 'Basislinie {n} ablehnen?',
    'baselines.approval.reject.text':
      'Eine Ablehnung genügt: Die Basislinie geht mit Ihrem Kommentar an die Koordinationsstelle zurück.',
    'baselines.approval.approvedByYou': 'Ihre Zustimmung zu Basislinie {n} ist gespeichert.',
    'baselines.approval.rejectedByYou':
      'Sie haben Basislinie {n} abgelehnt. Die Koordinationsstelle sieht Ihren Kommentar.',
    'baselines.approval.nowApproved':
      'Basislinie {n} ist freigegeben. Der Aktionsplan wird jetzt an ihr gemessen.',
    'baselines.approval.youApproved': 'Sie haben dieser Basislinie zugestimmt.',
    'baselines.approval.youRejected': 'Sie haben diese Basislinie abgelehnt.',
    'baselines.approval.notAsked':
      'Sie waren bei der Einreichung noch nicht in der Steuerungsgruppe und entscheiden über diese Basislinie nicht mit.',
    'baselines.quorum.title': 'Wer muss zustimmen?',
    'baselines.quorum.intro':
      'Wie viele Mitglieder der Steuerungsgruppe einer Basislinie (und später einem Bericht) zustimmen müssen, damit sie freigegeben ist.',
    'baselines.quorum.all': 'Alle',
    'baselines.quorum.majority': 'Die Mehrheit',
    'baselines.quorum.any': 'Eine Person',
    'baselines.quorum.all.hint': 'Jedes gefragte Mitglied der Steuerungsgruppe muss zustimmen.',
    'baselines.quorum.majority.hint':
      'Mehr als die Hälfte der gefragten Mitglieder muss zustimmen, bei vier also drei.',
    'baselines.quorum.any.hint': 'Die erste Zustimmung aus der Steuerungsgruppe genügt.',
    'baselines.quorum.rejection':
      'Gefragt werden die Mitglieder der Steuerungsgruppe beim Einreichen. Eine einzige Ablehnung schickt die Basislinie zurück.',
    'baselines.quorum.save': 'Regel speichern',
    'baselines.quorum.saved': 'Die Regel ist gespeichert: {rule}.',
    'baselines.quorum.stale':
      'Jemand anderes hat die Initiative inzwischen geändert. Laden Sie die aktuelle Regel neu und wählen Sie dann erneut.',
    'baselines.content.title': 'Eingefrorene Maßnahmen ({count})',
    'baselines.content.goal': 'Ziel',
    'baselines.content.noGoal': 'Ohne Ziel',
    'baselines.content.empty': 'Diese Basislinie enthält keine Maßnahmen.',
    'baselines.content.progress': 'Fortschritt {progress} %',
    'baselines.content.period': '{from} bis {to}',
    'baselines.content.noPeriod': 'ohne Zeitraum',
    'baselines.content.workingGroup': 'Arbeitsgruppe',
    'baselines.content.lead': 'Federführung',
    'baselines.content.contributors': 'Beteiligt',
    'baselines.content.milestones': 'Meilensteine',
    'baselines.content.done': 'erreicht',
    'baselines.content.dependsOn': 'Hängt ab von',
    'baselines.content.indicators': 'Indikatoren',
    'baselines.measureStatus.planned': 'geplant',
    'baselines.measureStatus.running': 'laufend',
    'baselines.measureStatus.completed': 'abgeschlossen',
    'baselines.measureStatus.delayed': 'verzögert',
    'baselines.measureStatus.cancelled': 'abgebrochen',
  },
  en: {
    'baselines.title': 'Baselines of the action plan',
    'baselines.intro':
      'A baseline freezes the measures as they are at that moment. The steering group approves it; from then on the action plan shows what has changed since.',
    'baselines.backToPlan': 'To the action plan',
    'baselines.nav.label': 'Views of the baselines',
    'baselines.nav.list': 'Baselines',
    'baselines.nav.compare': 'Compare',
    'baselines.nav.history': 'History',
    'baselines.number': 'Baseline {n}',
    'baselines.status.draft': 'draft',
    'baselines.status.submitted': 'awaiting approval',
    'baselines.status.approved': 'approved',
    'baselines.status.rejected': 'rejected',
    'baselines.status.superseded': 'superseded',
    'baselines.status.other': 'unknown',
    'baselines.standing.approved':
      'Baseline {n} is approved (since {date}). The action plan shows what has changed since.',
    'baselines.standing.removed': 'Measures removed since: {count}.',
    'baselines.standing.none':
      'There is no approved baseline yet. Only with one can the initiative move on to the implementation phase.',
    'baselines.empty.title': 'No baseline yet',
    'baselines.empty.text':
      'Once the measures are settled, freeze them as a baseline and put it to the steering group for approval.',
    'baselines.empty.readOnlyText': 'The coordination office has not started a baseline yet.',
    'baselines.start': 'Start a baseline',
    'baselines.startNew': 'Start a new baseline',
    'baselines.started': 'Baseline {n} has been created as a draft.',
    'baselines.open': 'View',
    'baselines.openToDecide': 'View and decide',
    'baselines.pdf': 'Download PDF',
    'baselines.compareWithPrevious': 'Compare with an earlier one',
    'baselines.submit': 'Submit for approval',
    'baselines.submit.title': 'Submit baseline {n} for approval?',
    'baselines.submit.text':
      'The measures are frozen as they are now and get a checksum. Then the steering group decides on the approval. Later changes to measures only go into the next baseline.',
    'baselines.submit.confirm': 'Submit for good',
    'baselines.submitted': 'Baseline {n} has been submitted. The steering group now decides on it.',
    'baselines.current.draft': 'Baseline {n} is a draft',
    'baselines.current.draftText':
      'Submit it once the measures are settled: they are then frozen, and the steering group decides.',
    'baselines.current.draftReadOnly':
      'The coordination office is preparing it; then the steering group decides.',
    'baselines.current.submitted': 'Baseline {n} awaits approval',
    'baselines.current.yourDecision': 'Your decision is needed.',
    'baselines.draftNote':
      'Draft: it shows the measures as they were when it was created. On submission they are frozen as they are then.',
    'baselines.list.title': 'All baselines',
    'baselines.meta.created': 'Created',
    'baselines.meta.submitted': 'Submitted',
    'baselines.meta.hash': 'Checksum (SHA-256)',
    'baselines.meta.hashShort': 'Checksum',
    'baselines.rejected.title': 'The steering group has rejected baseline {n}',
    'baselines.rejected.by': '{name}, {date}',
    'baselines.rejected.next': 'Adapt the measures, then start a new baseline.',
    'baselines.approval.title': 'Approval by the steering group',
    'baselines.approval.progress': '{approved} of {needed} required approvals',
    'baselines.approval.progressOne': '{approved} of 1 required approval',
    'baselines.approval.decisions': 'Steering members asked',
    'baselines.approval.approvedOn': 'approved, {date}',
    'baselines.approval.rejectedOn': 'rejected, {date}',
    'baselines.approval.open': 'has not decided yet',
    'baselines.approval.notDecided': 'did not decide',
    'baselines.approval.former': 'a former member',
    'baselines.approval.yourDecision': 'Your decision',
    'baselines.approval.yourDecisionHint':
      'You decide on exactly this frozen version (checksum {hash}…).',
    'baselines.approval.comment': 'Comment',
    'baselines.approval.commentHint': 'Needed when rejecting: what should change?',
    'baselines.approval.commentForRejection':
      'Please give a reason for the rejection: what should change?',
    'baselines.approval.approve': 'Approve',
    'baselines.approval.reject': 'Reject',
    'baselines.approval.approve.title': 'Approve baseline {n}?',
    'baselines.approval.approve.text':
      'Your approval applies to exactly this version. With {needed, plural, one {# approval} other {# approvals}} the baseline is approved.',
    'baselines.approval.reject.title': 'Reject baseline {n}?',
    'baselines.approval.reject.text':
      'One rejection is enough: the baseline goes back to the coordination office with your comment.',
    'baselines.approval.approvedByYou': 'Your approval of baseline {n} has been saved.',
    'baselines.approval.rejectedByYou':
      'You have rejected baseline {n}. The coordination office sees your comment.',
    'baselines.approval.nowApproved':
      'Baseline {n} is approved. The action plan is now measured against it.',
    'baselines.approval.youApproved': 'You have approved this baseline.',
    'baselines.approval.youRejected': 'You have rejected this baseline.',
    'baselines.approval.notAsked':
      'You were not yet in the steering group when it was submitted and do not decide on this baseline.',
    'baselines.quorum.title': 'Who has to approve?',
    'baselines.quorum.intro':
      'How many members of the steering group must approve a baseline (and later a report) for it to be approved.',
    'baselines.quorum.all': 'All',
    'baselines.quorum.majority': 'The majority',
    'baselines.quorum.any': 'One person',
    'baselines.quorum.all.hint': 'Every steering member asked must approve.',
    'baselines.quorum.majority.hint':
      'More than half of the members asked must approve, i.e. three out of four.',
    'baselines.quorum.any.hint': 'The first approval from the steering group is enough.',
    'baselines.quorum.rejection':
      'The steering members at the time of submission are asked. A single rejection sends the baseline back.',
    'baselines.quorum.save': 'Save rule',
    'baselines.quorum.saved': 'The rule has been saved: {rule}.',
    'baselines.quorum.stale':
      'Someone else has changed the initiative in the meantime. Reload the current rule, then choose again.',
    'baselines.content.title': 'Frozen measures ({count})',
    'baselines.content.goal': 'Goal',
    'baselines.content.noGoal': 'Without a goal',
    'baselines.content.empty': 'This baseline contains no measures.',
    'baselines.content.progress': 'Progress {progress} %',
    'baselines.content.period': '{from} to {to}',
    'baselines.content.noPeriod': 'no period',
    'baselines.content.workingGroup': 'Working group',
    'baselines.content.lead': 'Lead',
    'baselines.content.contributors': 'Involved',
    'baselines.content.milestones': 'Milestones',
    'baselines.content.done': 'reached',
    'baselines.content.dependsOn': 'Depends on',
    'baselines.content.indicators': 'Indicators',
    'baselines.measureStatus.planned': 'planned',
    'baselines.measureStatus.running': 'running',
    'baselines.measureStatus.completed': 'completed',
    'baselines.measureStatus.delayed': 'delayed',
    'baselines.measureStatus.cancelled': 'cancelled',
  },
});

declare module '@gw/web/shared/i18n' {
  interface FeatureDictionaries {
    baselines: typeof baselines;
  }
}
