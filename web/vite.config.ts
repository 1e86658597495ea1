import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';

// In development (`npm run dev`) Vite serves the app on :5173 and passes every server path to the TechMarket
// server (scripts/run.sh, :5080), so the browser sees one origin, as it does when the server serves web/dist.
const server = process.env.TECHMARKET_SERVER ?? 'http://localhost:5080';
const serverPaths = ['/api', '/connect', '/account', '/openapi', '/scalar', '/health', '/.well-known'];

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  server: {
    port: 5173,
    proxy: Object.fromEntries(serverPaths.map((path) => [path, { target: server, changeOrigin: false }])),
  },
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1400,
    rollupOptions: {
      output: {
        // One long-lived vendor chunk for React and one for Ant Design, so a new deployment of our code does not
        // make returning visitors download them again; each workspace is its own lazy chunk.
        manualChunks(id) {
          if (!id.includes('node_modules')) return undefined;
          if (/node_modules\/(react|react-dom|scheduler|react-router)\//.test(id)) return 'react';
          if (/node_modules\/(antd|@ant-design|rc-[^/]+|@rc-component)\//.test(id)) return 'antd';
          // ECharts only for the bureau's statistics: a chunk of its own, fetched with that page and not by every visitor.
          if (/node_modules\/(echarts|zrender)\//.test(id)) return 'echarts';
          return 'vendor';
        },
      },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['src/test/setup.ts'],
    css: false,
    // Rendering Ant Design forms in jsdom takes seconds on a loaded 2-core CI machine; 5 s (the default) failed there, and
    // 30 s too while several test runs shared the machine.
    testTimeout: 60_000,
    reporters: ['default', 'junit'],
    outputFile: { junit: 'test-results/vitest.xml' },
  },
});
