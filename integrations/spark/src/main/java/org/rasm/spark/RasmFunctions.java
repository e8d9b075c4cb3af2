package org.rasm.spark;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.rasm.fold.FoldProfile;
import org.rasm.tag.Mention;

/**
 * rasm as Spark SQL functions. Each call runs on the executors, against the one rasm instance of that JVM
 * ({@link RasmSettings#rasm()}); a null text gives null.
 *
 * <ul>
 *   <li>{@code rasm_normalize(text, profile)}: the text folded in {@code display}, {@code search} or {@code key}
 *   <li>{@code rasm_detect(text)}: the text's language, an ISO 639-1 code, or null
 *   <li>{@code rasm_tag(text)}: the lexicon's names in the text, {@code array<struct<start, end, text, id, type>>},
 *       offsets in UTF-16 units as Java and Spark count them, end exclusive
 *   <li>{@code rasm_ids(text)}: the distinct canonical ids of those names, in order of first mention
 * </ul>
 *
 * <pre>{@code
 * RasmFunctions.register(spark);
 * spark.sql("SELECT rasm_ids(body) FROM posts");
 * }</pre>
 */
public final class RasmFunctions {
  /** The struct of one {@code rasm_tag} mention. */
  public static final StructType MENTION = new StructType()
      .add("start", DataTypes.IntegerType, false)
      .add("end", DataTypes.IntegerType, false)
      .add("text", DataTypes.StringType, false)
      .add("id", DataTypes.StringType, true)
      .add("type", DataTypes.StringType, true);

  private RasmFunctions() {}

  /** Registers the functions with the bundled lexicons. */
  public static void register(SparkSession spark) {
    register(spark, RasmSettings.defaults());
  }

  /** Registers the functions against the rasm {@code settings} describe. */
  public static void register(SparkSession spark, RasmSettings settings) {
    spark.udf().register("rasm_normalize", (UDF2<String, String, String>) (text, profile) -> text == null ? null
        : settings.rasm().normalize(text, profile(profile)).text(), DataTypes.StringType);
    spark.udf().register("rasm_detect", (UDF1<String, String>) text -> text == null ? null
        : settings.rasm().detect(text).language(), DataTypes.StringType);
    spark.udf().register("rasm_tag", (UDF1<String, List<Row>>) text -> {
      if (text == null) {
        return null;
      }
      List<Row> rows = new ArrayList<>();
      for (Mention m : settings.rasm().tag(text)) {
        rows.add(RowFactory.create(m.start(), m.end(), m.text(), m.id(), m.type()));
      }
      return rows;
    }, DataTypes.createArrayType(MENTION, false));
    spark.udf().register("rasm_ids", (UDF1<String, List<String>>) text -> {
      if (text == null) {
        return null;
      }
      Set<String> ids = new LinkedHashSet<>();
      for (Mention m : settings.rasm().tag(text)) {
        if (m.id() != null) {
          ids.add(m.id());
        }
      }
      return new ArrayList<>(ids);
    }, DataTypes.createArrayType(DataTypes.StringType, false));
  }

  private static FoldProfile profile(String name) {
    if (name == null) {
      throw new IllegalArgumentException("rasm_normalize: profile is null; expected display, search or key");
    }
    try {
      return FoldProfile.valueOf(name.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("rasm_normalize: unknown profile '" + name + "'; expected display, search or key", e);
    }
  }
}
