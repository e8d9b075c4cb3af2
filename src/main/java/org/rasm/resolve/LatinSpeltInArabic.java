package org.rasm.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Codes and acronyms spelt out in Arabic script by the names of their Latin letters and English numbers ({@code
 * latin-spelt-in-arabic.tsv}), read as written in Latin: "محطة تي تو" as "محطة T2", "روناهي تيفي" as "روناهي TV";
 * and the other way, an acronym in Latin capitals among Arabic words spelt out: "BBC عربي" as "بي بي سي عربي".
 * Immutable.
 */
final class LatinSpeltInArabic {
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  private static final String ARTICLE = "ال";
  /** The most letter names one word may run together. */
  private static final int MAX_JOINED = 3;

  private record Spelt(String latin, boolean onlyAfterALetter) {}

  private static final List<DataTable.Row> ROWS =
      List.copyOf(DataTable.read(LatinSpeltInArabic.class, "latin-spelt-in-arabic.tsv", 4));
  /** Each spelling, search-folded, to what it stands for. */
  private static final Map<String, Spelt> SPELT = readSpellings();
  /** Each Latin letter to its name as the table first spells it. */
  private static final Map<Character, String> LETTER_NAMES = readLetterNames();
  /** An acronym in Latin capitals among words in Arabic script: "BBC عربي", "روزنة FM". */
  private static final java.util.regex.Pattern ACRONYM = java.util.regex.Pattern.compile("\\b[A-Z]{2,5}\\b");

  private LatinSpeltInArabic() {}

  private static Map<String, Spelt> readSpellings() {
    Map<String, Spelt> spelt = new HashMap<>();
    for (DataTable.Row row : ROWS) {
      if (!row.cell(2).matches("any|after")) {
        throw new IllegalStateException("latin-spelt-in-arabic.tsv:" + row.line() + ": where is any or after");
      }
      if (spelt.put(SEARCH.foldToString(row.cell(0)), new Spelt(row.cell(1), row.cell(2).equals("after"))) != null) {
        throw new IllegalStateException("latin-spelt-in-arabic.tsv:" + row.line() + ": a spelling folded as another's");
      }
    }
    return Map.copyOf(spelt);
  }

  private static Map<Character, String> readLetterNames() {
    Map<Character, String> names = new HashMap<>();
    for (DataTable.Row row : ROWS) {
      if (Character.isLetter(row.cell(1).charAt(0))) {
        names.putIfAbsent(row.cell(1).charAt(0), row.cell(0));
      }
    }
    return Map.copyOf(names);
  }

  /**
   * The query, with words in Arabic script, with each acronym in Latin capitals spelt out in the names of its letters,
   * as Arabic names of outlets write them: "BBC عربي" as "بي بي سي عربي". Null when it has no such acronym.
   */
  static String spelt(String query) {
    if (!NameForms.isArabic(query)) {
      return null;
    }
    java.util.regex.Matcher m = ACRONYM.matcher(query);
    StringBuilder out = new StringBuilder(query.length() + 16);
    boolean read = false;
    while (m.find()) {
      StringBuilder names = new StringBuilder();
      for (char letter : m.group().toCharArray()) {
        String name = LETTER_NAMES.get(letter);
        if (name == null) {
          return null;
        }
        names.append(names.length() == 0 ? "" : " ").append(name);
      }
      m.appendReplacement(out, names.toString());
      read = true;
    }
    return read ? m.appendTail(out).toString() : null;
  }

  /** The query with each code it spells out written in Latin; null when it spells none. */
  static String read(String query) {
    if (!NameForms.isArabic(query)) {
      return null;
    }
    String[] words = SEARCH.foldToString(query).strip().split(" ");
    StringBuilder out = new StringBuilder(query.length());
    boolean read = false;
    for (int i = 0; i < words.length; ) {
      StringBuilder code = new StringBuilder();
      int end = i;
      for (; end < words.length; end++) {
        String word = words[end];
        if (end == i && word.startsWith(ARTICLE) && isNumber(words, end + 1)) {
          word = word.substring(ARTICLE.length());
        }
        // a word alone that runs names together is most often a word or a name (تيتو, Tito; يوان, yuan)
        String latin = words.length > 1 || SPELT.containsKey(word) ? latinOf(word, code.length() > 0) : null;
        if (latin == null) {
          break;
        }
        code.append(latin);
      }
      boolean spelt = code.length() > 1 && Character.isLetter(code.charAt(0));
      out.append(out.length() == 0 ? "" : " ").append(spelt ? code : words[i]);
      read |= spelt;
      i = spelt ? end : i + 1;
    }
    return read ? out.toString() : null;
  }

  private static boolean isNumber(String[] words, int i) {
    Spelt spelt = i < words.length ? SPELT.get(words[i]) : null;
    return spelt != null && Character.isDigit(spelt.latin().charAt(0));
  }

  /**
   * What {@code word} spells: one name, or two or more run together (تيفي); null when it spells nothing.
   * {@code afterAnother}: a name comes before it, which lets a name that is also a word be read.
   */
  private static String latinOf(String word, boolean afterAnother) {
    Spelt one = SPELT.get(word);
    if (one != null) {
      return one.onlyAfterALetter() && !afterAnother ? null : one.latin();
    }
    return joined(word, afterAnother, MAX_JOINED);
  }

  /** What {@code word} spells as two to {@code most} names run together; null when it is no such run. */
  private static String joined(String word, boolean afterAnother, int most) {
    for (int cut = 2; most > 1 && cut <= word.length() - 2; cut++) {
      Spelt first = SPELT.get(word.substring(0, cut));
      if (first == null || first.onlyAfterALetter() && !afterAnother) {
        continue;
      }
      String rest = word.substring(cut);
      Spelt last = SPELT.get(rest);
      String tail = last != null ? last.latin() : joined(rest, true, most - 1);
      if (tail != null) {
        return first.latin() + tail;
      }
    }
    return null;
  }
}
