package org.rasm.resolve;

import java.util.HashMap;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * How alike two romanised names are, from 0 to 1: a weighted edit distance whose costs are the table
 * {@code similarity.tsv} beside this class (vowels, and the letters transliterations of one Arabic letter alternate
 * between, cost little; other consonants cost one), divided by the weight of the longer name (vowels weigh half).
 *
 * <pre>{@code
 * NameSimilarity.score(NameSimilarity.phonetic("deirezor"), NameSimilarity.phonetic("dayrzawr"));   // about 0.83
 * }</pre>
 */
public final class NameSimilarity {
  private static final double[][] SWAP = new double[128][128];
  private static final double[] INSERT = new double[128];
  private static final double[] WEIGHT = new double[128];
  private static final double[] INSERT_BESIDE_VOWEL = new double[128];
  /** The cost of inserting or deleting a letter that begins a name; -1 for the usual cost. */
  private static final double[] INSERT_INITIAL = new double[128];
  /** The cost of a letter of a romanised name missing from the transliteration of unvocalised Arabic; -1 for none. */
  private static final double[] UNWRITTEN = new double[128];
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  /** Each digraph as three chars, its two letters and the symbol they stand for: scanned, for the table is short. */
  private static final String DIGRAPHS;
  private static final Map<Character, String> ARABIZI;
  private static final double TRANSPOSE;
  /** The cost of swapping the first two letters of a name, which slips of typing spare more than the others. */
  private static final double TRANSPOSE_INITIAL;
  /** The t ending a word in "-at" before another; {@code similarity.tsv} prices it. */
  private static final char CONSTRUCT_T = '+';

  static {
    Map<String, String> digraphs = new HashMap<>();
    Map<Character, String> arabizi = new HashMap<>();
    double transpose = 2;
    double transposeInitial = -1;
    for (int a = 0; a < 128; a++) {
      INSERT[a] = 1;
      INSERT_BESIDE_VOWEL[a] = -1;
      INSERT_INITIAL[a] = -1;
      UNWRITTEN[a] = -1;
      WEIGHT[a] = 1;
      for (int b = 0; b < 128; b++) {
        SWAP[a][b] = a == b ? 0 : 1;
      }
    }
    for (DataTable.Row row : DataTable.read(NameSimilarity.class, "similarity.tsv", 5)) {
      double cost = Double.parseDouble(row.cell(3));
      String a = row.cell(1);
      String b = row.cell(2);
      switch (row.cell(0)) {
        case "weight" -> a.chars().forEach(c -> WEIGHT[c] = cost);
        case "insert" -> a.chars().forEach(c -> INSERT[c] = cost);
        case "insert-beside-vowel" -> a.chars().forEach(c -> INSERT_BESIDE_VOWEL[c] = cost);
        case "insert-initial" -> a.chars().forEach(c -> INSERT_INITIAL[c] = cost);
        case "unwritten-vowel" -> a.chars().forEach(c -> UNWRITTEN[c] = cost);
        case "digraph" -> digraphs.put(a, b);
        case "arabizi" -> arabizi.put(a.charAt(0), b);
        case "transpose" -> transpose = cost;
        case "transpose-initial" -> transposeInitial = cost;
        case "swap" -> {
          for (char x : a.toCharArray()) {
            for (char y : b.toCharArray()) {
              if (x != y) {
                SWAP[x][y] = cost;
                SWAP[y][x] = cost;
              }
            }
          }
        }
        default -> throw new IllegalStateException("similarity.tsv:" + row.line() + ": unknown op " + row.cell(0));
      }
    }
    TRANSPOSE = transpose;
    TRANSPOSE_INITIAL = transposeInitial >= 0 ? transposeInitial : transpose;
    StringBuilder triples = new StringBuilder();
    for (Map.Entry<String, String> e : digraphs.entrySet()) {
      if (e.getKey().length() != 2 || e.getValue().length() != 1) {
        throw new IllegalStateException("similarity.tsv: a digraph is two letters for one symbol: " + e.getKey());
      }
      triples.append(e.getKey()).append(e.getValue());
    }
    DIGRAPHS = triples.toString();
    ARABIZI = Map.copyOf(arabizi);
  }

  private NameSimilarity() {}

  /**
   * A name in the form the distance works on: lower-case ASCII letters and digits, spaces and hyphens out, the
   * table's digraphs as one symbol (sh as C, kh as X…) and a doubled one once (Khashsham), a final h after a vowel
   * dropped, the t of an "-at" before another word as {@code +}, and Arabizi digits inside words read as the letters
   * they stand for.
   */
  public static String phonetic(String latin) {
    String s = SEARCH.foldToString(latin);
    StringBuilder sb = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char n = i + 1 < s.length() ? s.charAt(i + 1) : ' ';
      char single = digraph(c, n);
      if (single != 0) {
        // a doubled digraph is a doubled letter, which key folding keeps once: Khashsham, Khasham
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) != single) {
          sb.append(single);
        }
        i++;
      } else if (c == 'h' && !Character.isLetter(n) && i > 0 && "aeiouy".indexOf(s.charAt(i - 1)) >= 0) {
        // a final h after a vowel is teh marbuta or a spelling habit: Raqqah, Raqqa
      } else if (c == 't' && n == ' ' && i + 2 < s.length() && endsConstruct(s, i)) {
        // the t of a noun in construct is written or not (Hawijat Kati, Hawija Kati), and Latin spelling cannot tell
        // it from a feminine plural's, always written (Quwwat, قوات): a symbol that is free beside a t or none
        sb.append(CONSTRUCT_T);
      } else if (c >= 'a' && c <= 'z') {
        sb.append(c);
      } else if (c >= '0' && c <= '9') {
        boolean inWord = i > 0 && Character.isLetter(s.charAt(i - 1)) || Character.isLetter(n);
        String letter = inWord ? ARABIZI.get(c) : null;
        if (letter != null) {
          sb.append(letter);
        } else {
          sb.append(c);
        }
      }
    }
    return sb.toString();
  }

  /** True when the two letters are written as one ({@code similarity.tsv}'s digraphs: sh, kh, th…). */
  static boolean isDigraph(char first, char second) {
    return digraph(first, second) != 0;
  }

  /** The symbol the two letters stand for as a digraph, or 0 when they are not one. */
  private static char digraph(char first, char second) {
    for (int d = 0; d < DIGRAPHS.length(); d += 3) {
      if (DIGRAPHS.charAt(d) == first && DIGRAPHS.charAt(d + 1) == second) {
        return DIGRAPHS.charAt(d + 2);
      }
    }
    return 0;
  }

  /** True when the t at {@code t} ends a word of three letters or more and an "at": Hawijat, not Shat. */
  private static boolean endsConstruct(String s, int t) {
    if (t < 4 || s.charAt(t - 1) != 'a') {
      return false;
    }
    for (int i = t - 4; i < t - 1; i++) {
      if (!Character.isLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  public static double score(String a, String b) {
    return score(a, b, false);
  }

  /**
   * How alike a romanised name and the transliteration of an Arabic one are. Arabic is written without its short
   * vowels, so a vowel the romanised name has and the transliteration lacks costs only {@code unwritten-vowel}.
   */
  public static double scoreAgainstUnvocalised(String romanised, String transliterated) {
    return score(romanised, transliterated, true);
  }

  private static double score(String a, String b, boolean bUnvocalised) {
    if (a.equals(b)) {
      return 1;
    }
    int n = a.length();
    int m = b.length();
    // three rows of the table: two back for a transposition
    double[] before = new double[m + 1];
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    // b's letters cost the same to insert in every row
    double[] insertY = new double[m];
    for (int j = 1; j <= m; j++) {
      insertY[j - 1] = insert(b, j - 1);
      prev[j] = prev[j - 1] + insertY[j - 1];
    }
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      double insertX = bUnvocalised && x < 128 && UNWRITTEN[x] >= 0 ? Math.min(UNWRITTEN[x], insert(a, i - 1)) : insert(a, i - 1);
      cur[0] = prev[0] + insertX;
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(j - 1);
        double best = prev[j - 1] + swap(x, y);
        best = Math.min(best, prev[j] + insertX);
        best = Math.min(best, cur[j - 1] + insertY[j - 1]);
        if (i > 1 && j > 1 && x == b.charAt(j - 2) && a.charAt(i - 2) == y && x != y) {
          best = Math.min(best, before[j - 2] + (i == 2 || j == 2 ? TRANSPOSE_INITIAL : TRANSPOSE));
        }
        cur[j] = best;
      }
      double[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    double norm = Math.max(weight(a), weight(b));
    return norm == 0 ? 0 : Math.max(0, 1 - prev[m] / norm);
  }

  private static double weight(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      w += c < 128 ? WEIGHT[c] : 1;
    }
    return w;
  }

  /**
   * The cost of inserting or deleting the letter at {@code i} of {@code s}: less for a vowel beside a vowel, unless
   * it begins the name.
   */
  private static double insert(String s, int i) {
    char c = s.charAt(i);
    if (c >= 128) {
      return 1;
    }
    if (i == 0 && INSERT_INITIAL[c] >= 0) {
      return INSERT_INITIAL[c];
    }
    double beside = INSERT_BESIDE_VOWEL[c];
    if (beside >= 0 && (i > 0 && isVowelish(s.charAt(i - 1)) || i + 1 < s.length() && isVowelish(s.charAt(i + 1)))) {
      return beside;
    }
    return INSERT[c];
  }

  private static boolean isVowelish(char c) {
    return c < 128 && INSERT_BESIDE_VOWEL[c] >= 0;
  }

  private static double swap(char x, char y) {
    return x < 128 && y < 128 ? SWAP[x][y] : x == y ? 0 : 1;
  }
}
