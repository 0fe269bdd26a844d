// The Chromium the scripts drive (screenshots, benchmark): $CHROMIUM, else Playwright's own where
// installed, else Debian's; with the flags this machine needs (no sandbox as root, no GPU, no
// background traffic: the app must work with no network at all).
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

export const CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
]

export function chromiumExecutable() {
  if (process.env.CHROMIUM) return process.env.CHROMIUM
  const own = chromium.executablePath()
  return existsSync(own) ? undefined : '/usr/bin/chromium'
}

export function launchChromium(extraFlags = []) {
  return chromium.launch({ executablePath: chromiumExecutable(), args: [...CHROMIUM_FLAGS, ...extraFlags] })
}
