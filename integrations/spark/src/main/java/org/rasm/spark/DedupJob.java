package org.rasm.spark;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.rasm.dedup.Deduplicator;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rasm dedup} as a Spark job: the same clusters and output columns (doc, cluster, kind, of, score), one row
 * per document in input order.
 *
 * <pre>
 * spark-submit --class org.rasm.spark.DedupJob rasm-spark.jar \
 *   --input 's3a://archive/2024/*.jsonl' --input-format jsonl --field text --id-field id \
 *   --output s3a://archive/dedup-2024 --output-format parquet
 * </pre>
 */
@Command(name = "rasm-spark-dedup", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Find exact copies, near copies and translations among documents, on Spark, as rasm dedup does.")
public final class DedupJob implements Callable<Integer> {
  @Option(names = "--input", required = true, paramLabel = "PATH", description = "Files, a folder or a glob, as Spark reads them.")
  String input;

  @Option(names = "--input-format", paramLabel = "FORMAT", description = "text (one document per file), jsonl or parquet (default: ${DEFAULT-VALUE}).")
  Documents.Format inputFormat = Documents.Format.jsonl;

  @Option(names = "--field", paramLabel = "NAME", description = "The field or column of the text, jsonl and parquet (default: ${DEFAULT-VALUE}).")
  String field = "text";

  @Option(names = "--id-field", paramLabel = "NAME", description = "The field or column of the document's id (default: file:offset, file:row).")
  String idField;

  @Option(names = "--output", required = true, paramLabel = "PATH", description = "A folder that must not exist yet.")
  String output;

  @Option(names = "--output-format", paramLabel = "FORMAT", description = "parquet or jsonl (default: ${DEFAULT-VALUE}).")
  OutputFormat outputFormat = OutputFormat.parquet;

  enum OutputFormat { parquet, jsonl }

  @Option(names = "--threshold", paramLabel = "J", description = "Jaccard similarity of near copies, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double threshold = Deduplicator.DEFAULT_THRESHOLD;

  @Option(names = "--cross-lingual", paramLabel = "on|off", description = "Pair reports with their translations (default: ${DEFAULT-VALUE}).")
  Switch crossLingual = Switch.on;

  enum Switch { on, off }

  @Option(names = "--lexicon", paramLabel = "FILE", description = "A lexicon file of your own (repeatable); ship it with spark-submit --files.")
  List<String> lexicons = new ArrayList<>();

  @Option(names = "--boilerplate", paramLabel = "FILE", description = "More boilerplate patterns (repeatable); ship them with --files.")
  List<String> boilerplate = new ArrayList<>();

  private SparkSession spark;

  public static void main(String[] args) {
    int code = new CommandLine(new DedupJob()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
    if (code != 0) {
      System.exit(code); // a zero exit lets spark-submit stop the session and report success itself
    }
  }

  /** Runs the job with {@code args} on a session of the caller's, as tests do; returns the exit code. */
  public static int run(SparkSession spark, String... args) {
    DedupJob job = new DedupJob();
    job.spark = spark;
    return new CommandLine(job).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
  }

  @Override
  public Integer call() {
    if (threshold <= 0 || threshold > 1) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--threshold must be in (0, 1]");
    }
    SparkSession session = spark != null ? spark : SparkSession.builder().appName("rasm dedup").getOrCreate();
    long started = System.nanoTime();
    Dataset<Row> docs = Documents.read(session, inputFormat, input, field, idField);
    SparkDeduplicator dedup = new SparkDeduplicator(threshold, crossLingual == Switch.on, new RasmSettings(lexicons, boilerplate));
    Dataset<Row> result = dedup.run(docs).orderBy("idx").drop("idx");
    var writer = result.write().mode("errorifexists");
    if (outputFormat == OutputFormat.parquet) {
      writer.parquet(output);
    } else {
      writer.json(output);
    }
    Dataset<Row> written = outputFormat == OutputFormat.parquet ? session.read().parquet(output) : session.read().json(output);
    long n = written.count();
    long clusters = written.filter("kind = 'unique'").count();
    double seconds = (System.nanoTime() - started) / 1e9;
    long[] pairs = dedup.pairCounts();
    System.err.printf("rasm-spark: %d documents, %d clusters, %.1f%% removed, %.1f s, %.0f documents/s; pairs: %d candidates,"
        + " %d past the language rule and sketch, %d verified%n", n, clusters, n == 0 ? 0.0 : 100.0 * (n - clusters) / n,
        seconds, n / seconds, pairs[0], pairs[1], pairs[2]);
    return 0;
  }
}
