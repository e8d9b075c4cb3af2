package org.rasm.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rasm.Rasm;
import org.rasm.fold.FoldProfile;
import org.rasm.tag.Mention;

class RasmFunctionsIT {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("RasmFunctionsIT");
    RasmFunctions.register(spark);
    spark.sql("SELECT * FROM VALUES ('Clashes near al-Bokamal''s desert, وبدير الزور'), "
        + "('The SDF entered Hajin. دخلت قسد بلدة هجين.'), (NULL) AS t(text)").createOrReplaceTempView("t");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void normalizesAsTheLibrary() {
    Row r = spark.sql("SELECT rasm_normalize('Al-Bokamal’s', 'search'), rasm_normalize('الرَّقَّة', 'KEY'), "
        + "rasm_normalize(NULL, 'search')").first();
    assertEquals("al-bokamals", r.getString(0));
    assertEquals(Rasm.defaults().normalize("الرَّقَّة", FoldProfile.KEY).text(), r.getString(1));
    assertNull(r.get(2));
  }

  @Test
  void refusesAnUnknownProfile() {
    Exception e = assertThrows(Exception.class, () -> spark.sql("SELECT rasm_normalize(text, 'loose') FROM t").collect());
    assertTrue(causes(e).contains("unknown profile 'loose'"), causes(e));
  }

  @Test
  void detectsTheLanguage() {
    List<Row> rows = spark.sql("SELECT rasm_detect(text) FROM t").collectAsList();
    assertEquals("en", rows.get(1).getString(0));
    assertNull(rows.get(2).get(0));
  }

  @Test
  void tagsWithOffsetsIdsAndTypes() {
    String text = "Clashes near al-Bokamal's desert, وبدير الزور";
    List<Row> mentions = spark.sql("SELECT rasm_tag(text) FROM t").first().getList(0);
    List<Mention> expected = Rasm.defaults().tag(text);
    assertEquals(2, mentions.size());
    for (int i = 0; i < 2; i++) {
      Row m = mentions.get(i);
      Mention e = expected.get(i);
      assertEquals(List.of(e.start(), e.end(), e.text(), e.id(), e.type()),
          List.of(m.getAs("start"), m.getAs("end"), m.getAs("text"), m.getAs("id"), m.getAs("type")));
      assertEquals(m.getAs("text"), text.substring(m.<Integer>getAs("start"), m.<Integer>getAs("end")));
    }
    assertEquals("place:dayr-az-zawr", mentions.get(1).getAs("id"));
    assertEquals("دير الزور", mentions.get(1).getAs("text")); // the clitic و and ب left out
  }

  @Test
  void listsDistinctIdsInOrderOfMention() {
    List<Row> rows = spark.sql("SELECT rasm_ids(text), rasm_ids(concat(text, ' ', text)) FROM t").collectAsList();
    assertEquals(List.of("place:al-bukamal-desert", "place:dayr-az-zawr"), rows.get(0).getList(0));
    assertEquals(rows.get(0).getList(0), rows.get(0).getList(1));
    assertNull(rows.get(2).get(0));
  }

  private static String causes(Throwable e) {
    StringBuilder b = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause()) {
      b.append(t).append('\n');
    }
    return b.toString();
  }
}
