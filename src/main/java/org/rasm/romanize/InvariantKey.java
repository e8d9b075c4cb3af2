package org.rasm.romanize;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * The romanisation-invariant key of a name: both scripts mapped into one consonant alphabet, vowels and glides
 * dropped, so that spellings of one name in either script meet. The rules are the table {@code invariant-key.tsv}
 * beside this class; each row has an example that a test checks.
 *
 * <pre>{@code
 * InvariantKey.of("al-Bokamal");   // "bkml"
 * InvariantKey.of("أبو كمال");      // "bkml"
 * InvariantKey.of("Deir ez-Zor");  // "drdr"
 * }</pre>
 *
 * Thread-safe; the table is read once.
 */
public final class InvariantKey {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  private static final Rules RULES = Rules.load();

  private InvariantKey() {}

  /** One row of the table. */
  public record Rule(String op, String from, String to, String note, String example) {}

  /** The rows of the table, in order. */
  public static List<Rule> rules() {
    return RULES.rows;
  }

  /** The key of {@code name}: key-folded, then mapped token by token, the tokens joined. */
  public static String of(CharSequence name) {
    return ofKeyFolded(KEY.foldToString(name));
  }

  /** The key of a text that is already in the key folding profile. */
  public static String ofKeyFolded(String keyFolded) {
    String folded = splitInsideArticles(keyFolded);
    StringBuilder key = new StringBuilder(folded.length());
    int i = 0;
    int n = folded.length();
    while (i < n) {
      while (i < n && folded.charAt(i) == ' ') {
        i++;
      }
      int start = i;
      while (i < n && folded.charAt(i) != ' ') {
        i++;
      }
      if (i > start) {
        int next = i;
        while (next < n && folded.charAt(next) == ' ') {
          next++;
        }
        appendToken(folded, start, next < n ? i - RULES.construct(folded, start, i) : i, key);
      }
    }
    return key.toString();
  }

  /** A key-folded text with the Latin articles glued to names cut off: {@code dair alzour} to {@code dair zour}. */
  public static String withoutGluedArticles(String text) {
    String keyFolded = splitInsideArticles(text);
    StringBuilder sb = new StringBuilder(keyFolded.length());
    int i = 0;
    int n = keyFolded.length();
    while (i < n) {
      int start = i;
      while (i < n && keyFolded.charAt(i) != ' ') {
        i++;
      }
      sb.append(keyFolded, start + RULES.gluedArticle(keyFolded, start, i), i);
      if (i < n) {
        sb.append(' ');
        i++;
      }
    }
    return sb.toString();
  }

  private static void appendToken(String s, int start, int end, StringBuilder key) {
    if (!hasLetter(s, start, end)) {
      key.append(s, start, end); // a number stays a number (Deir Ezzor 24); Arabizi digits count only inside words
      return;
    }
    int from = start + RULES.gluedArticle(s, start, end);
    int tokenStart = key.length();
    int i = from;
    while (i < end) {
      int rule = RULES.mapAt(s, i, end);
      if (rule < 0) {
        append(s.charAt(i), key, tokenStart);
        i++;
      } else {
        String to = RULES.mapTo[rule];
        for (int k = 0; k < to.length(); k++) {
          append(to.charAt(k), key, tokenStart);
        }
        i += RULES.mapFrom[rule].length();
      }
    }
    if (key.length() > tokenStart && RULES.dropFinal.indexOf(key.charAt(key.length() - 1)) >= 0) {
      key.setLength(key.length() - 1);
    }
    // the same letter across the join of two tokens is kept once too (Deir Ezzor / Deirezzor)
    if (RULES.collapse && tokenStart > 0 && key.length() > tokenStart && key.charAt(tokenStart) == key.charAt(tokenStart - 1)) {
      key.deleteCharAt(tokenStart);
    }
  }

  private static void append(char c, StringBuilder key, int tokenStart) {
    if (!(RULES.collapse && key.length() > tokenStart && key.charAt(key.length() - 1) == c)) {
      key.append(c);
    }
  }

  /** ديرالزور: an article glued inside a token, three letters on each side, becomes a break between two tokens. */
  static String splitInsideArticles(String text) {
    String out = text;
    for (String a : RULES.articlesInside) {
      int from = 3;
      int at;
      while ((at = out.indexOf(a, from)) >= 0) {
        int start = out.lastIndexOf(' ', at) + 1;
        int end = out.indexOf(' ', at);
        end = end < 0 ? out.length() : end;
        if (at - start >= 3 && end - (at + a.length()) >= 3) {
          out = out.substring(0, at) + " " + out.substring(at + a.length());
          from = at + 1;
        } else {
          from = at + 1;
        }
      }
    }
    return out;
  }

  private static boolean hasLetter(String s, int start, int end) {
    for (int i = start; i < end; i++) {
      if (Character.isLetter(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static final class Rules {
    final List<Rule> rows = new ArrayList<>();
    /**
     * The map rows, sorted by their first letter and the longest first among those: a token is matched where it is,
     * without copying its letters out. {@code firstLetters} holds each first letter once, {@code firstStarts} where
     * its rows begin (one more entry for the end).
     */
    String[] mapFrom;
    String[] mapTo;
    char[] firstLetters;
    int[] firstStarts;
    final List<String> articlePrefixes = new ArrayList<>();
    final List<String> articlesInside = new ArrayList<>();
    /** Letters before a construct ending: Shat-ha is no noun in construct. */
    static final int MIN_CONSTRUCT_STEM = 3;
    final List<String> constructEndings = new ArrayList<>();
    String dropFinal = "";
    boolean collapse;

    /**
     * How many chars at the end of a token followed by another are not keyed: the teh marbuta of a noun in
     * construct, which a romanisation may write or not (Hawijat Kati, Hawija Kati).
     */
    int construct(String s, int start, int end) {
      for (String e : constructEndings) {
        if (end - start >= e.length() + MIN_CONSTRUCT_STEM && s.startsWith(e, end - e.length())) {
          return 1;
        }
      }
      return 0;
    }

    /** How many chars of the token are a glued article: one the table lists, followed by a consonant. */
    int gluedArticle(String s, int start, int end) {
      for (String a : articlePrefixes) {
        int after = start + a.length();
        if (end - after >= 2 && s.startsWith(a, start) && isConsonant(s, after)) {
          return a.length();
        }
      }
      return 0;
    }

    private boolean isConsonant(String s, int at) {
      int rule = mapAt(s, at, s.length());
      return rule >= 0 && !mapTo[rule].isEmpty();
    }

    /** The longest map row whose letters start {@code s} at {@code at}, before {@code end}; -1 if none does. */
    int mapAt(String s, int at, int end) {
      int f = Arrays.binarySearch(firstLetters, s.charAt(at));
      if (f < 0) {
        return -1;
      }
      for (int rule = firstStarts[f]; rule < firstStarts[f + 1]; rule++) {
        String from = mapFrom[rule];
        if (from.length() <= end - at && s.startsWith(from, at)) {
          return rule;
        }
      }
      return -1;
    }

    static Rules load() {
      Rules r = new Rules();
      Map<String, String> map = new HashMap<>();
      for (DataTable.Row row : DataTable.read(InvariantKey.class, "invariant-key.tsv", 5)) {
        Rule rule = new Rule(row.cell(0), row.cell(1), row.cell(2), row.cell(3), row.cell(4));
        r.rows.add(rule);
        switch (rule.op()) {
          case "map" -> map.put(rule.from(), rule.to());
          case "article-prefix" -> r.articlePrefixes.add(rule.from());
          case "article-inside" -> r.articlesInside.add(rule.from());
          case "drop-final" -> r.dropFinal += rule.from();
          case "construct" -> r.constructEndings.add(rule.from());
          case "collapse" -> r.collapse = true;
          default -> throw new IllegalStateException("invariant-key.tsv:" + row.line() + ": unknown op " + rule.op());
        }
      }
      r.indexMap(map);
      return r;
    }

    private void indexMap(Map<String, String> map) {
      mapFrom = map.keySet().stream()
          .sorted(Comparator.comparing((String from) -> from.charAt(0)).thenComparing(String::length, Comparator.reverseOrder()))
          .toArray(String[]::new);
      mapTo = Arrays.stream(mapFrom).map(map::get).toArray(String[]::new);
      StringBuilder firsts = new StringBuilder();
      List<Integer> starts = new ArrayList<>();
      for (int rule = 0; rule < mapFrom.length; rule++) {
        if (rule == 0 || mapFrom[rule].charAt(0) != mapFrom[rule - 1].charAt(0)) {
          firsts.append(mapFrom[rule].charAt(0));
          starts.add(rule);
        }
      }
      starts.add(mapFrom.length);
      firstLetters = firsts.toString().toCharArray();
      firstStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }
  }
}
