package org.rasm.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * A query read with the letters writers put for the sound a name's own spelling writes otherwise, one row of
 * {@code other-romanisations.tsv} at a time: c and g as j (Ceyrud, Hagin), a final t as d (Salkhat). Each
 * reading changes every such letter, or every such final letter, of the words that are no known word, outside digraphs
 * (gh, ch); whether a reading is met is the resolver's to judge.
 */
final class OtherRomanisations {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final List<Reading> READINGS = readings();

  /** A letter, what it is read as, and whether only at the end of a word. */
  private record Reading(char letter, String as, boolean finalOnly) {}

  private OtherRomanisations() {}

  private static List<Reading> readings() {
    List<Reading> list = new ArrayList<>();
    for (DataTable.Row row : DataTable.read(OtherRomanisations.class, "other-romanisations.tsv", 4)) {
      if (row.cell(0).length() != 1 || row.cell(1).isEmpty() || !row.cell(2).matches("anywhere|final")) {
        throw new IllegalStateException("other-romanisations.tsv:" + row.line() + ": one letter, its reading, anywhere or final");
      }
      list.add(new Reading(row.cell(0).charAt(0), row.cell(1), row.cell(2).equals("final")));
    }
    return List.copyOf(list);
  }

  /**
   * The readings of {@code query}, in the table's order, each differing from it. A word that {@code known} knows,
   * key-folded, stays as written.
   */
  static List<String> of(String query, Predicate<String> known) {
    String[] words = query.split(" ", -1);
    boolean[] asWritten = new boolean[words.length];
    for (int w = 0; w < words.length; w++) {
      asWritten[w] = known.test(KEY.fold(words[w]).text());
    }
    List<String> readings = new ArrayList<>(READINGS.size());
    for (Reading reading : READINGS) {
      String read = read(words, asWritten, reading);
      if (read != null) {
        readings.add(read);
      }
    }
    return readings;
  }

  private static String read(String[] words, boolean[] asWritten, Reading reading) {
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
        boolean last = i + 1 == word.length() || !Character.isLetter(word.charAt(i + 1));
        if (asWritten[w] || lower != reading.letter() || reading.finalOnly() && !last
            || NameSimilarity.isDigraph(lower, after) || NameSimilarity.isDigraph(before, lower)) {
          out.append(c);
        } else {
          String as = reading.as();
          out.append(Character.isUpperCase(c) ? Character.toUpperCase(as.charAt(0)) + as.substring(1) : as);
          changed = true;
        }
      }
    }
    return changed ? out.toString() : null;
  }
}
