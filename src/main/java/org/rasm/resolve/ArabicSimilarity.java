package org.rasm.resolve;

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
  /**
   * The least score of two spellings of one name: spellings differ little once folded (hamza, ة, ى are folded
   * away), so two Arabic names a letter apart are more often two names: البصرة is not البصيرة.
   */
  static final double THRESHOLD = 0.9;
  private static final char FINAL = 'ة';
  /** The costs are kept for the Arabic block, U+0600 to U+06FF; other letters cost 1. */
  private static final int BASE = 0x0600;
  private static final int SIZE = 0x100;
  /** The rows the tables share until a letter has costs of its own: 1 for any other letter, -1 for none given. */
  private static final double[] ANY_OTHER = filled(1);
  private static final double[] NONE = filled(-1);
  private static final double[][] SWAP = table(ANY_OTHER);
  private static final double[][] SWAP_FINAL = table(NONE);
  /** The {@code query-final} rows, by the query's letter, then the name's: one way only. */
  private static final double[][] QUERY_FINAL = table(NONE);
  private static final double[] EDGE = filled(-1);
  private static final double[] BESIDE = filled(-1);
  private static final double[] MEDIAL = filled(-1);
  /** The cost of a letter at a word's end after another ({@code insert-final-after} rows), by the two letters. */
  private static final double[][] FINAL_AFTER = table(NONE);
  /** The letters left out at the end of a word (the table's {@code drop-final} rows). */
  private static final String DROP_FINAL;
  private static final double TRANSPOSE;
  /** The letters of long vowels, which a writer may add between two consonants (the {@code insert-medial} rows). */
  private static final String LONG_VOWELS;
  /** The cost of a word's first letter for one of another shape no {@code swap} row pairs it with ({@code initial-other}). */
  private static final double SWAP_INITIAL_OTHER;

  static {
    double transpose = 1;
    double swapInitialOther = 1;
    StringBuilder dropFinal = new StringBuilder();
    StringBuilder longVowels = new StringBuilder();
    for (DataTable.Row row : DataTable.read(ArabicSimilarity.class, "arabic-similarity.tsv", 5)) {
      double cost = Double.parseDouble(row.cell(3));
      String a = row.cell(1);
      switch (row.cell(0)) {
        case "swap" -> pairs(SWAP, a, row.cell(2), cost);
        case "swap-final" -> pairs(SWAP_FINAL, a, row.cell(2), cost);
        case "query-final" ->
            a.chars().forEach(c -> row.cell(2).chars().forEach(p -> set(QUERY_FINAL, c, p, cost)));
        case "drop-final" -> dropFinal.append(a);
        case "insert-edge" -> a.chars().forEach(c -> EDGE[index(c)] = cost);
        case "insert-beside" -> a.chars().forEach(c -> BESIDE[index(c)] = cost);
        case "insert-medial" -> {
          a.chars().forEach(c -> MEDIAL[index(c)] = cost);
          longVowels.append(a);
        }
        case "insert-final-after" ->
            a.chars().forEach(c -> row.cell(2).chars().forEach(p -> set(FINAL_AFTER, c, p, cost)));
        case "transpose" -> transpose = cost;
        case "initial-other" -> swapInitialOther = cost;
        default -> throw new IllegalStateException("arabic-similarity.tsv:" + row.line() + ": unknown op " + row.cell(0));
      }
    }
    TRANSPOSE = transpose;
    SWAP_INITIAL_OTHER = swapInitialOther;
    DROP_FINAL = dropFinal.toString();
    LONG_VOWELS = longVowels.toString();
  }

  private ArabicSimilarity() {}

  /**
   * A table whose rows are all {@code shared} until a letter has costs of its own: few letters have, and the tables
   * stay small (a tagger or resolver may run in a small heap).
   */
  private static double[][] table(double[] shared) {
    double[][] t = new double[SIZE][];
    java.util.Arrays.fill(t, shared);
    return t;
  }

  private static double[] filled(double fill) {
    double[] r = new double[SIZE];
    java.util.Arrays.fill(r, fill);
    return r;
  }

  /** Sets the cost of {@code x} then {@code y}, giving {@code x} a row of its own first. */
  private static void set(double[][] t, int x, int y, double cost) {
    int i = index(x);
    if (t[i] == ANY_OTHER || t[i] == NONE) {
      t[i] = t[i].clone();
    }
    t[i][index(y)] = cost;
  }

  private static void pairs(double[][] t, String a, String b, double cost) {
    for (char x : a.toCharArray()) {
      for (char y : b.toCharArray()) {
        set(t, x, y, cost);
        set(t, y, x, cost);
      }
    }
  }

  /** The letter's place in the tables; the table rows are for Arabic letters only. */
  private static int index(int c) {
    if (c < BASE || c >= BASE + SIZE) {
      throw new IllegalStateException("arabic-similarity.tsv: not an Arabic letter: " + (char) c);
    }
    return c - BASE;
  }

  private static boolean arabic(char c) {
    return c >= BASE && c < BASE + SIZE;
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
      if (last && !first && DROP_FINAL.indexOf(c) >= 0) {
        continue;
      }
      sb.append(c == 'ه' && last && !first ? FINAL : c);
    }
    return sb.toString();
  }

  /**
   * A query's {@link #form}, its final ي written ى again when {@code finalA}, the query being written so: the table may
   * then read it as the final a it is (الحولى, الحولة), not as the yeh of a nisba.
   */
  static String queryForm(String keyFolded, boolean finalA) {
    String form = form(keyFolded);
    return finalA && form.endsWith("ي") ? form.substring(0, form.length() - 1) + 'ى' : form;
  }

  /**
   * True when {@code query} is {@code name} with letters of long vowels (ا, و, ي) added and nothing else changed, both
   * in {@link #form}: ادليب for ادلب, تدمور for تدمر.
   */
  static boolean withLongVowelsAdded(String query, String name) {
    if (query.length() <= name.length()) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < query.length(); i++) {
      char c = query.charAt(i);
      if (j < name.length() && name.charAt(j) == c) {
        j++;
      } else if (LONG_VOWELS.indexOf(c) < 0) {
        return false;
      }
    }
    return j == name.length();
  }

  /** How alike the query {@code a} and the name {@code b} are, both in {@link #form}; 1 when they are equal. */
  static double score(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int n = a.length();
    int m = b.length();
    double[] insertB = new double[m];
    for (int j = 0; j < m; j++) {
      insertB[j] = insert(b, j);
    }
    // three rows of the table: two back for a transposition
    double[] before = new double[m + 1];
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + insertB[j - 1];
    }
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      double insertX = insert(a, i - 1);
      boolean xFinal = isFinal(a, i - 1);
      cur[0] = prev[0] + insertX;
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(j - 1);
        double swapped = swap(x, y, xFinal && isFinal(b, j - 1));
        if (swapped >= 1 && isInitial(a, i - 1) && isInitial(b, j - 1)
            && ArabicDots.shape(x) != ArabicDots.shape(y)) {
          swapped = SWAP_INITIAL_OTHER;
        }
        double best = prev[j - 1] + swapped;
        best = Math.min(best, prev[j] + insertX);
        best = Math.min(best, cur[j - 1] + insertB[j - 1]);
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
          best = Math.min(best, before[j - 2] + TRANSPOSE);
        }
        cur[j] = best;
      }
      double[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    double norm = Math.max(letters(a), letters(b));
    return norm == 0 ? 0 : Math.max(0, 1 - prev[m] / norm);
  }

  private static boolean isInitial(String s, int i) {
    return i == 0 || s.charAt(i - 1) == ' ';
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

  private static double swap(char x, char y, boolean bothFinal) {
    if (x == y) {
      return 0;
    }
    if (!arabic(x) || !arabic(y)) {
      return 1;
    }
    if (bothFinal) {
      double f = SWAP_FINAL[x - BASE][y - BASE];
      f = f >= 0 ? f : QUERY_FINAL[x - BASE][y - BASE];
      if (f >= 0) {
        return f;
      }
    }
    return SWAP[x - BASE][y - BASE];
  }

  private static double cost(double[] t, char c) {
    return arabic(c) ? t[c - BASE] : -1;
  }

  /** The cost of inserting or deleting the letter at {@code i} of {@code s}, by where it stands in its word. */
  private static double insert(String s, int i) {
    char c = s.charAt(i);
    if (c == ' ') {
      return 0;
    }
    double afterPrevious = i > 0 && isFinal(s, i) && arabic(c) && arabic(s.charAt(i - 1))
        ? FINAL_AFTER[c - BASE][s.charAt(i - 1) - BASE] : -1;
    if (afterPrevious >= 0) {
      return afterPrevious;
    }
    boolean edge = i == 0 || i + 1 == s.length() || s.charAt(i - 1) == ' ' || s.charAt(i + 1) == ' ';
    if (edge && cost(EDGE, c) >= 0) {
      return cost(EDGE, c);
    }
    boolean beside = i > 0 && cost(BESIDE, s.charAt(i - 1)) >= 0 || i + 1 < s.length() && cost(BESIDE, s.charAt(i + 1)) >= 0;
    if (beside && cost(BESIDE, c) >= 0) {
      return cost(BESIDE, c);
    }
    double medial = cost(MEDIAL, c);
    return medial >= 0 ? medial : 1;
  }
}
