package org.rasm.resolve;

/**
 * How alike two romanised names are, from 0 to 1: a weighted edit distance in which vowels, and letters that
 * transliterations confuse (q/k/g, s/t/th, z/d/dh), cost little, and other consonants cost one. The inputs are
 * lower-case Latin as {@link #phonetic} makes them.
 *
 * <pre>{@code
 * NameSimilarity.score(NameSimilarity.phonetic("deir ezor"), NameSimilarity.phonetic("dayr zawr"));   // about 0.8
 * }</pre>
 */
public final class NameSimilarity {
  private static final double VOWEL_EDIT = 0.3;
  private static final double VOWEL_SWAP = 0.2;
  private static final double CLASS_SWAP = 0.35;
  private static final double H_EDIT = 0.5;

  private NameSimilarity() {}

  /**
   * A name in the form the distance works on: spaces and hyphens out, digraphs as one letter (sh, ch as {@code C};
   * kh as {@code X}; gh as {@code G}; th as {@code T}; dh as {@code D}; ou, oo as u; ee as i).
   */
  public static String phonetic(String latin) {
    StringBuilder sb = new StringBuilder(latin.length());
    String s = latin.toLowerCase(java.util.Locale.ROOT);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      char n = i + 1 < s.length() ? s.charAt(i + 1) : 0;
      String pair = n == 0 ? "" : "" + c + n;
      String single = switch (pair) {
        case "sh", "ch" -> "C";
        case "kh" -> "X";
        case "gh" -> "G";
        case "th" -> "T";
        case "dh" -> "D";
        case "ou", "oo" -> "u";
        case "ee" -> "i";
        default -> null;
      };
      if (single != null) {
        sb.append(single);
        i++;
      } else if (Character.isLetterOrDigit(c)) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  public static double score(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    int n = a.length();
    int m = b.length();
    double[] prev = new double[m + 1];
    double[] cur = new double[m + 1];
    for (int j = 1; j <= m; j++) {
      prev[j] = prev[j - 1] + edit(b.charAt(j - 1));
    }
    for (int i = 1; i <= n; i++) {
      char x = a.charAt(i - 1);
      cur[0] = prev[0] + edit(x);
      for (int j = 1; j <= m; j++) {
        char y = b.charAt(j - 1);
        double best = prev[j - 1] + swap(x, y);
        best = Math.min(best, prev[j] + edit(x));
        best = Math.min(best, cur[j - 1] + edit(y));
        cur[j] = best;
      }
      double[] t = prev;
      prev = cur;
      cur = t;
    }
    double norm = Math.max(weight(a), weight(b));
    return norm == 0 ? 0 : Math.max(0, 1 - prev[m] / norm);
  }

  private static double weight(String s) {
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      w += isVowel(s.charAt(i)) ? 0.5 : 1;
    }
    return w;
  }

  private static boolean isVowel(char c) {
    return "aeiouyw".indexOf(c) >= 0;
  }

  private static double edit(char c) {
    return isVowel(c) ? VOWEL_EDIT : c == 'h' ? H_EDIT : 1;
  }

  private static double swap(char x, char y) {
    if (x == y) {
      return 0;
    }
    if (isVowel(x) && isVowel(y)) {
      return VOWEL_SWAP;
    }
    return consonantClass(x) == consonantClass(y) && consonantClass(x) != 0 ? CLASS_SWAP : 1;
  }

  /** The consonants transliterations confuse, as in the invariant key's classes. */
  private static char consonantClass(char c) {
    return switch (c) {
      case 'q', 'k', 'g', 'c', 'G' -> 'k';
      case 't', 's', 'T' -> 't';
      case 'd', 'z', 'D' -> 'd';
      case 'C' -> 'c';
      case 'X', 'x', 'h' -> 'x';
      case 'b', 'p' -> 'b';
      case 'f', 'v' -> 'f';
      default -> 0;
    };
  }
}
