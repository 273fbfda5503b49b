// Keyboard shortcuts of the inbox list (j/k to move, Enter to open) must not fire while the agent types.

export interface KeyTarget {
  tagName?: string;
  isContentEditable?: boolean;
}

export function isTypingTarget(target: KeyTarget | null): boolean {
  if (!target) return false;
  const tag = target.tagName?.toUpperCase();
  return tag === 'INPUT' || tag === 'TEXTAREA' || tag === 'SELECT' || target.isContentEditable === true;
}

/** The list index after a j (+1) or k (−1) press; starts at the top when nothing is selected yet. */
export function moveSelection(current: number, delta: 1 | -1, length: number): number {
  if (length === 0) return -1;
  if (current < 0 || current >= length) return delta > 0 ? 0 : length - 1;
  return Math.min(length - 1, Math.max(0, current + delta));
}
