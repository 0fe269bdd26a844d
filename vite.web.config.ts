// Browser mode: the same renderer, served by plain Vite (no Electron), for development,
// the end-to-end tests and the benchmark.
import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import { cspMetaTag } from './renderer/csp-plugin'
import { appModulesWithoutSideEffects } from './renderer/app-modules'
import { startChunkWarningKb, startInOneChunk } from './renderer/start-chunk'

export default defineConfig({
  root: resolve(__dirname, 'renderer'),
  base: './',
  resolve: {
    alias: {
      '@shared': resolve(__dirname, 'shared'),
      '@renderer': resolve(__dirname, 'renderer/src')
    }
  },
  plugins: [react(), cspMetaTag()],
  build: {
    outDir: resolve(__dirname, 'out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: startChunkWarningKb,
    rolldownOptions: {
      treeshake: { moduleSideEffects: appModulesWithoutSideEffects(__dirname) },
      output: { codeSplitting: startInOneChunk }
    }
  },
  server: { host: '127.0.0.1', port: 5173 }
})
