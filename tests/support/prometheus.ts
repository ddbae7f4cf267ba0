import { createRequire } from 'node:module';

/** One metric family as `parse-prometheus-text-format` reads it (prom2json's shape). */
export interface MetricFamily {
  name: string;
  help: string;
  type: 'COUNTER' | 'GAUGE' | 'HISTOGRAM' | 'SUMMARY' | 'UNTYPED';
  metrics: { labels?: Record<string, string>; value?: string; count?: string; sum?: string; buckets?: Record<string, string> }[];
}

// The package ships no types; this is the one function it exports.
const parse = createRequire(import.meta.url)('parse-prometheus-text-format') as (text: string) => MetricFamily[];

/** A scrape: the parsed families, and the text they came from. */
export type Scrape = MetricFamily[] & { text: string };

/** Scrapes `url` and parses it as Prometheus text, failing on anything a Prometheus parser refuses. */
export async function scrape(url: string): Promise<Scrape> {
  const response = await fetch(url);
  if (response.status !== 200) throw new Error(`${url} answered ${response.status}`);
  const text = await response.text();
  return Object.assign(parse(text), { text });
}

/**
 * The count and sum of the histogram `name` over its series with `labels`. The parser folds a
 * labelled histogram's series into one, so its `_count` and `_sum` lines are parsed as families of their own.
 */
export function histogram(scraped: Scrape, name: string, labels: Record<string, string> = {}): { count: number; sum: number } {
  const part = (suffix: string) => {
    const lines = scraped.text.split('\n').filter((line) => line.startsWith(`${name}_${suffix}{`) || line.startsWith(`${name}_${suffix} `));
    return metricValue(parse(`# TYPE ${name}_${suffix} untyped\n${lines.join('\n')}\n`), `${name}_${suffix}`, labels);
  };
  return { count: part('count'), sum: part('sum') };
}

/** The samples of `name` whose labels include `labels`. */
export function samples(families: MetricFamily[], name: string, labels: Record<string, string> = {}): MetricFamily['metrics'] {
  const family = families.find((f) => f.name === name);
  if (!family) throw new Error(`no metric ${name}`);
  return family.metrics.filter((m) => Object.entries(labels).every(([k, v]) => m.labels?.[k] === v));
}

/** The one value of `name` with `labels` (a counter or gauge), 0 when it has no such sample. */
export function metricValue(families: MetricFamily[], name: string, labels: Record<string, string> = {}): number {
  const found = samples(families, name, labels);
  return found.reduce((total, m) => total + Number(m.value ?? m.count ?? 0), 0);
}
