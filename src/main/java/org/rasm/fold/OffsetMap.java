package org.rasm.fold;

import java.util.Arrays;

/**
 * Maps positions in a folded text back to the original text. Positions are UTF-16 indices ({@code String}
 * indices); span ends are exclusive.
 *
 * <p>A folded character maps to the original characters it came from. A character that folding removed belongs to
 * the folded character before it, so a word's span takes in its trailing vowel marks; removed characters at the
 * very start belong to nothing. When one original character became several (ß to ss, ﻻ to لا), each of them maps to
 * the whole original character.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * OffsetMap map = TextFolder.of(FoldProfile.SEARCH).fold("Straße").offsets();
 * map.toOriginal(4, 6);    // Span[start=4, end=5]: "ss" came from "ß"
 * }</pre>
 */
public final class OffsetMap {
  private final int[] outStarts;
  private final int[] inStarts; // ~inStart marks an atomic segment
  private final int outLength;
  private final int inLength;
  private final OffsetMap inner;

  OffsetMap(int[] outStarts, int[] inStarts, int outLength, int inLength) {
    this(outStarts, inStarts, outLength, inLength, null);
  }

  private OffsetMap(int[] outStarts, int[] inStarts, int outLength, int inLength, OffsetMap inner) {
    this.outStarts = outStarts;
    this.inStarts = inStarts;
    this.outLength = outLength;
    this.inLength = inLength;
    this.inner = inner;
  }

  /** This map followed by {@code toOriginal}, for a text folded from an already folded one. */
  OffsetMap then(OffsetMap toOriginal) {
    if (inner != null) {
      return new OffsetMap(outStarts, inStarts, outLength, inLength, inner.then(toOriginal));
    }
    return new OffsetMap(outStarts, inStarts, outLength, inLength, toOriginal);
  }

  /** Length of the folded text. */
  public int foldedLength() {
    return outLength;
  }

  /** Length of the original text. */
  public int originalLength() {
    return inner == null ? inLength : inner.originalLength();
  }

  /** The original position where the folded character at {@code start} begins; the original length for the end. */
  public int originalStart(int start) {
    checkIndex(start);
    int in = localStart(start);
    return inner == null ? in : inner.originalStart(in);
  }

  /** The original position just after the folded characters before {@code end}. */
  public int originalEnd(int end) {
    checkIndex(end);
    if (end == 0) {
      return originalStart(0);
    }
    int in = localEnd(end);
    return inner == null ? in : inner.originalEnd(in);
  }

  /**
   * {@link #originalStart} of each position, for positions in ascending order, in one pass over the segments rather
   * than a search each.
   */
  public int[] originalStarts(int[] ascending) {
    if (inner != null) {
      int[] local = new int[ascending.length];
      int j = 0;
      for (int k = 0; k < ascending.length; k++) {
        checkIndex(ascending[k]);
        if (ascending[k] >= outLength || outStarts.length == 0) {
          local[k] = inLength;
          continue;
        }
        while (j + 1 < outStarts.length && outStarts[j + 1] <= ascending[k]) {
          j++;
        }
        local[k] = inStarts[j] < 0 ? ~inStarts[j] : inStarts[j] + (ascending[k] - outStarts[j]);
      }
      return inner.originalStarts(local);
    }
    int[] result = new int[ascending.length];
    int j = 0;
    for (int k = 0; k < ascending.length; k++) {
      int pos = ascending[k];
      checkIndex(pos);
      if (pos >= outLength || outStarts.length == 0) {
        result[k] = inLength;
        continue;
      }
      while (j + 1 < outStarts.length && outStarts[j + 1] <= pos) {
        j++;
      }
      result[k] = inStarts[j] < 0 ? ~inStarts[j] : inStarts[j] + (pos - outStarts[j]);
    }
    return result;
  }

  /** The original span of the folded span {@code [start, end)}. */
  public Span toOriginal(int start, int end) {
    if (start > end) {
      throw new IllegalArgumentException("start " + start + " > end " + end);
    }
    int s = originalStart(start);
    return new Span(s, start == end ? s : originalEnd(end));
  }

  private int localStart(int pos) {
    if (pos >= outLength || outStarts.length == 0) {
      return inLength;
    }
    int j = segmentOf(pos);
    int in = inStarts[j];
    return in < 0 ? ~in : in + (pos - outStarts[j]);
  }

  private int localEnd(int end) {
    int last = end - 1;
    int j = segmentOf(last);
    int in = inStarts[j];
    boolean lastOfSegment = j + 1 == outStarts.length ? last == outLength - 1 : last == outStarts[j + 1] - 1;
    if (in < 0 || lastOfSegment) {
      return j + 1 == outStarts.length ? inLength : inStartOf(j + 1);
    }
    return in + (last - outStarts[j]) + 1;
  }

  private int inStartOf(int j) {
    int in = inStarts[j];
    return in < 0 ? ~in : in;
  }

  private int segmentOf(int pos) {
    int j = Arrays.binarySearch(outStarts, pos);
    return j >= 0 ? j : -j - 2;
  }

  private void checkIndex(int pos) {
    if (pos < 0 || pos > outLength) {
      throw new IndexOutOfBoundsException("position " + pos + " outside the folded text of length " + outLength);
    }
  }
}
