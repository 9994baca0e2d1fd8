import { diffWords } from 'diff';
import type { SectionDiff } from '@gw/shared/contracts';
import type { ContentSection } from './artifact-kind';

/**
 * Compares two versions section by section, word by word within a section. A section that
 * exists on one side only is all added or all removed.
 */
export function diffSections(from: ContentSection[], to: ContentSection[]): SectionDiff[] {
  const before = new Map(from.map((section) => [section.key, section]));
  const after = new Map(to.map((section) => [section.key, section]));
  const keys = [
    ...to.map((s) => s.key),
    ...from.map((s) => s.key).filter((key) => !after.has(key)),
  ];
  return keys.map((key) => {
    const a = before.get(key);
    const b = after.get(key);
    const oldText = a ? `${a.title}\n\n${a.body}` : '';
    const newText = b ? `${b.title}\n\n${b.body}` : '';
    const parts = diffWords(oldText, newText).map((change) => ({
      type: change.added
        ? ('added' as const)
        : change.removed
          ? ('removed' as const)
          : ('equal' as const),
      text: change.value,
    }));
    return {
      key,
      title: (b ?? a)?.title ?? key,
      changed: parts.some((part) => part.type !== 'equal'),
      parts,
    };
  });
}
