package org.rasm.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * The tables rasm keeps its linguistic knowledge in: UTF-8, tab-separated resources beside the class that reads
 * them, {@code #} comment lines, a header row, then one row per line.
 *
 * <pre>{@code
 * for (DataTable.Row row : DataTable.read(Resolver.class, "priority.tsv", 2)) {
 *   priority.put(row.cell(0), Integer.parseInt(row.cell(1)));
 * }
 * }</pre>
 */
public final class DataTable {
  private DataTable() {}

  /**
   * A row and where it stands.
   *
   * @param line 1-based line number in the resource
   * @param cells the row's cells
   */
  public record Row(int line, String[] cells) {
    public String cell(int i) {
      return cells[i];
    }
  }

  /**
   * The first cells of the rows of {@code name} (as {@link #read}), each put in {@code form}, in the table's order;
   * empty forms are left out. The order is the table's, never a hash's, so that what is tried first is the same in
   * every run ({@code Set.copyOf} iterates in an order chosen afresh in each JVM).
   */
  public static Set<String> firstCells(Class<?> anchor, String name, int columns, UnaryOperator<String> form) {
    Set<String> cells = new LinkedHashSet<>();
    for (Row row : read(anchor, name, columns)) {
      String c = form.apply(row.cell(0));
      if (!c.isEmpty()) {
        cells.add(c);
      }
    }
    return Collections.unmodifiableSet(cells);
  }

  /**
   * The rows of the resource {@code name} beside {@code anchor}, each with exactly {@code columns} cells.
   *
   * @throws IllegalStateException naming the resource and line, for a missing resource or a row of another width
   */
  public static List<Row> read(Class<?> anchor, String name, int columns) {
    List<Row> rows = new ArrayList<>();
    try (InputStream in = anchor.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException(name + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      boolean header = true;
      int lineNo = 0;
      while ((line = reader.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        if (header) {
          header = false;
          continue;
        }
        String[] cells = line.split("\t", -1);
        if (cells.length != columns) {
          throw new IllegalStateException(name + ":" + lineNo + ": expected " + columns + " tab-separated columns, found " + cells.length);
        }
        rows.add(new Row(lineNo, cells));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }
}
