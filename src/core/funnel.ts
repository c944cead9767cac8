/**
 * How much a stage holds the rest of a funnel back. In a questionnaire whose stages form a funnel
 * (`funnel: true`), earlier stages feed every later one and the weakest stage is where the chain
 * breaks, so both raise the weight of that stage's actions: a factor from 1 (last stage, not the
 * weakest) to 2 (first stage and the weakest). Stages that are not a funnel are independent
 * dimensions, and every action keeps a factor of 1.
 */
export function funnelFactor(stageIds: readonly string[], stage: string, weakest: string | null, funnel = true): number {
  if (!funnel) return 1;
  const n = stageIds.length;
  const index = stageIds.indexOf(stage);
  const upstream = n > 1 && index >= 0 ? (0.5 * (n - 1 - index)) / (n - 1) : 0;
  return 1 + upstream + (stage === weakest ? 0.5 : 0);
}
