package org.rasm.data;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Function;

/**
 * Remembers the answers of a pure function for a bounded number of keys: a fixed table of slots, each holding the
 * last key that hashed to it. Memory never grows with the input, no thread waits for another, and an answer
 * computed twice by two threads is the same answer.
 */
public final class Memo<K, V> {
  private record Entry<K, V>(K key, V value) {}

  private final AtomicReferenceArray<Entry<K, V>> slots;
  private final int mask;
  private final Function<K, V> function;

  /** @param size the number of slots, rounded up to a power of two */
  public Memo(int size, Function<K, V> function) {
    if (size < 1 || size > 1 << 24) {
      throw new IllegalArgumentException("size must be 1 to 2^24: " + size);
    }
    int slots = Integer.bitCount(size) == 1 ? size : Integer.highestOneBit(size) << 1;
    this.slots = new AtomicReferenceArray<>(slots);
    this.mask = slots - 1;
    this.function = Objects.requireNonNull(function, "function");
  }

  public V get(K key) {
    int h = key.hashCode();
    int slot = (h ^ h >>> 16) & mask;
    Entry<K, V> e = slots.getAcquire(slot);
    if (e != null && e.key().equals(key)) {
      return e.value();
    }
    V value = function.apply(key);
    slots.setRelease(slot, new Entry<>(key, value));
    return value;
  }
}
