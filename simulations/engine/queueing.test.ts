/**
 * An M/D/1 queue built only from the engine's EventQueue and Rng, checked
 * against queueing theory: the Pollaczek–Khinchine formula gives the mean wait
 * in queue of Poisson arrivals at one server with a fixed service time S as
 * Wq = ρ·S / (2(1 − ρ)).
 */
import { expect, test } from 'vitest';
import { EventQueue } from './event-queue';
import { Rng } from './rng';

const ARRIVAL = 0;
const DEPARTURE = 1;

type Result = { customers: number; meanWait: number; maxWait: number; served: number };

/**
 * Runs `customers` arrivals through one FIFO server. `nextGap` gives each
 * inter-arrival time. Waiting time = start of service − arrival.
 */
function runQueue(customers: number, serviceNs: number, nextGap: () => number): Result {
  const q = new EventQueue();
  // Arrival times of waiting customers: a FIFO on a growable ring of doubles.
  let waiting = new Float64Array(1024);
  let head = 0;
  let len = 0;
  let busy = false;
  let arrived = 0;
  let served = 0;
  let waitSum = 0;
  let maxWait = 0;

  const startService = (now: number, arrival: number) => {
    const w = now - arrival;
    waitSum += w;
    if (w > maxWait) maxWait = w;
    served++;
    busy = true;
    q.push(now + serviceNs, DEPARTURE);
  };

  q.push(nextGap(), ARRIVAL);
  while (q.pop()) {
    const now = q.popTime;
    if (q.popKind === ARRIVAL) {
      arrived++;
      if (arrived < customers) q.push(now + nextGap(), ARRIVAL);
      if (!busy) startService(now, now);
      else {
        if (len === waiting.length) {
          const grown = new Float64Array(waiting.length * 2);
          for (let i = 0; i < len; i++) grown[i] = waiting[(head + i) % waiting.length]!;
          waiting = grown;
          head = 0;
        }
        waiting[(head + len) % waiting.length] = now;
        len++;
      }
    } else {
      busy = false;
      if (len > 0) {
        const arrival = waiting[head]!;
        head = (head + 1) % waiting.length;
        len--;
        startService(now, arrival);
      }
    }
  }
  return { customers: arrived, meanWait: waitSum / served, maxWait, served };
}

const pkWait = (rho: number, s: number) => (rho * s) / (2 * (1 - rho));

test.each([
  { rho: 0.5, customers: 1_000_000, seed: 1 },
  { rho: 0.8, customers: 3_000_000, seed: 2 },
])('M/D/1 at ρ = $rho: mean wait in queue matches Pollaczek–Khinchine within 2 %', ({ rho, customers, seed }) => {
  const S = 1000; // ns of service
  const rng = new Rng(seed);
  const meanGap = S / rho;
  const r = runQueue(customers, S, () => rng.exponential(meanGap));
  expect(r.customers).toBe(customers);
  expect(r.served).toBe(customers);
  const want = pkWait(rho, S); // 500 ns at 0.5, 2000 ns at 0.8
  expect(Math.abs(r.meanWait / want - 1), `measured ${r.meanWait.toFixed(1)} ns, P-K ${want} ns`).toBeLessThan(0.02);
});

test.each([0.1, 0.5, 0.9, 0.999])('constant arrivals at ρ = %d never wait', (rho) => {
  const S = 1000;
  const r = runQueue(100_000, S, () => S / rho);
  expect(r.served).toBe(100_000);
  expect(r.maxWait).toBe(0);
  expect(r.meanWait).toBe(0);
});

test('constant arrivals faster than service (ρ = 2) queue up linearly', () => {
  // Customer k arrives at k·500 and starts at k·1000 (+ first arrival): waits k·500.
  const n = 1_000;
  const r = runQueue(n, 1000, () => 500);
  expect(r.maxWait).toBe((n - 1) * 500);
  expect(r.meanWait).toBe(((n - 1) * 500) / 2);
});
