package org.rasm.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DataTableTest {
  @Test
  void firstCellsKeepTheTablesOrderInEveryRun() {
    // readers try the cells first-found-wins (nisba endings, Turkish letters): the order must be the table's, the
    // same in every JVM, which no immutable JDK set promises
    assertEquals(List.of("ZETA", "ALPHA", "MU", "BETA", "OMEGA"),
        List.copyOf(DataTable.firstCells(DataTableTest.class, "ordered.tsv", 2, String::toUpperCase)));
  }

  @Test
  void aRowOfAnotherWidthNamesItsLine() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> DataTable.read(DataTableTest.class, "ordered.tsv", 3));
    assertTrue(e.getMessage().contains("ordered.tsv"), e.getMessage());
  }
}
