import { useRef, type RefObject } from 'react';

/**
 * A ref always holding the latest value. Table columns read callbacks through it so the column
 * definitions stay the same objects: a new cell function would be a new component type, and React
 * would remount every cell (losing, among other things, the focus a drill-down returns to).
 */
export function useLatest<T>(value: T): RefObject<T> {
  const ref = useRef(value);
  ref.current = value;
  return ref;
}
