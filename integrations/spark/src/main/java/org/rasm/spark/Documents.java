package org.rasm.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.lit;

import java.util.Iterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Reads documents as {@code (idx, id, text)}, {@code idx} numbering them in input order from 0: files by path, and
 * within a file by position, as {@code rasm dedup} reads them. The order matters: a cluster keeps its first document.
 * Spark's file readers hand splits out largest first, so the position is carried explicitly (a byte offset or a
 * Parquet row index) and the documents are sorted on it once.
 */
public final class Documents {
  /** Input formats. */
  public enum Format {
    /** One document per file; its id is the file's path as Spark names it. */
    text,
    /** One JSON object per line; id and text in named fields. */
    jsonl,
    /** Rows of Parquet files; id and text in named columns. */
    parquet
  }

  static final StructType SCHEMA = new StructType()
      .add("idx", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("text", DataTypes.StringType, true);
  private static final StructType LINES = new StructType()
      .add("file", DataTypes.StringType, false)
      .add("pos", DataTypes.LongType, false)
      .add("line", DataTypes.StringType, false);

  private Documents() {}

  /**
   * @param path a file, folder or glob, as Spark takes them
   * @param field the field or column of the text (jsonl, parquet)
   * @param idField the field or column of the id, or null: then {@code file:offset} (jsonl) or {@code file:row}
   *     (parquet)
   */
  public static Dataset<Row> read(SparkSession spark, Format format, String path, String field, String idField) {
    Dataset<Row> positioned = switch (format) {
      case text -> spark.createDataFrame(JavaSparkContext.fromSparkContext(spark.sparkContext()).wholeTextFiles(path)
          .map(f -> RowFactory.create(f._1(), 0L, f._1(), f._2())), new StructType()
          .add("file", DataTypes.StringType, false).add("pos", DataTypes.LongType, false)
          .add("id", DataTypes.StringType, false).add("text", DataTypes.StringType, true));
      case jsonl -> {
        Dataset<Row> lines = spark.createDataFrame(lines(spark, path), LINES).filter(col("line").rlike("\\S"));
        yield lines.select(col("file"), col("pos"),
            idField != null ? get_json_object(col("line"), jsonPath(idField)).as("id")
                : concat(col("file"), lit(":"), col("pos").cast("string")).as("id"),
            get_json_object(col("line"), jsonPath(field)).as("text"));
      }
      case parquet -> {
        Dataset<Row> rows = spark.read().parquet(path);
        Column file = col("_metadata.file_path");
        Column row = col("_metadata.row_index");
        yield rows.select(file.as("file"), row.as("pos"),
            idField != null ? col(idField).cast("string").as("id") : concat(file, lit(":"), row.cast("string")).as("id"),
            col(field).cast("string").as("text"));
      }
    };
    JavaRDD<Row> numbered = positioned.orderBy(col("file"), col("pos")).select(col("id"), col("text")).javaRDD()
        .zipWithIndex().map(t -> RowFactory.create(t._2(), t._1().getString(0), t._1().getString(1)));
    return spark.createDataFrame(numbered, SCHEMA);
  }

  /** The lines of text files with the file and byte offset of each: Spark's text source keeps neither. */
  private static JavaRDD<Row> lines(SparkSession spark, String path) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JavaNewHadoopRDD<LongWritable, Text> raw = (JavaNewHadoopRDD<LongWritable, Text>) sc.newAPIHadoopFile(path,
        TextInputFormat.class, LongWritable.class, Text.class, sc.hadoopConfiguration());
    return raw.mapPartitionsWithInputSplit((split, records) -> {
      String file = ((FileSplit) split).getPath().toString();
      return new Iterator<Row>() {
        @Override
        public boolean hasNext() {
          return records.hasNext();
        }

        @Override
        public Row next() {
          // Hadoop reuses its Writables, so each is copied out at once
          Tuple2<LongWritable, Text> r = records.next();
          return RowFactory.create(file, r._1().get(), r._2().toString());
        }
      };
    }, true);
  }

  private static String jsonPath(String field) {
    return "$['" + field.replace("'", "\\'") + "']";
  }
}
