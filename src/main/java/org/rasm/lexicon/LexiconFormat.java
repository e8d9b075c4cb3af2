package org.rasm.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The lexicon file format: UTF-8 TSV with a header row, one entity per row, the columns of {@link #COLUMNS}; lists
 * separated by {@code |}. Documented in {@code lexicons/README.md}.
 *
 * <pre>{@code
 * List<LexiconFormat.Row> rows = LexiconFormat.read(reader, "my-places.tsv", problems);
 * }</pre>
 */
public final class LexiconFormat {
  /** The header, in order. */
  public static final List<String> COLUMNS = List.of("id", "type", "subtype", "name_en", "name_ar", "aliases", "demonyms",
      "parent", "wikidata", "geonames", "pcode", "lat", "lon", "source");

  private static final Pattern ID = Pattern.compile("(place|actor|outlet|country):[a-z0-9]+(-[a-z0-9]+)*");
  private static final String LIST_SEPARATOR = "|";

  private LexiconFormat() {}

  /** An entity and where it was read. */
  public record Row(Entity entity, String file, int line) {
    public String place() {
      return file + ":" + line;
    }
  }

  /**
   * Reads rows, adding a problem for each row that cannot be read (and leaving it out). Checks the syntax of each
   * row: the header, the column count, the id's form and type, numbers; {@link LexiconChecker} checks the rest.
   */
  public static List<Row> read(Reader in, String file, List<Problem> problems) throws IOException {
    BufferedReader reader = new BufferedReader(in);
    List<Row> rows = new ArrayList<>();
    String header = reader.readLine();
    if (header != null && header.startsWith("\uFEFF")) {
      header = header.substring(1);
    }
    if (header == null || !Arrays.asList(header.split("\t", -1)).equals(COLUMNS)) {
      problems.add(new Problem(file, 1, Problem.Severity.ERROR, "the header must be: " + String.join("\\t", COLUMNS)));
      return rows;
    }
    String line;
    int lineNo = 1;
    while ((line = reader.readLine()) != null) {
      lineNo++;
      if (line.isBlank()) {
        continue;
      }
      String[] cols = line.split("\t", -1);
      if (cols.length != COLUMNS.size()) {
        problems.add(error(file, lineNo, "expected " + COLUMNS.size() + " tab-separated columns, found " + cols.length));
        continue;
      }
      try {
        rows.add(new Row(parse(cols), file, lineNo));
      } catch (IllegalArgumentException e) {
        problems.add(error(file, lineNo, e.getMessage()));
      }
    }
    return rows;
  }

  private static Entity parse(String[] c) {
    for (int i = 0; i < c.length; i++) {
      c[i] = c[i].strip();
    }
    String id = c[0];
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("malformed id '" + id + "': expected type:slug in lower-case ASCII, e.g. place:al-mayadin");
    }
    EntityType type = EntityType.of(c[1]);
    if (!id.startsWith(type.id() + ":")) {
      throw new IllegalArgumentException("id '" + id + "' does not start with its type '" + type.id() + ":'");
    }
    return new Entity(id, type, c[2], c[3], c[4], list(c[5]), list(c[6]), c[7], c[8], c[9], c[10],
        number(c[11], "lat"), number(c[12], "lon"), c[13]);
  }

  static List<String> list(String cell) {
    List<String> items = new ArrayList<>();
    for (String s : cell.split(Pattern.quote(LIST_SEPARATOR), -1)) {
      if (!s.isBlank()) {
        items.add(s.strip());
      }
    }
    return items;
  }

  private static Double number(String cell, String column) {
    if (cell.isEmpty()) {
      return null;
    }
    try {
      return Double.valueOf(cell);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(column + " is not a number: '" + cell + "'");
    }
  }

  /** Writes {@code entities} with the header, in the given order. */
  public static void write(List<Entity> entities, Writer out) throws IOException {
    out.write(String.join("\t", COLUMNS));
    out.write('\n');
    for (Entity e : entities) {
      String[] cells = {e.id(), e.type().id(), e.subtype(), e.nameEn(), e.nameAr(), String.join(LIST_SEPARATOR, e.aliases()),
          String.join(LIST_SEPARATOR, e.demonyms()), e.parent(), e.wikidata(), e.geonames(), e.pcode(), format(e.lat()),
          format(e.lon()), e.source()};
      for (int i = 0; i < cells.length; i++) {
        if (cells[i].contains("\t") || cells[i].contains("\n") || cells[i].contains("\r")) {
          throw new IllegalArgumentException(e.id() + ": a tab or line break in " + COLUMNS.get(i));
        }
      }
      for (String item : concat(e.aliases(), e.demonyms())) {
        if (item.contains(LIST_SEPARATOR)) {
          throw new IllegalArgumentException(e.id() + ": '" + LIST_SEPARATOR + "' inside the list item '" + item + "'");
        }
      }
      out.write(String.join("\t", cells));
      out.write('\n');
    }
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  private static String format(Double d) {
    if (d == null) {
      return "";
    }
    String s = d.toString();
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  private static Problem error(String file, int line, String message) {
    return new Problem(file, line, Problem.Severity.ERROR, message);
  }
}
