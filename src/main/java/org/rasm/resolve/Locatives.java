package org.rasm.resolve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * The ways a query can be read as a name followed by the place it lies in, by the words of {@code locatives.tsv}:
 * "Jazal oilfield in Homs" is Jazal oilfield in Homs, "ناحية التمانعة بريف إدلب الجنوبي" is ناحية التمانعة in إدلب, and
 * "Masrab Deir ez-Zor" is Masrab in Deir ez-Zor.
 */
final class Locatives {
  /** A name and the place the query says it is in. */
  record Split(String name, String place) {}

  /** Places of more words than this are not tried. */
  private static final int MAX_PLACE_WORDS = 4;
  private static final int MAX_WORDS = 10;
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final Set<String> BEFORE;
  private static final Set<String> AFTER;
  private static final Set<String> JOINED;

  static {
    Set<String> before = new HashSet<>();
    Set<String> after = new HashSet<>();
    Set<String> joined = new HashSet<>();
    for (DataTable.Row row : DataTable.read(Locatives.class, "locatives.tsv", 3)) {
      String word = KEY.fold(row.cell(0)).text();
      switch (row.cell(1)) {
        case "before" -> before.add(word);
        case "after" -> after.add(word);
        case "joined" -> joined.add(row.cell(0));
        default -> throw new IllegalStateException("locatives.tsv:" + row.line() + ": unknown position " + row.cell(1));
      }
    }
    BEFORE = Set.copyOf(before);
    AFTER = Set.copyOf(after);
    JOINED = Set.copyOf(joined);
  }

  private Locatives() {}

  /** The splits of {@code query}, the shortest place first; none for a query of one word or of many. */
  static List<Split> splits(String query) {
    String[] words = query.strip().split("[\\s,]+");
    Set<Split> out = new LinkedHashSet<>();
    if (words.length < 2 || words.length > MAX_WORDS) {
      return List.of();
    }
    for (int k = 1; k <= Math.min(MAX_PLACE_WORDS, words.length - 1); k++) {
      List<String> name = new ArrayList<>(Arrays.asList(words).subList(0, words.length - k));
      List<String> place = new ArrayList<>(Arrays.asList(words).subList(words.length - k, words.length));
      while (!name.isEmpty() && isBefore(name.get(name.size() - 1))) {
        name.remove(name.size() - 1);
      }
      while (!place.isEmpty() && isBefore(place.get(0))) {
        place.remove(0);
      }
      while (!place.isEmpty() && AFTER.contains(KEY.fold(place.get(place.size() - 1)).text())) {
        place.remove(place.size() - 1);
      }
      if (name.isEmpty() || place.isEmpty()) {
        continue;
      }
      out.add(new Split(String.join(" ", name), String.join(" ", place)));
      String unjoined = withoutJoined(place.get(0));
      if (unjoined != null) {
        place.set(0, unjoined);
        out.add(new Split(String.join(" ", name), String.join(" ", place)));
      }
    }
    return List.copyOf(out);
  }

  /** A word that ties a name to its place, alone or with a one-letter word joined to it (بريف). */
  private static boolean isBefore(String word) {
    if (BEFORE.contains(KEY.fold(word).text())) {
      return true;
    }
    String rest = withoutJoined(word);
    return rest != null && BEFORE.contains(KEY.fold(rest).text());
  }

  /** The word without the one-letter word joined to its start, or null when it has none or too little is left. */
  private static String withoutJoined(String word) {
    for (String j : JOINED) {
      if (word.startsWith(j) && word.length() - j.length() >= 3) {
        return word.substring(j.length());
      }
    }
    return null;
  }
}
