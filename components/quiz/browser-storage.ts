import type { ProgressStorage } from '../../quiz/progress'
import { NO_STORAGE } from '../../quiz/progress'

/** The global flag the page's storage shim (setup/storage-shim.ts) raises when the browser blocks site data. */
export const STORAGE_BLOCKED_FLAG = '__lessonStorageBlocked'

/**
 * The browser's `localStorage`, or {@link NO_STORAGE} where there is none or it is blocked: then
 * reading it throws, or the page's storage shim (setup/storage-shim.ts) has put a stand-in there
 * that forgets everything when the tab closes, which must not pass for saving.
 */
export function browserStorage(blocked = (globalThis as Record<string, unknown>)[STORAGE_BLOCKED_FLAG] === true): ProgressStorage {
  if (blocked)
    return NO_STORAGE
  try {
    return typeof localStorage === 'undefined' ? NO_STORAGE : localStorage
  }
  catch {
    return NO_STORAGE
  }
}
