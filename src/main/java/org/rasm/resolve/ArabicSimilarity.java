package org.rasm.resolve;

import java.util.HashMap;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.romanize.InvariantKey;

/**
 * How alike two names written in Arabic script are, from 0 to 1, compared letter by letter rather than through a
 * transliteration: a weighted edit distance with adjacent transpositions whose costs are the table
 * {@code arabic-similarity.tsv} beside this class, divided by the number of letters of the longer name.
 * Transliterating first loses what Arabic script keeps: a long vowel written between two consonants (البصيرة)
 * becomes a vowel that any Latin spelling may add, so البصرة and البصيرة looked like one name.
 *
 * <pre>{@code
 * ArabicSimilarity.score(ArabicSimilarity.form("لادقيه"), ArabicSimilarity.form("لاذقيه"));   // 0.95
 * ArabicSimilarity.score(ArabicSimilarity.form("بصره"), ArabicSimilarity.form("بصيره"));     // 0.88
 * }</pre>
 */
final class ArabicSimilarity {
  private static final char FINAL = 'ة';
  private static final Map<Long, Double> SWAP = new HashMap<>();
  private static final Map<Long, Double> SWAP_FINAL = new HashMap<>();
  private static final StringBuilder DROP_FINAL = new StringBuilder();
  private static final Map<Character, Double> EDGE = new HashMap<>();
  private static final Map<Character, Double> BESIDE = new HashMap<>();
  private static final Map<Character, Double> MEDIAL = new HashMap<>();
  private static final double TRANSPOSE;

  static {
    double transpose = 1;
    for (DataTable.Row row : DataTable.read(ArabicSimilarity.class, "arabic-similarity.tsv", 5)) {
      double cost = Double.parseDouble(row.cell(3));
      String a = row.cell(1);
      switch (row.cell(0)) {
        case "swap" -> {
          for (char x : a.toCharArray()) {
            for (char y : row.cell(2).toCharArray()) {
              SWAP.put(pair(x, y), cost);
              SWAP.put(pair(y, x), cost);
            }
          }
        }
        case "swap-final" -> {
          for (char x : a.toCharArray()) {
            for (char y : row.cell(2).toCharArray()) {
              SWAP_FINAL.put(pair(x, y), cost);
              SWAP_FINAL.put(pair(y, x), cost);
            }
          }
        }
        case "drop-final" -> DROP_FINAL.append(a);
        case "insert-edge" -> a.chars().forEach(c -> EDGE.put((char) c, cost));
        case "insert-beside" -> a.chars().forEach(c -> BESIDE.put((char) c, cost));
        case "insert-medial" -> a.chars().forEach(c -> MEDIAL.put((char) c, cost));
        case "transpose" -> transpose = cost;
        default -> throw new IllegalStateException("arabic-similarity.tsv:" + row.line() + ": unknown op " + row.cell(0));
      }
    }
    TRANSPOSE = transpose;
  }

  private ArabicSimilarity() {}

  private static long pair(char x, char y) {
    return ((long) x << 16) | y;
  }

  /**
   * A key-folded Arabic name in the form the distance works on: articles glued inside words cut off (ديرالزور), a
   * word-final ه written ة, the table's {@code drop-final} letters at the end of a word left out, words kept apart
   * by single spaces.
   */
  static String form(String keyFolded) {
    String s = InvariantKey.withoutGluedArticles(keyFolded).strip();
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean last = i + 1 == s.length() || s.charAt(i + 1) == ' ';
      boolean first = i == 0 || s.charAt(i - 1) == ' ';
      if (last && !first && DROP_FINAL.indexOf(String.valueOf(c)) >= 0) {
        continue;
      }
      sb.append(c == 'ه' && last && !first ? FINAL : c);
    }
    return sb.toString();
  }

  static double score(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int n = a.length();
    int m = b.length();
    double[][] d = new double[n + 1][m + 1];
    for (int i = 1; i <= n; i++) {
      d[i][0] = d[i - 1][0] + insert(a, i - 1);
    }
    for (int j = 1; j <= m; j++) {
      d[0][j] = d[0][j - 1] + insert(b, j - 1);
    }
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(j - 1);
        boolean bothFinal = isFinal(a, i - 1) && isFinal(b, j - 1);
        double best = d[i - 1][j - 1] + (bothFinal ? SWAP_FINAL.getOrDefault(pair(x, y), swap(x, y)) : swap(x, y));
        best = Math.min(best, d[i - 1][j] + insert(a, i - 1));
        best = Math.min(best, d[i][j - 1] + insert(b, j - 1));
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
          best = Math.min(best, d[i - 2][j - 2] + TRANSPOSE);
        }
        d[i][j] = best;
      }
    }
    double norm = Math.max(letters(a), letters(b));
    return norm == 0 ? 0 : Math.max(0, 1 - d[n][m] / norm);
  }

  private static boolean isFinal(String s, int i) {
    return i + 1 == s.length() || s.charAt(i + 1) == ' ';
  }

  private static int letters(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) != ' ') {
        n++;
      }
    }
    return n;
  }

  private static double swap(char x, char y) {
    return x == y ? 0 : x == ' ' || y == ' ' ? 1 : SWAP.getOrDefault(pair(x, y), 1.0);
  }

  /** The cost of inserting or deleting the letter at {@code i} of {@code s}, by where it stands in its word. */
  private static double insert(String s, int i) {
    char c = s.charAt(i);
    if (c == ' ') {
      return 0;
    }
    boolean edge = i == 0 || i + 1 == s.length() || s.charAt(i - 1) == ' ' || s.charAt(i + 1) == ' ';
    if (edge && EDGE.containsKey(c)) {
      return EDGE.get(c);
    }
    boolean beside = i > 0 && BESIDE.containsKey(s.charAt(i - 1)) || i + 1 < s.length() && BESIDE.containsKey(s.charAt(i + 1));
    if (beside && BESIDE.containsKey(c)) {
      return BESIDE.get(c);
    }
    return MEDIAL.getOrDefault(c, 1.0);
  }
}
