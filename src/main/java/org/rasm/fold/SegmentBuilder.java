package org.rasm.fold;

import java.util.Arrays;

/**
 * Collects the segments of an {@link OffsetMap} while a folder writes its output. A linear segment maps its output
 * characters one to one onto the input; an atomic one maps all its output characters onto its whole input range.
 * A segment's input range ends where the next one starts, so removed characters belong to the segment before them.
 */
class SegmentBuilder {
  /**
   * Keeps nothing, for a caller that wants only the folded text. It overrides every method that writes, so it never
   * changes and is shared.
   */
  static final SegmentBuilder DISCARD = new SegmentBuilder() {
    @Override
    void add(int out, int in) {}

    @Override
    void truncate(int keep) {}
  };

  private int[] outStarts = new int[16];
  private int[] inStarts = new int[16];
  private int size;

  int size() {
    return size;
  }

  void linear(int out, int in) {
    add(out, in);
  }

  void atomic(int out, int in) {
    add(out, ~in);
  }

  /** Drops the segments added since {@code size} was {@code keep}. */
  void truncate(int keep) {
    size = keep;
  }

  void add(int out, int in) {
    if (size > 0 && outStarts[size - 1] == out) {
      size--; // that segment produced no output: its input now belongs to the one before it
    }
    if (size == outStarts.length) {
      outStarts = Arrays.copyOf(outStarts, size * 2);
      inStarts = Arrays.copyOf(inStarts, size * 2);
    }
    outStarts[size] = out;
    inStarts[size] = in;
    size++;
  }

  OffsetMap build(int outLength, int inLength) {
    if (size > 0 && outStarts[size - 1] == outLength) {
      size--;
    }
    return new OffsetMap(Arrays.copyOf(outStarts, size), Arrays.copyOf(inStarts, size), outLength, inLength);
  }
}
