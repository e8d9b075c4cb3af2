package org.rasm.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Slips of typing in words of Latin or Arabic letters, against a vocabulary of known words: "corssing", "Golan
 * Hights", "gas feild" against the words of the tables; "Salkahd", "Wanger", الصمنين against the words of names. A
 * word of {@code minRespelt} letters or more may have one letter more, fewer or other, or two adjacent swapped; a
 * shorter one, down to {@code minSwapped}, only two swapped, for a letter off a short word is another word. The first
 * letter must be as meant, for a slip of typing rarely strikes the first. Immutable.
 */
final class TypingSlips {
  /** The words of the tables (words for kinds of thing, their phrases, word variants). */
  static final TypingSlips TABLE_WORDS = new TypingSlips(NameForms.tableWords(), 6, 3);

  private final int minRespelt;
  private final int minSwapped;
  /** The vocabulary's words of {@link #minSwapped} letters or more, by their first letter and length. */
  private final Map<Integer, List<String>> byInitialAndLength;
  /** The same words, shorter than {@link #minRespelt}. */
  private final Set<String> words;

  /**
   * @param words the vocabulary, key-folded; words not all of Latin or all of Arabic letters are left out
   * @param minRespelt words shorter than this are read from two letters swapped only
   * @param minSwapped words shorter than this are not read at all
   */
  TypingSlips(Collection<String> words, int minRespelt, int minSwapped) {
    if (minSwapped < 2 || minRespelt < minSwapped) {
      throw new IllegalArgumentException("minSwapped " + minSwapped + ", minRespelt " + minRespelt);
    }
    this.minRespelt = minRespelt;
    this.minSwapped = minSwapped;
    Map<Integer, List<String>> m = new HashMap<>();
    Set<String> shortWords = new HashSet<>();
    for (String k : words) {
      if (k.length() >= minSwapped && isWord(k)) {
        m.computeIfAbsent(slot(k.charAt(0), k.length()), x -> new ArrayList<>()).add(k);
        if (k.length() < minRespelt) {
          shortWords.add(k);
        }
      }
    }
    m.replaceAll((c, ks) -> List.copyOf(ks));
    byInitialAndLength = Map.copyOf(m);
    this.words = Set.copyOf(shortWords);
  }

  /** The word of the vocabulary that {@code word}, key-folded, is a slip of, if exactly one is; null otherwise. */
  String meant(String word) {
    if (word.length() < minSwapped || !isWord(word)) {
      return null;
    }
    if (word.length() + 1 < minRespelt) {
      return swappedMeant(word);
    }
    String found = null;
    for (int length = word.length() - 1; length <= word.length() + 1; length++) {
      for (String known : byInitialAndLength.getOrDefault(slot(word.charAt(0), length), List.of())) {
        boolean apart = known.length() >= minRespelt
            ? oneEditApart(word, known) : swappedOnce(word, known);
        if (apart) {
          if (found != null) {
            return null;
          }
          found = known;
        }
      }
    }
    return found;
  }

  /**
   * The word of the vocabulary that {@code word} is with two adjacent letters after the first swapped, if exactly one
   * is: for a word too short to be met by a letter more, fewer or other, a few lookups instead of a scan.
   */
  private String swappedMeant(String word) {
    String found = null;
    char[] letters = word.toCharArray();
    for (int i = 1; i + 1 < letters.length; i++) {
      if (letters[i] == letters[i + 1]) {
        continue;
      }
      swap(letters, i);
      String swapped = new String(letters);
      swap(letters, i);
      if (words.contains(swapped)) {
        if (found != null) {
          return null;
        }
        found = swapped;
      }
    }
    return found;
  }

  private static void swap(char[] letters, int i) {
    char c = letters[i];
    letters[i] = letters[i + 1];
    letters[i + 1] = c;
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

  /** True for a word of Latin letters a to z alone, or of Arabic letters alone. */
  private static boolean isWord(String word) {
    boolean latin = true;
    boolean arabic = true;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      latin &= c >= 'a' && c <= 'z';
      arabic &= c >= '\u0621' && c <= '\u064A';
    }
    return latin || arabic;
  }

  private static int slot(char initial, int length) {
    return initial * 256 + length;
  }
}
