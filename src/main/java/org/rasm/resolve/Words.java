package org.rasm.resolve;

import java.util.Arrays;

/** A query's words, apart without a regular expression: one query is split many times over by its readings. */
final class Words {
  private Words() {}

  /**
   * The words of {@code text} after {@link String#strip()}, apart at runs of the characters a regular expression's
   * {@code \s} stands for (space, tab, line feed, vertical tab, form feed, carriage return): what {@code
   * text.strip().split("\\s+")} gives, one empty word for a blank text.
   */
  static String[] of(String text) {
    String s = text.strip();
    String[] words = new String[8];
    int count = 0;
    int start = 0;
    for (int i = 0; i <= s.length(); i++) {
      if (i == s.length() || isSpace(s.charAt(i))) {
        if (i > start || i == s.length() && count == 0) {
          if (count == words.length) {
            words = Arrays.copyOf(words, count * 2);
          }
          words[count++] = s.substring(start, i);
        }
        start = i + 1;
      }
    }
    return Arrays.copyOf(words, count);
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
