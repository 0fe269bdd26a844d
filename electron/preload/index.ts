// Sandboxed, context-isolated preload (bundled as CommonJS): exposes window.relais and nothing else.
import { contextBridge, ipcRenderer } from 'electron'
import { createRelaisBridge } from './bridge'

contextBridge.exposeInMainWorld('relais', createRelaisBridge(ipcRenderer, process.argv))
