/**
 * A seeded pseudo-random generator (sfc32): the generator's output depends only on the seed and
 * the count, so two runs build the same data and their figures can be compared.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [min, max]. */
  int(min: number, max: number): number;
  chance(probability: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Picks by relative weight. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T;
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[];
  /** A random 32-bit unsigned integer. */
  uint32(): number;
}

export function createRandom(seed: number): Random {
  let a = 0x9e3779b9;
  let b = 0x243f6a88;
  let c = 0xb7e15162;
  let d = seed >>> 0;
  const uint32 = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 15; i++) uint32();
  const next = () => uint32() / 4294967296;
  const random: Random = {
    next,
    uint32,
    int: (min, max) => min + Math.floor(next() * (max - min + 1)),
    chance: (probability) => next() < probability,
    pick: (items) => {
      if (items.length === 0) throw new Error("pick from an empty list");
      return items[Math.floor(next() * items.length)]!;
    },
    weighted: (entries) => {
      const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
      let point = next() * total;
      for (const [value, weight] of entries) {
        point -= weight;
        if (point < 0) return value;
      }
      return entries.at(-1)![0];
    },
    sample: (items, count) => {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j]!, copy[i]!];
      }
      return copy.slice(0, count);
    },
  };
  return random;
}

/** A version-7 UUID whose time part is `millis` and whose random part comes from `random`. */
export function uuidV7(millis: number, random: Random): string {
  const hex = (value: number, digits: number) => value.toString(16).padStart(digits, "0");
  const time = hex(millis, 12);
  const r1 = random.uint32();
  const r2 = random.uint32();
  const r3 = random.uint32();
  return [
    time.slice(0, 8),
    time.slice(8, 12),
    `7${hex(r1 & 0xfff, 3)}`,
    hex(0x8000 | ((r1 >>> 12) & 0x3fff), 4),
    `${hex(r2 >>> 16, 4)}${hex(r3, 8)}`,
  ].join("-");
}
