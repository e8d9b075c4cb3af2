package org.rasm.resolve;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasm.data.DataTable;

/**
 * Compounds that say where or whose a name is ({@code compound-modifiers.tsv}): "US-based ACLED", "Iran-backed
 * militias", "Tasnim (IRGC-affiliated)", Turkish "Lübnan merkezli El Meyadin". They describe the name and are no part
 * of it; most say it is an organisation's.
 */
final class CompoundModifiers {
  private static final List<DataTable.Row> ROWS =
      checked(DataTable.read(CompoundModifiers.class, "compound-modifiers.tsv", 4));
  /**
   * A compound, its first part (one word or two) captured: "US-based", "New York-based", "Lübnan merkezli".
   */
  private static final String COMPOUND = compound(r -> true);
  /**
   * A compound that begins a query, after "the" or not, and says the name after it is an organisation's: "the
   * Lebanon-based ", "Iran-backed "; one in brackets after a name says whose the thing is ("Conoco base (US-led
   * coalition)").
   */
  private static final Pattern OF_ORGANISATION = Pattern.compile("(?iu)^\\s*(?:the\\s+)?"
      + compound(r -> r.cell(1).equals("organisation")) + "\\s+(?=\\S)");
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

  /** True when a compound that begins {@code query} says its name is an organisation's: "the Lebanon-based al-Mayadeen". */
  static boolean namesOrganisation(String query) {
    return OF_ORGANISATION.matcher(query).find();
  }

  private static List<DataTable.Row> checked(List<DataTable.Row> rows) {
    for (DataTable.Row r : rows) {
      if (!r.cell(1).matches("organisation|any") || !r.cell(2).matches("hyphen|space")) {
        throw new IllegalStateException("compound-modifiers.tsv:" + r.line() + ": names organisation or any, after hyphen or space");
      }
    }
    return List.copyOf(rows);
  }

  private static String compound(Predicate<DataTable.Row> which) {
    return "([\\p{L}.]+(?:[ -][\\p{L}.]+)?)(?:-(?:" + endings(which.and(r -> r.cell(2).equals("hyphen")))
        + ")| (?:" + endings(which.and(r -> r.cell(2).equals("space"))) + "))";
  }

  private static String endings(Predicate<DataTable.Row> which) {
    return String.join("|", ROWS.stream().filter(which).map(r -> Pattern.quote(r.cell(0))).toList());
  }

  /** True when {@code text} is one compound and nothing else: "IRGC-affiliated". */
  static boolean isOne(String text) {
    return ALONE.matcher(text).matches();
  }
}
