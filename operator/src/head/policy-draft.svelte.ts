// The priority policy and the office's desk rules being edited; nothing reaches the server until Save.
import type { OfficeConfig, PriorityPolicy } from '@kezek/shared';

export type PolicyKind = PriorityPolicy['kind'];
export const POLICY_KINDS: readonly PolicyKind[] = ['strict', 'ratio', 'weighted'];

/** A number input left empty or out of range still draws a sensible example; the server judges the value. */
const clamp = (n: number | null, min: number, max: number): number =>
  Math.min(max, Math.max(min, Math.trunc(Number(n) || min)));

export class PolicyDraft {
  kind = $state<PolicyKind>('strict');
  priority = $state<number | null>(1);
  regular = $state<number | null>(2);
  bonusMin = $state<number | null>(10);
  transferKeepsArrival = $state(true);
  startOnCall = $state(false);
  noShowGraceSec = $state<number | null>(60);

  /** What Save sends: the numbers as typed, so a bad one is refused rather than silently changed. */
  policy: PriorityPolicy = $derived.by(() => {
    if (this.kind === 'ratio')
      return { kind: 'ratio', priority: this.priority ?? 0, regular: this.regular ?? 0 };
    if (this.kind === 'weighted') return { kind: 'weighted', priorityBonusMin: this.bonusMin ?? 0 };
    return { kind: 'strict' };
  });

  /** The same policy with every number in range, for the explanation and the worked example. */
  shown: PriorityPolicy = $derived.by(() => {
    const p = this.policy;
    if (p.kind === 'ratio')
      return { ...p, priority: clamp(p.priority, 1, 20), regular: clamp(p.regular, 1, 20) };
    if (p.kind === 'weighted') return { ...p, priorityBonusMin: clamp(p.priorityBonusMin, 1, 240) };
    return p;
  });

  reset(c: OfficeConfig): void {
    this.kind = c.policy.kind;
    if (c.policy.kind === 'ratio') {
      this.priority = c.policy.priority;
      this.regular = c.policy.regular;
    }
    if (c.policy.kind === 'weighted') this.bonusMin = c.policy.priorityBonusMin;
    this.transferKeepsArrival = c.transferKeepsArrival;
    this.startOnCall = c.startOnCall;
    this.noShowGraceSec = c.noShowGraceSec;
  }

  apply(c: OfficeConfig): OfficeConfig {
    return {
      ...c,
      policy: this.policy,
      transferKeepsArrival: this.transferKeepsArrival,
      startOnCall: this.startOnCall,
      noShowGraceSec: this.noShowGraceSec ?? -1,
    };
  }
}
