package org.rasm.data;

import java.util.Collection;

/**
 * A large set of words kept compactly: one string of them all, in code point order, and where each begins. A word
 * list of tens of thousands costs a byte a letter (Latin-1 strings are compact), not the fifty or more a hash set's
 * entry does, and is looked up by binary search without allocating. Immutable.
 */
public final class SortedWords {
  private final String letters;
  /** Where each word begins in {@link #letters}, and one more entry: where the last one ends. */
  private final int[] starts;

  public SortedWords(Collection<String> words) {
    String[] sorted = words.stream().distinct().sorted().toArray(String[]::new);
    starts = new int[sorted.length + 1];
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < sorted.length; i++) {
      starts[i] = sb.length();
      sb.append(sorted[i]);
    }
    starts[sorted.length] = sb.length();
    letters = sb.toString();
  }

  public int size() {
    return starts.length - 1;
  }

  public boolean contains(CharSequence word) {
    int lo = 0;
    int hi = size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int c = compare(mid, word);
      if (c < 0) {
        lo = mid + 1;
      } else if (c > 0) {
        hi = mid - 1;
      } else {
        return true;
      }
    }
    return false;
  }

  /** The word at {@code i} against {@code word}, as {@link String#compareTo} orders them. */
  private int compare(int i, CharSequence word) {
    int from = starts[i];
    int length = starts[i + 1] - from;
    int n = Math.min(length, word.length());
    for (int k = 0; k < n; k++) {
      int d = letters.charAt(from + k) - word.charAt(k);
      if (d != 0) {
        return d;
      }
    }
    return length - word.length();
  }

  @Override
  public String toString() {
    return "SortedWords[" + size() + " words]";
  }
}
