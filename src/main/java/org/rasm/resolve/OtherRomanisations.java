package org.rasm.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * A query read with the letters writers put for the sound a name's own spelling writes otherwise, one row of
 * {@code other-romanisations.tsv} at a time: c and g as j (Ceyrud, Hagin), a final t as d (Salkhat), th as dh
 * (Lathiqiyah), an initial j as y (Jabroud). Each reading changes every such letter or digraph, or every such final one, of the words that are no
 * known word, a letter only outside digraphs (gh, ch); whether a reading is met is the resolver's to judge.
 */
final class OtherRomanisations {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final List<Reading> READINGS = readings();

  /** A letter or a digraph (lower case), what it is read as, and where in a word: anywhere, initial, final or inside. */
  private record Reading(String letters, String as, String where) {}

  private OtherRomanisations() {}

  private static List<Reading> readings() {
    List<Reading> list = new ArrayList<>();
    for (DataTable.Row row : DataTable.read(OtherRomanisations.class, "other-romanisations.tsv", 4)) {
      String letters = row.cell(0);
      if (letters.isEmpty() || letters.length() > 2 || letters.length() == 2 && !NameSimilarity.isDigraph(letters.charAt(0),
          letters.charAt(1)) || row.cell(1).isEmpty() || !row.cell(2).matches("anywhere|initial|final|inside")) {
        throw new IllegalStateException("other-romanisations.tsv:" + row.line()
            + ": one letter or a digraph, its reading, anywhere, initial, final or inside");
      }
      list.add(new Reading(letters, row.cell(1), row.cell(2)));
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
      asWritten[w] = known.test(KEY.foldToString(words[w]));
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
    int n = reading.letters().length();
    for (int w = 0; w < words.length; w++) {
      if (w > 0) {
        out.append(' ');
      }
      String word = words[w];
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (asWritten[w] || !matches(word, i, reading)) {
          out.append(c);
        } else {
          String as = reading.as();
          out.append(Character.isUpperCase(c) ? Character.toUpperCase(as.charAt(0)) + as.substring(1) : as);
          changed = true;
          i += n - 1;
        }
      }
    }
    return changed ? out.toString() : null;
  }

  /** True when the reading's letters stand at {@code i} of {@code word}, where the reading reads them. */
  private static boolean matches(String word, int i, Reading reading) {
    String letters = reading.letters();
    int n = letters.length();
    char lower = Character.toLowerCase(word.charAt(i));
    if (lower != letters.charAt(0) || !word.regionMatches(true, i, letters, 0, n)) {
      return false;
    }
    boolean last = i + n >= word.length() || !Character.isLetter(word.charAt(i + n));
    boolean placed = switch (reading.where()) {
      case "initial" -> i == 0;
      case "final" -> last;
      case "inside" -> i > 0;
      default -> true;
    };
    char before = i > 0 ? Character.toLowerCase(word.charAt(i - 1)) : ' ';
    char after = i + n < word.length() ? Character.toLowerCase(word.charAt(i + n)) : ' ';
    // a letter of a digraph is not the letter alone (the t of th); a digraph row is one already
    return placed && !(n == 1 && NameSimilarity.isDigraph(lower, after)) && !NameSimilarity.isDigraph(before, lower);
  }
}
