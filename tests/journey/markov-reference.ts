/**
 * An independent reference for markovAttribution: builds the chain from the paths with plain objects, gets the
 * absorption probabilities by value iteration (Gauss–Seidel sweeps to a change below 1e-15), and removal effects by
 * rebuilding the chain with the touchpoint's inflow sent to null.
 */
import type { MarkovPath } from '../../src/journey/markov.js';

type Chain = Map<string, Map<string, number>>;

function chainOf(paths: readonly MarkovPath[]): Chain {
  const c: Chain = new Map();
  const add = (a: string, b: string) => {
    const row = c.get(a) ?? new Map<string, number>();
    row.set(b, (row.get(b) ?? 0) + 1);
    c.set(a, row);
  };
  for (const p of paths) {
    let prev = 'START';
    for (const t of p.touchpoints) {
      add(prev, `t:${t}`);
      prev = `t:${t}`;
    }
    add(prev, p.converted ? 'CONV' : 'NULL');
  }
  return c;
}

function absorb(c: Chain, removed: string | null): number {
  const b = new Map<string, number>();
  const states = [...c.keys()];
  for (let sweep = 0; sweep < 100_000; sweep++) {
    let change = 0;
    for (const s of states) {
      if (s === removed) continue;
      const row = c.get(s)!;
      let out = 0;
      for (const n of row.values()) out += n;
      let v = 0;
      for (const [to, n] of row) {
        const q = n / out;
        if (to === 'CONV') v += q;
        else if (to !== 'NULL' && to !== removed) v += q * (b.get(to) ?? 0);
      }
      change = Math.max(change, Math.abs(v - (b.get(s) ?? 0)));
      b.set(s, v);
    }
    if (change < 1e-15) break;
  }
  return b.get('START') ?? 0;
}

/** P(conversion) and P(conversion without each touchpoint). */
export function bruteForce(paths: readonly MarkovPath[]): { p: number; without: Map<string, number> } {
  const c = chainOf(paths);
  const without = new Map<string, number>();
  for (const p of paths) for (const t of p.touchpoints) if (!without.has(t)) without.set(t, absorb(c, `t:${t}`));
  return { p: absorb(c, null), without };
}
