package org.rasm.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Slips of typing in words of Latin or Arabic letters, against a vocabulary of known words: "corssing", "Golan
 * Hights", "gas feild" against the words of the tables; "Salkahd", "Wanger", الصمنين against the words of names. A
 * word of {@code minRespelt} letters or more may have one letter more, fewer or other, or two adjacent swapped; a
 * shorter one, down to {@code minSwapped}, only two swapped, for a letter off a short word is another word. The first
 * letter must be as meant, for a slip of typing rarely strikes the first. Immutable.
 */
final class TypingSlips {
  /** Each letter, key-folded, to the letters of the keys beside its own on a row of a keyboard ({@code keyboards.tsv}). */
  private static final Map<Character, String> KEY_NEIGHBOURS = readKeyboards();

  /** The words of the tables (words for kinds of thing, their phrases, word variants). */
  static final TypingSlips TABLE_WORDS = new TypingSlips(NameForms.tableWords(), 6, 3, NameForms::tableSense);

  private final int minRespelt;
  private final int minSwapped;
  /** The vocabulary's words of {@link #minSwapped} letters or more and shorter than {@link #minRespelt}. */
  private final Set<String> shortWords;
  /** The vocabulary's words of {@link #minRespelt} letters or more. */
  private final Set<String> longWords;
  /** Each long word with one of its letters left out, to the long words it is so made from. */
  private final Map<String, Set<String>> longByDeletion;

  /** What each word of the vocabulary means: a word two words of one meaning are slips off is either. */
  private final Function<String, Object> sense;

  /** A vocabulary whose words each mean a thing of their own. */
  TypingSlips(Collection<String> words, int minRespelt, int minSwapped) {
    this(words, minRespelt, minSwapped, word -> word);
  }

  /**
   * @param words the vocabulary, key-folded; words not all of Latin or all of Arabic letters are left out
   * @param minRespelt words shorter than this are read from two letters swapped only
   * @param minSwapped words shorter than this are not read at all
   * @param sense what a word of the vocabulary means
   */
  TypingSlips(Collection<String> words, int minRespelt, int minSwapped, Function<String, Object> sense) {
    if (minSwapped < 2 || minRespelt < minSwapped) {
      throw new IllegalArgumentException("minSwapped " + minSwapped + ", minRespelt " + minRespelt);
    }
    this.minRespelt = minRespelt;
    this.minSwapped = minSwapped;
    this.sense = sense;
    Set<String> shorter = new HashSet<>();
    Set<String> longer = new HashSet<>();
    Map<String, Set<String>> byDeletion = new HashMap<>();
    for (String k : words) {
      if (k.length() < minSwapped || !isWord(k)) {
        continue;
      }
      if (k.length() < minRespelt) {
        shorter.add(k);
        continue;
      }
      longer.add(k);
      for (int i = 0; i < k.length(); i++) {
        byDeletion.computeIfAbsent(deletion(k, i), x -> new HashSet<>()).add(k);
      }
    }
    byDeletion.replaceAll((d, ks) -> Set.copyOf(ks));
    shortWords = Set.copyOf(shorter);
    longWords = Set.copyOf(longer);
    longByDeletion = Map.copyOf(byDeletion);
  }

  /** The word of the vocabulary that {@code word}, key-folded, is a slip of, if exactly one is; null otherwise. */
  String meant(String word) {
    if (word.length() < minSwapped || !isWord(word)) {
      return null;
    }
    Set<String> found = new HashSet<>();
    if (word.length() < minRespelt) {
      addSwapped(word, found, false);
    }
    if (word.length() + 1 >= minRespelt) {
      addOneEditAway(word, found);
    }
    // of words that mean one thing ("governorate", "gouvernorat"), the first in order, so the answer is the same
    return found.stream().map(sense).distinct().count() == 1 ? found.stream().sorted().findFirst().orElseThrow() : null;
  }

  /**
   * The long word of the vocabulary that {@code word}, of {@code minRespelt} letters or more, is with one letter after
   * the first dropped or added ("Damacus", "Switzerand"), if exactly one is; null otherwise. A letter typed for another
   * makes another word more often than a letter dropped does (Mars, Misr).
   */
  String letterDroppedOrAdded(String word) {
    if (word.length() < minRespelt || !isWord(word)) {
      return null;
    }
    Set<String> found = new HashSet<>();
    addNear(word, longByDeletion.getOrDefault(word, Set.of()), found);
    for (int i = 1; i < word.length(); i++) {
      String d = deletion(word, i);
      if (longWords.contains(d) && d.charAt(0) == word.charAt(0)) {
        found.add(d);
      }
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * The short word of the vocabulary (shorter than {@code minRespelt}) that {@code word}, of {@code minSwapped} letters
   * or more, is with one letter dropped, the first too ("ase", "Rivr"), if exactly one sense is; null otherwise. A
   * short word is so read only where its kind of word stands, for many short words are one letter off another.
   */
  String shortWordLetterDropped(String word) {
    if (word.length() < minSwapped || word.length() + 1 >= minRespelt || !isWord(word)) {
      return null;
    }
    Set<String> found = new HashSet<>();
    for (String known : shortWords) {
      if (known.length() == word.length() + 1 && oneEditApart(word, known)) {
        found.add(known);
      }
    }
    return found.stream().map(sense).distinct().count() == 1 ? found.stream().sorted().findFirst().orElseThrow() : null;
  }

  /**
   * The word of the vocabulary, of any length down to {@code minSwapped}, that {@code word} is with two adjacent letters
   * after the first swapped, if exactly one is; null otherwise.
   */
  String swapped(String word) {
    if (word.length() < minSwapped || !isWord(word)) {
      return null;
    }
    Set<String> found = new HashSet<>();
    addSwapped(word, found, true);
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * The word of the vocabulary, of any length down to {@code minSwapped}, that {@code word} is with one letter after the
   * first struck on the key beside the one meant ({@code keyboards.tsv}), if exactly one is; null otherwise.
   */
  String neighbourKeyed(String word) {
    if (word.length() < minSwapped || !isWord(word)) {
      return null;
    }
    Set<String> found = new HashSet<>();
    char[] letters = word.toCharArray();
    for (int i = 1; i < letters.length; i++) {
      char typed = letters[i];
      for (char meant : KEY_NEIGHBOURS.getOrDefault(typed, "").toCharArray()) {
        letters[i] = meant;
        String read = new String(letters);
        if (shortWords.contains(read) || longWords.contains(read)) {
          found.add(read);
        }
      }
      letters[i] = typed;
    }
    return found.size() == 1 ? found.iterator().next() : null;
  }

  /**
   * Adds the words of the vocabulary, short ones or {@code longToo} long ones as well, that {@code word} is with two
   * adjacent letters after the first swapped.
   */
  private void addSwapped(String word, Set<String> found, boolean longToo) {
    char[] letters = word.toCharArray();
    for (int i = 1; i + 1 < letters.length; i++) {
      if (letters[i] != letters[i + 1]) {
        swap(letters, i);
        String swapped = new String(letters);
        swap(letters, i);
        if (shortWords.contains(swapped) || longToo && longWords.contains(swapped)) {
          found.add(swapped);
        }
      }
    }
  }

  /**
   * Adds the long words of the vocabulary one edit from {@code word}, with its first letter: each shares, with one
   * letter left out, a form with the word or with the word less one letter.
   */
  private void addOneEditAway(String word, Set<String> found) {
    addNear(word, longByDeletion.getOrDefault(word, Set.of()), found);
    for (int i = 0; i < word.length(); i++) {
      if (i > 0 && word.charAt(i) == word.charAt(i - 1)) {
        continue;
      }
      String d = deletion(word, i);
      if (longWords.contains(d)) {
        addNear(word, Set.of(d), found);
      }
      addNear(word, longByDeletion.getOrDefault(d, Set.of()), found);
    }
  }

  private static void addNear(String word, Collection<String> near, Set<String> found) {
    for (String known : near) {
      if (known.charAt(0) == word.charAt(0) && oneEditApart(word, known)) {
        found.add(known);
      }
    }
  }

  private static String deletion(String word, int i) {
    return new StringBuilder(word.length() - 1).append(word, 0, i).append(word, i + 1, word.length()).toString();
  }

  private static void swap(char[] letters, int i) {
    char c = letters[i];
    letters[i] = letters[i + 1];
    letters[i + 1] = c;
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

  private static Map<Character, String> readKeyboards() {
    TextFolder key = TextFolder.of(FoldProfile.KEY);
    Map<Character, StringBuilder> neighbours = new HashMap<>();
    for (DataTable.Row row : DataTable.read(TypingSlips.class, "keyboards.tsv", 3)) {
      String keys = row.cell(1);
      for (int i = 0; i + 1 < keys.length(); i++) {
        char left = keys.charAt(i);
        char right = keys.charAt(i + 1);
        // a letter that key folding writes as another (ة as ه, ى as ي) is not the key it is read as: its neighbours
        // are not that letter's
        if (key.foldToString(String.valueOf(left)).equals(String.valueOf(left))
            && key.foldToString(String.valueOf(right)).equals(String.valueOf(right))) {
          neighbours.computeIfAbsent(left, c -> new StringBuilder()).append(right);
          neighbours.computeIfAbsent(right, c -> new StringBuilder()).append(left);
        }
      }
    }
    Map<Character, String> out = new HashMap<>();
    neighbours.forEach((c, n) -> out.put(c, n.toString()));
    return Map.copyOf(out);
  }
}
