// What the browser benchmarks read inside the page: long tasks (a PerformanceObserver installed before any script of
// the app runs), and quantiles of latencies. In-page code is passed as strings: tsx (esbuild keepNames) would wrap
// named functions in a helper the page lacks.
import type { Page } from '@playwright/test';

/** Installed with page.addInitScript: every long task (over 50 ms, as Chromium reports them) from navigation on. */
export const LONG_TASK_OBSERVER = `(() => {
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
})();`;

export interface LongTask {
  start: number;
  duration: number;
}

/** The longest task that started between `from` and `to` (page clock, ms), and all of them. */
export async function longTasksBetween(
  page: Page,
  from: number,
  to: number,
): Promise<{ max: number; tasks: LongTask[] }> {
  const tasks = (await page.evaluate('window.__longTasks')) as LongTask[];
  const inside = tasks.filter((t) => t.start + t.duration >= from && t.start <= to);
  return { max: Math.max(0, ...inside.map((t) => t.duration)), tasks: inside };
}

export const pageNow = (page: Page) => page.evaluate('performance.now()') as Promise<number>;

export function quantile(xs: number[], q: number): number {
  const s = [...xs].sort((a, b) => a - b);
  const pos = (s.length - 1) * q;
  const lo = Math.floor(pos);
  return s[lo]! + (s[Math.ceil(pos)]! - s[lo]!) * (pos - lo);
}

export const median = (xs: number[]) => quantile(xs, 0.5);

export const progress = (step: string) => process.env.BENCH_VERBOSE && console.error(`[ui bench] ${step}`);
