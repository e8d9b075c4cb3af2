package org.rasm.resolve;

import java.util.HashMap;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Turkish and Kurdish (Kurmanji) Latin letters read as English romanisation writes them ({@code
 * turkish-kurdish-letters.tsv}): ş as sh, ç as ch, c as j ("Cindirês" is Jindires), in a query that holds a letter only
 * Turkish and Kurdish write (ş, ğ, ı, ê). Words the tables know (bucağı, hava üssü, cephesi) stay as written.
 */
final class TurkishKurdish {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final Map<Character, String> READINGS;
  /** The letters that an h after makes one English letter (sh, ch, kh, gh, th, dh, zh): that h is no khah. */
  private static final String DIGRAPH_FIRSTS = "sckgtdz";
  /** The letters that mark a text as Turkish or Kurdish. */
  private static final String MARKS;
  /** Words that mark a text as Turkish or Kurdish though written in English letters ({@code turkish-kurdish-words.tsv}). */
  private static final java.util.Set<String> MARKING_WORDS =
      DataTable.firstCells(TurkishKurdish.class, "turkish-kurdish-words.tsv", 2, w -> KEY.fold(w).text());

  static {
    Map<Character, String> readings = new HashMap<>();
    StringBuilder marks = new StringBuilder();
    for (DataTable.Row row : DataTable.read(TurkishKurdish.class, "turkish-kurdish-letters.tsv", 4)) {
      if (row.cell(0).length() != 1 || !row.cell(2).matches("yes|no")) {
        throw new IllegalStateException("turkish-kurdish-letters.tsv:" + row.line() + ": one letter, and marks yes or no");
      }
      readings.put(row.cell(0).charAt(0), row.cell(1));
      if (row.cell(2).equals("yes")) {
        marks.append(row.cell(0));
      }
    }
    READINGS = Map.copyOf(readings);
    MARKS = marks.toString();
  }

  private TurkishKurdish() {}

  /**
   * The query with its words read so, then, when it has a word for a kind of place, that reading with each h of a
   * word read as kh (Turkish and Kurdish write Arabic khah as h: Salhad ilçesi, Fahura nahiyesi); none when it is not
   * marked as Turkish or Kurdish.
   */
  static java.util.List<String> readings(String query) {
    if (!marked(query)) {
      return java.util.List.of();
    }
    String read = read(query, false);
    // a word alone with an h is as often a name of a person (Haşim): the word for the kind of place says it is one
    String withKh = hasKindWord(query) ? read(query, true) : read;
    return withKh.equals(read) ? java.util.List.of(read) : java.util.List.of(read, withKh);
  }

  private static String read(String query, boolean hAsKh) {
    StringBuilder out = new StringBuilder(query.length() + 4);
    for (String word : query.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      String key = KEY.fold(word).text();
      if (!readable(word, hAsKh) || NameForms.isTableWord(key) || MARKING_WORDS.contains(key)) {
        out.append(word);
        continue;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        String reading = READINGS.get(Character.toLowerCase(c));
        if (hAsKh && Character.toLowerCase(c) == 'h' && (i == 0 || DIGRAPH_FIRSTS.indexOf(Character.toLowerCase(word.charAt(i - 1))) < 0)) {
          reading = "kh";
        }
        if (reading == null) {
          out.append(c);
        } else if (!reading.isEmpty()) {
          out.append(Character.isUpperCase(c) ? Character.toUpperCase(reading.charAt(0)) + reading.substring(1) : reading);
        }
      }
    }
    return out.toString();
  }

  private static boolean marked(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (MARKS.indexOf(Character.toLowerCase(text.charAt(i))) >= 0) {
        return true;
      }
    }
    for (String word : KEY.fold(text).text().split(" ")) {
      if (MARKING_WORDS.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasKindWord(String text) {
    for (String word : KEY.fold(text).text().split(" ")) {
      if (MARKING_WORDS.contains(word) || NameForms.isQualifier(word)) {
        return true;
      }
    }
    return false;
  }

  /** True when the word holds a letter the table reads, or an h to read as kh. */
  private static boolean readable(String word, boolean hAsKh) {
    for (int i = 0; i < word.length(); i++) {
      char c = Character.toLowerCase(word.charAt(i));
      if (READINGS.containsKey(c) || hAsKh && c == 'h') {
        return true;
      }
    }
    return false;
  }
}
