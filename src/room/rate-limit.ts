/**
 * A token bucket per participant. A sender over its rate is made to wait (its own requests queue
 * behind the refill), so one runaway phone is slowed while everyone else is served at once. Only a
 * sender whose queue is already long is turned away, with how long to wait.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number; waiting: number }>();

  constructor(
    private readonly burst = 60,
    private readonly perSecond = 20,
    private readonly maxWaiting = 200,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Milliseconds this sender must wait before its request is served, or undefined to refuse it. */
  reserve(key: string): number | undefined {
    const t = this.now();
    const b = this.buckets.get(key) ?? { tokens: this.burst, at: t, waiting: 0 };
    b.tokens = Math.min(this.burst, b.tokens + ((t - b.at) / 1000) * this.perSecond);
    b.at = t;
    this.buckets.set(key, b);
    if (b.tokens >= 1) {
      b.tokens -= 1;
      return 0;
    }
    if (b.waiting >= this.maxWaiting) return undefined;
    // Borrow the token now; the debt is what the refill must cover before this request runs.
    b.tokens -= 1;
    b.waiting++;
    return (-b.tokens / this.perSecond) * 1000;
  }

  /** Marks a delayed request of this sender as served. */
  done(key: string): void {
    const b = this.buckets.get(key);
    if (b && b.waiting > 0) b.waiting--;
  }
}
