package org.rasm.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.rasm.data.DataTable;

/**
 * Arabic words by their shapes without dots ({@code arabic-dots.tsv}): تدمز and تدمر have one skeleton, and differ
 * by the dots of one letter. An instance holds a vocabulary of known words, and reads a word as the one of them it is
 * a letter's dots away from. Immutable.
 */
final class ArabicDots {
  private static final int BASE = 0x0600;
  /** Each letter of the Arabic block as the first letter of its shape; others as themselves. */
  private static final char[] SHAPE = new char[0x100];

  static {
    for (int i = 0; i < SHAPE.length; i++) {
      SHAPE[i] = (char) (BASE + i);
    }
    for (DataTable.Row row : DataTable.read(ArabicDots.class, "arabic-dots.tsv", 2)) {
      String letters = row.cell(0);
      for (char c : letters.toCharArray()) {
        if (c < BASE || c >= BASE + SHAPE.length) {
          throw new IllegalStateException("arabic-dots.tsv:" + row.line() + ": not an Arabic letter: " + c);
        }
        SHAPE[c - BASE] = letters.charAt(0);
      }
    }
  }

  /** The vocabulary's Arabic words by their skeleton. */
  private final Map<String, Set<String>> bySkeleton;

  /**
   * @param words the vocabulary, key-folded; words not in Arabic script, or shorter than {@code minLength}, are left
   *     out
   */
  ArabicDots(Collection<String> words, int minLength) {
    Map<String, Set<String>> m = new HashMap<>();
    for (String w : words) {
      if (w.length() >= minLength && NameForms.isArabic(w)) {
        m.computeIfAbsent(skeleton(w), k -> new HashSet<>()).add(w);
      }
    }
    m.replaceAll((k, ws) -> Set.copyOf(ws));
    bySkeleton = Map.copyOf(m);
  }

  /** The word of the vocabulary that {@code word} is one letter's dots away from, if exactly one is; null otherwise. */
  String meant(String word) {
    String only = null;
    for (String w : bySkeleton.getOrDefault(skeleton(word), Set.of())) {
      if (oneLetterApart(word, w)) {
        if (only != null) {
          return null;
        }
        only = w;
      }
    }
    return only;
  }

  /** {@code word} with each letter replaced by the first letter of its shape. */
  static String skeleton(String word) {
    char[] out = word.toCharArray();
    for (int i = 0; i < out.length; i++) {
      out[i] = shape(out[i]);
    }
    return new String(out);
  }

  /** True when {@code a} and {@code b} have one skeleton and differ in exactly one letter. */
  static boolean oneLetterApart(String a, String b) {
    if (a.length() != b.length()) {
      return false;
    }
    int differ = 0;
    for (int i = 0; i < a.length(); i++) {
      char x = a.charAt(i);
      char y = b.charAt(i);
      if (x != y && (shape(x) != shape(y) || ++differ > 1)) {
        return false;
      }
    }
    return differ == 1;
  }

  /** The first letter of {@code c}'s shape: the letters one skeleton writes differ by their dots only. */
  static char shape(char c) {
    return c >= BASE && c < BASE + SHAPE.length ? SHAPE[c - BASE] : c;
  }
}
