/** `order` with the item at `from` moved to `to`; out-of-range moves return an unchanged copy. */
export function moveItem<T>(order: readonly T[], from: number, to: number): T[] {
  const result = [...order]
  if (from < 0 || from >= result.length || to < 0 || to >= result.length || from === to)
    return result
  const [item] = result.splice(from, 1) as [T]
  result.splice(to, 0, item)
  return result
}
