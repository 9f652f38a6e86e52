/**
 * `compute` wrapped so that each key is computed once and remembered for as long as the returned
 * function lives: for answers many records share (a title, a place, a character of a query).
 */
export function rememberEach<K, V>(compute: (key: K) => V): (key: K) => V {
  const known = new Map<K, V>();
  return (key) => {
    // One lookup on the hot path; `has` only for a remembered undefined.
    const found = known.get(key);
    if (found !== undefined || known.has(key)) return found as V;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
