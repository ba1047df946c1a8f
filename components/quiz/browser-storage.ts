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

/** Reading and writing a storage that may be full or blocked, never throwing. */
export interface SafeStorage {
  /** The value, or null when there is none or the storage cannot be read. */
  read: (key: string) => string | null
  /** Stores the value (removes the key for undefined); a full or blocked storage is ignored. */
  write: (key: string, value: string | undefined) => void
}

/** `storage` behind {@link SafeStorage}: the page still works without it, it just forgets on reload. */
export function safeStorage(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>): SafeStorage {
  return {
    read: (key) => {
      try {
        return storage.getItem(key)
      }
      catch {
        return null
      }
    },
    write: (key, value) => {
      try {
        if (value === undefined)
          storage.removeItem(key)
        else
          storage.setItem(key, value)
      }
      catch {
        // Storage full or blocked: the page still works, it just forgets on reload.
      }
    },
  }
}
