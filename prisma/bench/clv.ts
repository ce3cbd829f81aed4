/**
 * Lifetime-value benchmark (issue 16): `npm run bench:clv -- [--customers N] [--seed S]`.
 * Simulates N customers (default 100,000) from known BG/NBD and Gamma-Gamma parameters (ages uniform over
 * 2–104 weeks), fits both models in process, prints the recovered parameters next to the true ones and ends
 * with the fit time (target under 2,000 ms).
 */
import { fitBgNbd, fitGammaGamma } from "@/lib/clv";
import { seededRandom, simulateBgNbd, simulateGammaGamma } from "@/lib/clv/simulate";
import { argument } from "./support";

const BG_TRUE = { r: 0.25, alpha: 4, a: 0.8, b: 2.5 };
const GG_TRUE = { p: 6, q: 4, v: 15 };

function main() {
  const customers = argument("customers", 100_000);
  const random = seededRandom(argument("seed", 16));
  const ages = Array.from({ length: customers }, () => 2 + 102 * random());
  const histories = simulateBgNbd(BG_TRUE, ages, random);
  const spend = simulateGammaGamma(GG_TRUE, histories.map((h) => h.frequency), random);
  const data = histories.map((h, i) => ({ ...h, monetaryValue: spend[i] }));
  const repeat = data.filter((c) => c.frequency > 0).length;
  console.log(`simulated ${customers} customers (${repeat} with repeat purchases), times in weeks`);

  const started = performance.now();
  const bg = fitBgNbd(data);
  const bgDone = performance.now();
  const gg = fitGammaGamma(data);
  const finished = performance.now();

  const row = (name: string, truth: number, fitted: number) =>
    `  ${name.padEnd(6)} true ${truth.toFixed(4).padStart(9)}  fitted ${fitted.toFixed(4).padStart(9)}  (${(((fitted - truth) / truth) * 100).toFixed(2)} %)`;
  console.log(`BG/NBD: ${bg.iterations} iterations, converged ${bg.converged}, log-likelihood ${bg.logLikelihood.toFixed(2)}, ${(bgDone - started).toFixed(0)} ms`);
  for (const key of ["r", "alpha", "a", "b"] as const) console.log(row(key, BG_TRUE[key], bg[key]));
  console.log(`Gamma-Gamma: ${gg.iterations} iterations, converged ${gg.converged}, log-likelihood ${gg.logLikelihood.toFixed(2)}, ${(finished - bgDone).toFixed(0)} ms`);
  for (const key of ["p", "q", "v"] as const) console.log(row(key, GG_TRUE[key], gg[key]));
  console.log(`clv: fit ${customers} customers in ${Math.round(finished - started)} ms`);
}

main();
