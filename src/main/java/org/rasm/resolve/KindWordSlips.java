package org.rasm.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Slips of typing in the Latin words the tables know (words for kinds of thing, their phrases, word variants):
 * "corssing", "Golan Hights", "gas feild", "air bsae". A word of {@link #MIN_RESPELT} letters or more may have one letter
 * more, fewer or other, or two adjacent swapped; a shorter one, down to {@link #MIN_SWAPPED}, only two swapped, for a
 * letter off a short word is another word.
 */
final class KindWordSlips {
  /** Words shorter than this are read from two letters swapped only. */
  private static final int MIN_RESPELT = 6;
  /** Words shorter than this are not read at all. */
  private static final int MIN_SWAPPED = 3;
  /** The Latin words of the tables of {@link #MIN_SWAPPED} letters or more, by their first letter and length. */
  private static final Map<Integer, List<String>> BY_INITIAL_AND_LENGTH = byInitialAndLength();

  private KindWordSlips() {}

  /**
   * The table word that {@code word}, key-folded, is a slip of, if exactly one is; null otherwise. Only words with its
   * first letter are tried, for a slip of typing rarely strikes the first.
   */
  static String meant(String word) {
    if (word.length() < MIN_SWAPPED || !isLatinWord(word)) {
      return null;
    }
    String found = null;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      for (String kind : BY_INITIAL_AND_LENGTH.getOrDefault(slot(word.charAt(0), length), List.of())) {
        boolean apart = kind.length() >= MIN_RESPELT ? oneEditApart(word, kind) : swappedOnce(word, kind);
        if (apart) {
          if (found != null) {
            return null;
          }
          found = kind;
        }
      }
    }
    return found;
  }

  /** True when {@code a} is {@code b} with two adjacent letters swapped. */
  private static boolean swappedOnce(String a, String b) {
    return a.length() == b.length() && swappedAt(a, b, commonPrefix(a, b));
  }

  private static int commonPrefix(String a, String b) {
    int i = 0;
    while (i < a.length() && i < b.length() && a.charAt(i) == b.charAt(i)) {
      i++;
    }
    return i;
  }

  /** True when {@code a} and {@code b}, of one length, differ only by the letters at {@code i} and after it swapped. */
  private static boolean swappedAt(String a, String b, int i) {
    return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
        && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
  }

  /** True when one letter inserted, deleted or replaced, or two adjacent ones swapped, turn {@code a} into {@code b}. */
  private static boolean oneEditApart(String a, String b) {
    int la = a.length();
    int lb = b.length();
    if (Math.abs(la - lb) > 1 || a.equals(b)) {
      return false;
    }
    int i = commonPrefix(a, b);
    if (la == lb) {
      return swappedAt(a, b, i) || a.regionMatches(i + 1, b, i + 1, la - i - 1);
    }
    return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : b.regionMatches(i + 1, a, i, la - i);
  }

  private static boolean isLatinWord(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (word.charAt(i) < 'a' || word.charAt(i) > 'z') {
        return false;
      }
    }
    return true;
  }

  private static int slot(char initial, int length) {
    return initial * 256 + length;
  }

  private static Map<Integer, List<String>> byInitialAndLength() {
    Map<Integer, List<String>> m = new HashMap<>();
    for (String k : NameForms.tableWords()) {
      if (k.length() >= MIN_SWAPPED && isLatinWord(k)) {
        m.computeIfAbsent(slot(k.charAt(0), k.length()), x -> new ArrayList<>()).add(k);
      }
    }
    m.replaceAll((c, ks) -> List.copyOf(ks));
    return Map.copyOf(m);
  }
}
