package org.rasm.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasm.data.DataTable;

/**
 * Latin acronyms spelt out in Arabic letters, as Arabic press writes them ("ب ك ك" for PKK, "ي ب ك" for YPG), by the
 * table {@code acronym-letters.tsv}: the Latin letters each Arabic letter stands for.
 */
final class ArabicAcronyms {
  /** Readings of more letters than this are not tried: acronyms are short, and the readings multiply. */
  private static final int MAX_LETTERS = 6;
  private static final Map<Character, List<String>> LATIN = readLatin();

  private ArabicAcronyms() {}

  /**
   * A Latin acronym, lower case, that Arabic letters can spell, and how many of its letters are not the first reading
   * of theirs (the G of ج, the P of ب): of two acronyms a query can spell, the one with fewer is meant (ي ب ج is YPJ,
   * not YPG).
   */
  record Reading(String latin, int otherLetters) {}

  /**
   * The Latin acronyms that {@code words} can spell when each is one Arabic letter of the table; none when it is fewer
   * than two letters, more than {@link #MAX_LETTERS}, or holds anything else.
   */
  static List<Reading> readings(String[] words) {
    if (words.length < 2 || words.length > MAX_LETTERS) {
      return List.of();
    }
    List<Reading> readings = List.of(new Reading("", 0));
    for (String w : words) {
      List<String> latin = w.length() == 1 ? LATIN.get(w.charAt(0)) : null;
      if (latin == null) {
        return List.of();
      }
      List<Reading> longer = new ArrayList<>(readings.size() * latin.size());
      for (Reading r : readings) {
        for (int i = 0; i < latin.size(); i++) {
          longer.add(new Reading(r.latin() + latin.get(i), r.otherLetters() + (i == 0 ? 0 : 1)));
        }
      }
      readings = longer;
    }
    return readings;
  }

  /** True when {@code text} has two words or more of one Arabic letter of the table: a cheap test before folding. */
  static boolean mayHold(String text) {
    int letters = 0;
    for (int i = 0; i < text.length(); i++) {
      boolean alone = (i == 0 || text.charAt(i - 1) == ' ') && (i + 1 == text.length() || text.charAt(i + 1) == ' ');
      if (alone && LATIN.containsKey(text.charAt(i)) && ++letters == 2) {
        return true;
      }
    }
    return false;
  }

  private static Map<Character, List<String>> readLatin() {
    Map<Character, List<String>> latin = new HashMap<>();
    for (DataTable.Row row : DataTable.read(ArabicAcronyms.class, "acronym-letters.tsv", 3)) {
      String letter = row.cell(0);
      if (letter.length() != 1 || latin.put(letter.charAt(0), List.of(row.cell(1).split(" "))) != null) {
        throw new IllegalStateException("acronym-letters.tsv:" + row.line() + ": one row per letter, of one letter");
      }
    }
    return Map.copyOf(latin);
  }
}
