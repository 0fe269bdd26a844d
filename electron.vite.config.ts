import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'
import { cspMetaTag } from './renderer/csp-plugin'
import { appModulesWithoutSideEffects } from './renderer/app-modules'
import { startChunkWarningKb, startInOneChunk } from './renderer/start-chunk'

const alias = {
  '@shared': resolve(__dirname, 'shared'),
  '@renderer': resolve(__dirname, 'renderer/src')
}

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      lib: { entry: resolve(__dirname, 'electron/main/index.ts') },
      // exceljs is CommonJS with optional deps; keep it external so Node resolves it at run time
      rollupOptions: { external: ['exceljs'] }
    }
  },
  preload: {
    resolve: { alias },
    build: { lib: { entry: resolve(__dirname, 'electron/preload/index.ts') } }
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    base: './',
    resolve: { alias },
    build: {
      chunkSizeWarningLimit: startChunkWarningKb,
      rollupOptions: {
        input: resolve(__dirname, 'renderer/index.html'),
        treeshake: { moduleSideEffects: appModulesWithoutSideEffects(__dirname) },
        output: { codeSplitting: startInOneChunk }
      }
    },
    plugins: [react(), cspMetaTag()]
  }
})
