import type { ProgressStorage } from '../../quiz/progress'
import { NO_STORAGE } from '../../quiz/progress'

/** The global flag the page's storage shim (setup/storage-shim.ts) raises when the browser blocks site data. */
export const STORAGE_BLOCKED_FLAG = '__lessonStorageBlocked'

/** The global flag the page's storage shim raises when a write was refused because the site's storage is full. */
export const STORAGE_FULL_FLAG = '__lessonStorageFull'

/** Whether the page's storage shim has seen the site's storage full. */
export function storageFull(): boolean {
  return (globalThis as Record<string, unknown>)[STORAGE_FULL_FLAG] === true
}

/**
 * The browser's `localStorage`, or {@link NO_STORAGE} where there is none or it is blocked: then
 * reading it throws, or the page's storage shim (setup/storage-shim.ts) has put a stand-in there
 * that forgets everything when the tab closes, which must not pass for saving. Writes are read
 * back ({@link checkedWrites}): the shim drops a write to full storage without a word.
 */
export function browserStorage(blocked = (globalThis as Record<string, unknown>)[STORAGE_BLOCKED_FLAG] === true): ProgressStorage {
  if (blocked)
    return NO_STORAGE
  try {
    return typeof localStorage === 'undefined' ? NO_STORAGE : checkedWrites(localStorage)
  }
  catch {
    return NO_STORAGE
  }
}

/** `storage` whose `setItem` throws when the value written cannot be read back: the write was dropped. */
export function checkedWrites(storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>): ProgressStorage {
  return {
    get length() { return storage.length },
    key: index => storage.key(index),
    getItem: key => storage.getItem(key),
    setItem: (key, value) => {
      storage.setItem(key, value)
      if (storage.getItem(key) !== value)
        throw new Error('this browser\'s storage for the site is full')
    },
    removeItem: key => storage.removeItem(key),
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
