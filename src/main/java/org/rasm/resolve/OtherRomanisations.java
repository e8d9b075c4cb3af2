package org.rasm.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * A Latin query read as English romanisation would write it, one letter of {@code other-romanisations.tsv} at a time:
 * c and g as j (Ceyrud, Hagin). Each reading changes every such letter of the words that are no known word, outside
 * digraphs (gh, ch); whether a reading is met is the resolver's to judge.
 */
final class OtherRomanisations {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final Map<Character, String> READINGS = readings();

  private OtherRomanisations() {}

  private static Map<Character, String> readings() {
    Map<Character, String> m = new LinkedHashMap<>();
    for (DataTable.Row row : DataTable.read(OtherRomanisations.class, "other-romanisations.tsv", 3)) {
      if (row.cell(0).length() != 1 || row.cell(0).charAt(0) >= 128 || row.cell(1).isEmpty()) {
        throw new IllegalStateException("other-romanisations.tsv:" + row.line() + ": one ASCII letter and its reading");
      }
      m.put(row.cell(0).charAt(0), row.cell(1));
    }
    return java.util.Collections.unmodifiableMap(m);
  }

  /**
   * The readings of {@code query}, in the table's order, each differing from it; none for a query with a letter outside
   * ASCII. A word that {@code known} knows, key-folded, stays as written.
   */
  static List<String> of(String query, Predicate<String> known) {
    for (int i = 0; i < query.length(); i++) {
      if (query.charAt(i) >= 128) {
        return List.of();
      }
    }
    String[] words = query.split(" ", -1);
    boolean[] asWritten = new boolean[words.length];
    for (int w = 0; w < words.length; w++) {
      asWritten[w] = known.test(KEY.fold(words[w]).text());
    }
    List<String> readings = new ArrayList<>(READINGS.size());
    READINGS.forEach((letter, reading) -> {
      String read = read(words, asWritten, letter, reading);
      if (read != null) {
        readings.add(read);
      }
    });
    return readings;
  }

  private static String read(String[] words, boolean[] asWritten, char letter, String reading) {
    StringBuilder out = new StringBuilder();
    boolean changed = false;
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        out.append(' ');
      }
      String word = words[w];
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        char lower = Character.toLowerCase(c);
        char before = i > 0 ? Character.toLowerCase(word.charAt(i - 1)) : ' ';
        char after = i + 1 < word.length() ? Character.toLowerCase(word.charAt(i + 1)) : ' ';
        if (asWritten[w] || lower != letter || NameSimilarity.isDigraph(lower, after)
            || NameSimilarity.isDigraph(before, lower)) {
          out.append(c);
        } else {
          out.append(Character.isUpperCase(c) ? Character.toUpperCase(reading.charAt(0)) + reading.substring(1) : reading);
          changed = true;
        }
      }
    }
    return changed ? out.toString() : null;
  }
}
