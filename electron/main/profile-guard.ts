// Refuse to open a profile last written by a newer Relais or a newer Electron: an older Chromium
// can wipe an IndexedDB written by a newer one (electron #24882). Each start stamps the profile
// with the versions that opened it, written atomically.
import { z } from 'zod'

const stampSchema = z.object({ appVersion: z.string(), electronVersion: z.string() })
export type ProfileStamp = z.infer<typeof stampSchema>

/** Compares dotted numeric versions ("41.10.7"); pre-release suffixes are ignored. */
export function compareVersions(a: string, b: string): number {
  const parts = (version: string) =>
    version
      .split(/[.+-]/)
      .slice(0, 3)
      .map((part) => Number.parseInt(part, 10) || 0)
  const [left, right] = [parts(a), parts(b)]
  for (let i = 0; i < 3; i += 1) {
    const difference = (left[i] ?? 0) - (right[i] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  return 0
}

export function isNewerProfile(stored: ProfileStamp, current: ProfileStamp): boolean {
  return (
    compareVersions(stored.appVersion, current.appVersion) > 0 ||
    compareVersions(stored.electronVersion, current.electronVersion) > 0
  )
}

export interface ProfileFs {
  readFile(path: string): Promise<string>
  writeFileAtomic(path: string, data: string): Promise<void>
}

async function readStamp(fs: ProfileFs, file: string): Promise<ProfileStamp | null> {
  try {
    const parsed = stampSchema.safeParse(JSON.parse(await fs.readFile(file)))
    return parsed.success ? parsed.data : null
  } catch {
    // A new profile, or one from before the stamp existed
    return null
  }
}

/** 'newer' leaves the profile untouched; 'ok' stamps it with the current versions. */
export async function checkProfile(
  fs: ProfileFs,
  file: string,
  current: ProfileStamp
): Promise<'ok' | 'newer'> {
  const stored = await readStamp(fs, file)
  if (stored && isNewerProfile(stored, current)) return 'newer'
  await fs.writeFileAtomic(file, JSON.stringify(current))
  return 'ok'
}
