package org.rasm.resolve;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasm.data.DataTable;

/**
 * English compounds that say where or whose a name is ({@code compound-modifiers.tsv}): "US-based ACLED", "Iran-backed
 * militias", "Tasnim (IRGC-affiliated)". They describe the name and are no part of it.
 */
final class CompoundModifiers {
  /** The second parts of the compounds, as a regular expression's alternatives. */
  private static final String ENDINGS = String.join("|",
      DataTable.firstCells(CompoundModifiers.class, "compound-modifiers.tsv", 2, Pattern::quote));
  /** A compound, its first part (one word or two) captured: "US-based", "New York-based". */
  private static final String COMPOUND = "([\\p{L}.]+(?:[ -][\\p{L}.]+)?)-(?:" + ENDINGS + ")";
  /** A compound before a name, and the space after it: "US-based ". */
  private static final Pattern BEFORE_NAME =
      Pattern.compile("(?iu)(?<![\\p{L}\\p{M}])" + COMPOUND + "\\s+(?=\\S)");
  /** A compound alone: "IRGC-affiliated", "Turkish-backed". */
  private static final Pattern ALONE = Pattern.compile("(?iu)\\s*" + COMPOUND + "\\s*");

  private CompoundModifiers() {}

  /**
   * {@code query} without a compound before its name ("US-based ACLED": ACLED); before words for a kind of place alone,
   * the compound's first part is the name ("Euphrates Shield-held area").
   */
  static String without(String query) {
    Matcher m = BEFORE_NAME.matcher(query);
    if (!m.find()) {
      return query;
    }
    String rest = query.substring(m.end());
    boolean kindsOnly = NameForms.onlyQualifiers(rest);
    return kindsOnly ? query.substring(0, m.start()) + m.group(1) + " " + rest : m.replaceAll("");
  }

  /** True when {@code text} is one compound and nothing else: "IRGC-affiliated". */
  static boolean isOne(String text) {
    return ALONE.matcher(text).matches();
  }
}
