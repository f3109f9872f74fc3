// Renders a chart component to HTML with Astro's container API.
//
// The project's vitest config is plain Vite, which cannot import .astro files,
// so the test file that renders components starts one Vite dev server with the
// Astro project's config (getViteConfig), loads components through it, and
// hands them to an experimental_AstroContainer. That costs a few seconds, so
// only tests/charts/components.test.ts uses it; the per-chart tests snapshot
// the SVG from svg.ts directly. The dev toolbar is off so no
// source-location attributes end up in the markup, and dependency discovery is
// off because nothing here runs in a browser.
import { afterAll } from 'vitest';
import { createServer, type InlineConfig, type ViteDevServer } from 'vite';
import { getViteConfig } from 'astro/config';
import { experimental_AstroContainer } from 'astro/container';

let server: Promise<ViteDevServer> | undefined;

async function start(): Promise<ViteDevServer> {
  const configFn = getViteConfig({}, { devToolbar: { enabled: false } }) as unknown as (env: { command: 'serve'; mode: string }) => Promise<InlineConfig>;
  const config = await configFn({ command: 'serve', mode: 'test' });
  return createServer({
    ...config,
    configFile: false,
    logLevel: 'warn',
    appType: 'custom',
    server: { middlewareMode: true, hmr: false, ws: false },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
}

afterAll(async () => {
  if (server) await (await server).close();
});

/** The HTML of `src/charts/<file>` rendered with these props. */
export async function renderChart(file: string, props: Record<string, unknown>): Promise<string> {
  server ??= start();
  const vite = await server;
  const mod = (await vite.ssrLoadModule(`/src/charts/${file}`)) as { default: Parameters<experimental_AstroContainer['renderToString']>[0] };
  const container = await experimental_AstroContainer.create();
  return container.renderToString(mod.default, { props });
}
