package org.rasm.resolve;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Arabic numbers written in words ({@code arabic-numbers.tsv}), read as digits: "الفرع مئتين وسبعة وعشرين" is
 * "الفرع 227", "منطقة الخمسة وخمسين كيلومترا" is "منطقة 55 كيلومترا", the way the lexicon writes such names; and
 * ordinals written in digits, read as words ({@code arabic-ordinals.tsv}): "الفيلق 5" is "الفيلق الخامس". The table
 * holds English number words too, in both scripts: "تونتي فور" and "Twenty Four" are 24.
 */
final class ArabicNumbers {
  private static final TextFolder KEY = TextFolder.of(FoldProfile.KEY);
  /** The value of each number word, key-folded. */
  private static final Map<String, Integer> VALUES = read();
  /**
   * The ordinals of {@code arabic-ordinals.tsv}: the masculine and feminine Arabic words by the number in digits, and
   * the number by each romanised spelling's {@link NameSimilarity#phonetic} form (rabi'a, rabiah: 4).
   */
  private record OrdinalTable(Map<String, List<String>> arabic, Map<String, Integer> romanised) {}

  private static final OrdinalTable ORDINAL_TABLE = readOrdinals();
  /**
   * The value of each Arabic ordinal of a unit, key-folded, masculine and feminine, as the first word of a compound
   * ordinal: الخامسة in الخامسة والعشرين (25th), الحادي in الحادي والثلاثين.
   */
  private static final Map<String, Integer> ORDINAL_UNITS = ordinalUnits(ORDINAL_TABLE.arabic());
  private static final Map<String, List<String>> ORDINALS = ORDINAL_TABLE.arabic();
  private static final Map<String, Integer> ROMANISED_ORDINALS = ORDINAL_TABLE.romanised();
  /** The most words of a romanised ordinal: sab'ata ashar. */
  private static final int MAX_ORDINAL_WORDS = 2;
  /** The letter that ends a feminine noun, after key folding (ة as ه): an ordinal after it is feminine. */
  private static final char FEMININE = 'ه';
  /** A lone number word is read only from this value up, a word for tens or hundreds: ست alone is "lady". */
  private static final int LEAST_ALONE = 20;
  private static final String AND = "و";
  private static final String ARTICLE = "ال";

  private ArabicNumbers() {}

  /**
   * {@code folded}, key-folded text, with each run of number words written as the number they say; null when it has
   * none. Words after the first of a run may begin with و (and), and و with the article (والخمسين).
   */
  static String inDigits(String folded) {
    String[] words = folded.split(" ");
    StringBuilder out = new StringBuilder(folded.length());
    boolean read = false;
    int i = 0;
    while (i < words.length) {
      int sum = 0;
      boolean tens = false;
      int j = i;
      for (Integer v; j < words.length && (v = value(words[j], j > i)) != null; j++) {
        sum += v;
        tens |= v >= LEAST_ALONE;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      if (j - i >= 2 || tens) {
        out.append(sum);
        read = true;
        i = j;
      } else {
        out.append(words[i]);
        i++;
      }
    }
    return read ? out.toString() : null;
  }

  /**
   * {@code words}, key-folded, with each number in digits that follows an Arabic word written as the ordinal that
   * agrees with the word; null when there is none.
   */
  static String ordinalsInWords(String[] words) {
    StringBuilder out = new StringBuilder();
    boolean read = false;
    for (int i = 0; i < words.length; i++) {
      List<String> ordinal = i > 0 && NameForms.isArabic(words[i - 1]) ? ORDINALS.get(words[i]) : null;
      if (out.length() > 0) {
        out.append(' ');
      }
      if (ordinal != null) {
        out.append(ordinal.get(words[i - 1].charAt(words[i - 1].length() - 1) == FEMININE ? 1 : 0));
        read = true;
      } else {
        out.append(words[i]);
      }
    }
    return read ? out.toString() : null;
  }

  /**
   * {@code words}, key-folded, with each romanised Arabic ordinal after another word written in digits ("firqat rabiah"
   * is "firqat 4", as "Firqat 4" is written); null when there is none. The first word is never one: an ordinal follows
   * what it counts.
   */
  static String romanisedOrdinalsInDigits(String[] words) {
    StringBuilder out = new StringBuilder();
    boolean read = false;
    for (int i = 0; i < words.length; ) {
      Integer value = null;
      int matched = 0;
      for (int n = i > 0 ? Math.min(MAX_ORDINAL_WORDS, words.length - i) : 0; n > 0 && value == null; n--) {
        value = ROMANISED_ORDINALS.get(NameSimilarity.phonetic(String.join("", Arrays.copyOfRange(words, i, i + n))));
        matched = n;
      }
      if (out.length() > 0) {
        out.append(' ');
      }
      if (value != null) {
        out.append(value);
        read = true;
        i += matched;
      } else {
        out.append(words[i]);
        i++;
      }
    }
    return read ? out.toString() : null;
  }

  private static Integer value(String word, boolean afterFirst) {
    Integer v = VALUES.get(word);
    if (v == null && !afterFirst) {
      // an ordinal begins a run as a number does, and is read only with the tens after it
      v = ORDINAL_UNITS.get(word);
    }
    if (v == null && afterFirst && word.startsWith(AND)) {
      String rest = word.substring(AND.length());
      // the key keeps the article after و: والخمسين
      v = VALUES.get(rest.startsWith(ARTICLE) ? rest.substring(ARTICLE.length()) : rest);
    }
    return v;
  }

  private static OrdinalTable readOrdinals() {
    Map<String, List<String>> arabic = new HashMap<>();
    Map<String, Integer> romanised = new HashMap<>();
    for (DataTable.Row row : DataTable.read(ArabicNumbers.class, "arabic-ordinals.tsv", 4)) {
      Integer value = Integer.valueOf(row.cell(0));
      arabic.put(String.valueOf(value), List.of(row.cell(1), row.cell(2)));
      for (String spelling : row.cell(3).split(",")) {
        String phonetic = NameSimilarity.phonetic(spelling.replace(" ", ""));
        if (!spelling.isBlank() && romanised.put(phonetic, value) != null) {
          throw new IllegalStateException("arabic-ordinals.tsv:" + row.line() + ": spelt twice: " + spelling);
        }
      }
    }
    return new OrdinalTable(Map.copyOf(arabic), Map.copyOf(romanised));
  }

  private static Map<String, Integer> ordinalUnits(Map<String, List<String>> ordinals) {
    Map<String, Integer> units = new HashMap<>();
    for (Map.Entry<String, List<String>> e : ordinals.entrySet()) {
      int value = Integer.parseInt(e.getKey());
      if (value % 10 != 0 && value < 20) {
        for (String ordinal : e.getValue()) {
          // the first word of "الحادي عشر" is the unit of 11
          units.put(KEY.foldToString(ordinal.split(" ")[0]), value % 10);
        }
      }
    }
    return Map.copyOf(units);
  }

  private static Map<String, Integer> read() {
    Map<String, Integer> m = new HashMap<>();
    for (DataTable.Row row : DataTable.read(ArabicNumbers.class, "arabic-numbers.tsv", 3)) {
      m.put(KEY.foldToString(row.cell(0)), Integer.valueOf(row.cell(1)));
    }
    return Map.copyOf(m);
  }
}
