// Vite build for the browser apps: the console (React SPA) and the demo shop as pages, plus the embeddable
// chat widget as one self-contained classic script, dist/web/widget.js, built separately so it shares nothing.
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import react from '@vitejs/plugin-react';
import { build, defineConfig, type InlineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const outDir = join(webRoot, '../dist/web');
const widgetFile = 'widget.js';

/** The widget as an IIFE: a classic script (document.currentScript works), CSS inlined from JS, no chunks. */
function widgetBuildConfig(write: boolean): InlineConfig {
  return {
    configFile: false,
    root: webRoot,
    base: '/',
    publicDir: false,
    logLevel: write ? 'info' : 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      write,
      minify: true,
      copyPublicDir: false,
      // Merchant pages come in any encoding; an ASCII-only script reads the same under all of them.
      rolldownOptions: { output: { charset: 'ascii' } },
      lib: {
        entry: join(webRoot, 'widget/src/main.ts'),
        formats: ['iife'],
        name: 'PeakdeskWidget',
        fileName: () => widgetFile,
      },
    },
  };
}

/** Builds widget.js after the pages (build), and serves a fresh build of it at /widget.js (dev). */
function widgetBundle(): Plugin {
  let command: 'build' | 'serve' = 'serve';
  return {
    name: 'peakdesk-widget-bundle',
    configResolved(config) {
      command = config.command;
    },
    async closeBundle() {
      if (command === 'build') await build(widgetBuildConfig(true));
    },
    configureServer(server) {
      server.middlewares.use(async (req, res, next) => {
        if (req.method !== 'GET' || req.url?.split('?')[0] !== `/${widgetFile}`) return next();
        try {
          const result = await build(widgetBuildConfig(false));
          const outputs = Array.isArray(result) ? result : [result];
          const chunk = outputs
            .flatMap((output) => ('output' in output ? output.output : []))
            .find((item) => item.type === 'chunk');
          if (!chunk || chunk.type !== 'chunk') throw new Error('widget build produced no script');
          res.setHeader('Content-Type', 'text/javascript; charset=utf-8');
          res.setHeader('Cache-Control', 'no-store');
          res.end(chunk.code);
        } catch (error) {
          next(error);
        }
      });
    },
  };
}

/** Dev only: deep console links (/console/conversations/…) get the SPA's index.html, as the server does. */
function consoleSpaFallback(): Plugin {
  return {
    name: 'peakdesk-console-spa-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const wantsHtml = req.headers.accept?.includes('text/html') ?? false;
        if (req.method === 'GET' && wantsHtml && path.startsWith('/console/') && !path.slice(1).includes('.')) {
          req.url = '/console/index.html';
        }
        next();
      });
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  publicDir: false,
  plugins: [react(), widgetBundle(), consoleSpaFallback()],
  build: {
    outDir,
    emptyOutDir: true,
    assetsDir: 'assets',
    rolldownOptions: {
      input: {
        console: join(webRoot, 'console/index.html'),
        shop: join(webRoot, 'shop/index.html'),
      },
    },
  },
  server: {
    proxy: {
      '/api': { target: 'http://localhost:3000', ws: true },
    },
  },
});
