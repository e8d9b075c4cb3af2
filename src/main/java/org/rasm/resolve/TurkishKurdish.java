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
  /** The letters that mark a text as Turkish or Kurdish. */
  private static final String MARKS;

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

  /** The query with its words read so; null when it is not marked as Turkish or Kurdish. */
  static String read(String query) {
    if (!marked(query)) {
      return null;
    }
    StringBuilder out = new StringBuilder(query.length() + 4);
    for (String word : query.split(" ", -1)) {
      if (out.length() > 0) {
        out.append(' ');
      }
      if (!readable(word) || NameForms.isTableWord(KEY.fold(word).text())) {
        out.append(word);
        continue;
      }
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        String reading = READINGS.get(Character.toLowerCase(c));
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
    return false;
  }

  /** True when the word holds a letter the table reads. */
  private static boolean readable(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (READINGS.containsKey(Character.toLowerCase(word.charAt(i)))) {
        return true;
      }
    }
    return false;
  }
}
