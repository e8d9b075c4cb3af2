package org.rasm.resolve;

import java.util.HashMap;
import java.util.Map;
import org.rasm.data.DataTable;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.TextFolder;

/**
 * Sorani Kurdish in Arabic script read as Arabic ({@code sorani-words.tsv}): its words for kinds of place and bodies as
 * the Arabic words, and a word's first ئ, which Kurdish writes before a vowel, as alef (ئا as ا). Only for a query
 * with a letter that Arabic does not write and Kurdish does (ە ۆ ێ ڵ ڕ): "ناوچەی قامیشلۆ", "پارێزگای تەرتووس".
 */
final class Sorani {
  private static final TextFolder SEARCH = TextFolder.of(FoldProfile.SEARCH);
  /** The letters that mark a text as Kurdish in Arabic script. */
  private static final String MARKS = "ەۆێڵڕ";
  /** Kurdish words, search-folded, to the Arabic word for them. */
  private static final Map<String, String> WORDS = readWords();

  private Sorani() {}

  private static Map<String, String> readWords() {
    Map<String, String> words = new HashMap<>();
    for (DataTable.Row row : DataTable.read(Sorani.class, "sorani-words.tsv", 3)) {
      if (words.put(SEARCH.foldToString(row.cell(0)), row.cell(1)) != null) {
        throw new IllegalStateException("sorani-words.tsv:" + row.line() + ": a word folded as another's");
      }
    }
    return Map.copyOf(words);
  }

  /** The query read as Arabic, as above; null when it has no Kurdish letter or reads the same. */
  static String read(String query) {
    if (!marked(query)) {
      return null;
    }
    StringBuilder out = new StringBuilder(query.length());
    for (String word : Words.of(query)) {
      String arabic = WORDS.get(SEARCH.foldToString(word));
      out.append(out.length() == 0 ? "" : " ")
          .append(arabic != null ? arabic : word.startsWith("ئا") ? word.substring(1)
              : word.startsWith("ئ") ? "ا" + word.substring(1) : word);
    }
    String read = out.toString();
    return read.equals(query.strip()) ? null : read;
  }

  private static boolean marked(String query) {
    for (int i = 0; i < query.length(); i++) {
      if (MARKS.indexOf(query.charAt(i)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
