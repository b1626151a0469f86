/** A component's `getMetrics()` when it has one, else `{}` (verifiers and providers may not count anything). */
export function metricsOf(component: object): Record<string, unknown> {
  const getMetrics = (component as { getMetrics?: unknown }).getMetrics;
  return typeof getMetrics === 'function' ? (getMetrics.call(component) as Record<string, unknown>) : {};
}
