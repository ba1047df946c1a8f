// Sizes of files and folders, as a person reads them.
import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** The size of everything below `dir`, and how many files. */
export function folderSize(dir: string): { bytes: number, files: number } {
  return readdirSync(dir, { withFileTypes: true }).reduce((sum, entry) => {
    const path = join(dir, entry.name)
    const inner = entry.isDirectory() ? folderSize(path) : { bytes: statSync(path).size, files: 1 }
    return { bytes: sum.bytes + inner.bytes, files: sum.files + inner.files }
  }, { bytes: 0, files: 0 })
}

/** "3.4 MB", "812 KB": sizes as a person reads them (decimal units, as file managers show). */
export function humanSize(bytes: number): string {
  if (bytes >= 1_000_000)
    return `${(bytes / 1_000_000).toFixed(1)} MB`
  return `${Math.max(1, Math.round(bytes / 1000))} KB`
}
