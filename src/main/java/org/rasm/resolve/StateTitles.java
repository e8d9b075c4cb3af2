package org.rasm.resolve;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rasm.data.DataTable;

/**
 * The abbreviated titles of states' official names before the name ({@code state-titles.tsv}): "P.R. China" is the
 * People's Republic of China, "IR Iran" the Islamic Republic of Iran. Immutable.
 */
final class StateTitles {
  /** Each abbreviation's capitals to the title in full. */
  private static final Map<String, String> TITLES = readTitles();
  /** A title's capitals, each with or without its dot, then the rest of the query. */
  private static final Pattern TITLED = Pattern.compile("((?:\\p{Lu}\\.?){2,4})\\s+(.+)");

  private StateTitles() {}

  private static Map<String, String> readTitles() {
    Map<String, String> titles = new HashMap<>();
    for (DataTable.Row row : DataTable.read(StateTitles.class, "state-titles.tsv", 3)) {
      if (!row.cell(0).matches("\\p{Lu}{2,4}") || titles.put(row.cell(0), row.cell(1)) != null) {
        throw new IllegalStateException("state-titles.tsv:" + row.line() + ": two to four capitals, once");
      }
    }
    return Map.copyOf(titles);
  }

  /**
   * The query with the abbreviated title it begins with written in full, "of" and all ("P.R. China" as "People's
   * Republic of China"); null when it begins with none.
   */
  static String inFull(String query) {
    Matcher m = TITLED.matcher(query.strip());
    if (!m.matches()) {
      return null;
    }
    String title = TITLES.get(m.group(1).replace(".", ""));
    String name = m.group(2);
    return title == null ? null : title + (name.startsWith("of ") ? " " : " of ") + name;
  }
}
