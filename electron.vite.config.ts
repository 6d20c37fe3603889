import react from '@vitejs/plugin-react'
import { defineConfig } from 'electron-vite'
import { resolve } from 'node:path'

/**
 * Three builds: main (Node; dependencies stay external, better-sqlite3 among them because it is native),
 * preload (one self-contained CommonJS file, so the window keeps sandbox: true — a sandboxed preload
 * cannot require node_modules, and an ESM preload would need the sandbox off), renderer (React).
 */
export default defineConfig({
  main: {
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(__dirname, 'src/main/index.ts') } }
    }
  },
  preload: {
    build: {
      externalizeDeps: false,
      isolatedEntries: true,
      rollupOptions: {
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        external: ['electron'],
        output: { format: 'cjs', entryFileNames: '[name].js' }
      }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      // Overridable so that several people can build and test the page side by side.
      outDir: process.env.CIVDESK_RENDERER_OUT ?? resolve(__dirname, 'out/renderer'),
      // electron-vite leaves the page unminified by default; 7 MB of script costs the cold start.
      minify: true,
      chunkSizeWarningLimit: 4000,
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    }
  }
})
