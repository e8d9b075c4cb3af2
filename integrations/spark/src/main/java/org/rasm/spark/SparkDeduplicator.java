package org.rasm.spark;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.LongAccumulator;
import org.rasm.dedup.BucketKeys;
import org.rasm.dedup.Deduplicator;
import org.rasm.dedup.Evidence;
import org.rasm.dedup.Layer;
import org.rasm.dedup.PairVerifier;
import org.rasm.dedup.Signature;
import org.rasm.dedup.Signer;

/**
 * {@code rasm dedup} on Spark, with the core's own bucket keys, language rule and pair verification
 * ({@link BucketKeys}, {@link Layer}, {@link PairVerifier}), so the two cannot drift apart:
 *
 * <ol>
 *   <li>each document is signed on an executor into its {@link Evidence} and bucket keys;
 *   <li>the keys are grouped by Spark; in each bucket, in input order, a document is a candidate with each of the
 *       bucket's first {@link Layer#comparedPerBucket()} documents before it;
 *   <li>candidates whose languages the layer allows, and whose MinHash sketches can pass
 *       ({@link PairVerifier#plausible}), are verified on their evidence, joined in by document;
 *   <li>verified pairs are joined into clusters by {@link ConnectedComponents}, labelled with their lowest document.
 * </ol>
 *
 * <p>The clusters are those of {@code rasm dedup}: it skips only pairs already joined, or that failed verification
 * in another bucket, so its union-find ends with the connected components of all verified candidates. A cluster is
 * numbered in order of its first document, which is its representative ({@code of}). How a document joined
 * ({@code kind}, {@code score}) is one of its verified links, the lowest layer and then the highest score; where a
 * document has several, {@code rasm dedup} may name another, the one it happened to verify first.
 *
 * <p>One instance per run, used by one thread: {@link #run} registers the counters {@link #pairCounts()} reads. Its
 * settings travel to the executors by serialisation.
 */
public final class SparkDeduplicator implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final StructType SIGNED = new StructType()
      .add("idx", DataTypes.LongType, false)
      .add("id", DataTypes.StringType, false)
      .add("evidence", DataTypes.BinaryType, false)
      .add("language", DataTypes.StringType, true)
      .add("sketch", DataTypes.BinaryType, false)
      .add("shingles", DataTypes.IntegerType, false)
      .add("keys", DataTypes.createArrayType(DataTypes.LongType, false), false);
  private static final StructType PAIRS = new StructType()
      .add("a", DataTypes.LongType, false)
      .add("b", DataTypes.LongType, false)
      .add("layer", DataTypes.IntegerType, false);
  private static final StructType EDGES = PAIRS.add("score", DataTypes.DoubleType, false);
  /** The output, as {@code rasm dedup} writes it, after the input position. */
  public static final StructType RESULT = new StructType()
      .add("idx", DataTypes.LongType, false)
      .add("doc", DataTypes.StringType, false)
      .add("cluster", DataTypes.LongType, false)
      .add("kind", DataTypes.StringType, false)
      .add("of", DataTypes.StringType, false)
      .add("score", DataTypes.DoubleType, false);

  private final double threshold;
  private final boolean crossLingual;
  private final RasmSettings settings;
  private LongAccumulator candidateCount;
  private LongAccumulator plausibleCount;
  private LongAccumulator verifiedCount;

  /**
   * @param threshold the Jaccard similarity of near copies, as {@code rasm dedup --threshold}
   * @param crossLingual whether translations are paired, as {@code rasm dedup --cross-lingual}
   */
  public SparkDeduplicator(double threshold, boolean crossLingual, RasmSettings settings) {
    new PairVerifier(threshold); // refuses a threshold out of (0, 1] here, on the driver
    this.threshold = threshold;
    this.crossLingual = crossLingual;
    this.settings = settings;
  }

  public SparkDeduplicator(RasmSettings settings) {
    this(Deduplicator.DEFAULT_THRESHOLD, true, settings);
  }

  /**
   * @param docs {@code (idx, id, text)}, {@code idx} numbering the documents in input order from 0, as
   *     {@link Documents#read} gives them
   * @return one row per document, {@link #RESULT}; sort by {@code idx} for the input order
   */
  public Dataset<Row> run(Dataset<Row> docs) {
    SparkSession spark = docs.sparkSession();
    candidateCount = spark.sparkContext().longAccumulator("rasm candidate pairs");
    plausibleCount = spark.sparkContext().longAccumulator("rasm plausible pairs");
    verifiedCount = spark.sparkContext().longAccumulator("rasm verified pairs");
    Dataset<Row> signed = spark.createDataFrame(docs.select("idx", "id", "text").javaRDD().mapPartitions(this::sign), SIGNED)
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> evidence = signed.select("idx", "evidence");

    Dataset<Row> pairs = signed.select(col("idx"), explode(col("keys")).as("key"))
        .groupBy("key").agg(collect_list("idx").as("docs"))
        .filter(size(col("docs")).gt(1))
        .flatMap((FlatMapFunction<Row, Row>) SparkDeduplicator::candidates, Encoders.row(PAIRS))
        .distinct();
    // first on what little each document needs for the language rule and the sketch test (about 120 bytes), which
    // turn away most candidates, so that only the rest carry their whole evidence through a shuffle
    Dataset<Row> summary = signed.select("idx", "language", "sketch", "shingles");
    Dataset<Row> plausible = pairs
        .join(summary.select(col("idx").as("a"), col("language").as("la"), col("sketch").as("sa"), col("shingles").as("na")), "a")
        .join(summary.select(col("idx").as("b"), col("language").as("lb"), col("sketch").as("sb"), col("shingles").as("nb")), "b")
        .select("a", "b", "layer", "la", "sa", "na", "lb", "sb", "nb")
        .filter((FilterFunction<Row>) this::plausible)
        .select("a", "b", "layer");
    JavaRDD<Row> verified = plausible
        .join(evidence.select(col("idx").as("a"), col("evidence").as("ea")), "a")
        .join(evidence.select(col("idx").as("b"), col("evidence").as("eb")), "b")
        .select("a", "b", "layer", "ea", "eb")
        .javaRDD().mapPartitions(this::verify);
    Dataset<Row> edges = spark.createDataFrame(verified, EDGES).persist(StorageLevel.MEMORY_AND_DISK());

    Dataset<Row> labels = ConnectedComponents.of(edges.select("a", "b"));
    // how a document joined: its link of the lowest layer, then of the highest score
    Dataset<Row> links = edges.select(col("b").as("v"), col("layer"), col("score"))
        .union(edges.select(col("a").as("v"), col("layer"), col("score")))
        .groupBy("v").agg(min(struct(col("layer"), col("score").multiply(-1).as("negated"))).as("link"));
    Dataset<Row> placed = signed.select(col("idx"), col("id").as("doc"))
        .join(labels, col("idx").equalTo(col("v")), "left")
        .select(col("idx"), col("doc"), coalesce(col("label"), col("idx")).as("rep"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // clusters are numbered in order of their first document, the one every member is labelled with
    JavaRDD<Row> numbered = placed.filter(col("rep").equalTo(col("idx"))).select("idx", "doc").orderBy("idx")
        .javaRDD().zipWithIndex().map(t -> RowFactory.create(t._1().getLong(0), t._1().getString(1), t._2()));
    Dataset<Row> clusters = spark.createDataFrame(numbered, new StructType().add("rep", DataTypes.LongType, false)
        .add("of", DataTypes.StringType, false).add("cluster", DataTypes.LongType, false));

    Column layer = col("link.layer");
    Column kind = null;
    for (Layer l : Layer.values()) {
      kind = kind == null ? when(layer.equalTo(l.ordinal()), l.kind()) : kind.when(layer.equalTo(l.ordinal()), l.kind());
    }
    Column unique = col("rep").equalTo(col("idx"));
    return placed.join(clusters, "rep").join(links, col("idx").equalTo(col("v")), "left")
        .select(col("idx"), col("doc"), col("cluster"), when(unique, lit("unique")).otherwise(kind).as("kind"), col("of"),
            when(unique, lit(1.0)).otherwise(col("link.negated").multiply(-1)).as("score"));
  }

  private Iterator<Row> sign(Iterator<Row> docs) {
    Signer signer = settings.signer();
    BucketKeys bucketKeys = new BucketKeys(BucketKeys.DEFAULT_BANDS, crossLingual);
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return docs.hasNext();
      }

      @Override
      public Row next() {
        Row doc = docs.next();
        Signature s = signer.sign(doc.getString(1), doc.isNullAt(2) ? "" : doc.getString(2));
        Evidence e = Evidence.of(s);
        long[] keys = new long[128];
        int[] n = {0};
        bucketKeys.forEach(s, e, key -> {
          if (n[0] == keys.length) {
            throw new IllegalStateException("more bucket keys than " + keys.length);
          }
          keys[n[0]++] = key;
        });
        return RowFactory.create(doc.getLong(0), doc.getString(1), e.toBytes(), e.language(), e.sketch(), e.shingles().length,
            java.util.Arrays.copyOf(keys, n[0]));
      }
    };
  }

  /**
   * The candidate pairs of one bucket, (earlier, later, layer): each document with the bucket's first documents
   * before it, as many as its layer compares. Lazy: a boilerplate bucket may hold millions.
   */
  private static Iterator<Row> candidates(Row bucket) {
    Layer layer = BucketKeys.layer(bucket.getLong(0));
    long[] docs = bucket.<Long>getList(1).stream().mapToLong(Long::longValue).sorted().toArray();
    int window = layer.comparedPerBucket();
    return new Iterator<>() {
      int later = 1;
      int earlier = 0;

      @Override
      public boolean hasNext() {
        return later < docs.length;
      }

      @Override
      public Row next() {
        Row pair = RowFactory.create(docs[earlier], docs[later], layer.ordinal());
        if (++earlier >= Math.min(later, window)) {
          later++;
          earlier = 0;
        }
        return pair;
      }
    };
  }

  private boolean plausible(Row c) {
    Layer layer = Layer.values()[c.getInt(2)];
    candidateCount.add(1);
    boolean plausible = c.getLong(0) != c.getLong(1) && layer.comparable(c.getString(3), c.getString(6))
        && new PairVerifier(threshold).plausible(layer, c.getAs(4), c.getInt(5), c.getAs(7), c.getInt(8));
    if (plausible) {
      plausibleCount.add(1);
    }
    return plausible;
  }

  /**
   * After {@link #run} has been computed: the distinct candidate pairs, those that passed the language rule and sketch
   * test, and those verified. Spark may count a retried task twice.
   */
  public long[] pairCounts() {
    return new long[] {candidateCount.value(), plausibleCount.value(), verifiedCount.value()};
  }

  private Iterator<Row> verify(Iterator<Row> pairs) {
    PairVerifier verifier = new PairVerifier(threshold);
    Layer[] layers = Layer.values();
    List<Row> verified = new ArrayList<>();
    long[] lastB = {-1};
    Evidence[] last = new Evidence[1];
    pairs.forEachRemaining(c -> {
      Layer layer = layers[c.getInt(2)];
      Evidence a = Evidence.fromBytes(c.getAs(3));
      // the last join is on b, so a partition's rows come grouped by it: each is read once
      if (c.getLong(1) != lastB[0]) {
        lastB[0] = c.getLong(1);
        last[0] = Evidence.fromBytes(c.getAs(4));
      }
      Evidence b = last[0];
      if (c.getLong(0) != c.getLong(1) && layer.comparable(a.language(), b.language())) {
        double s = verifier.score(layer, a, b);
        if (s > 0) {
          // rounded as rasm dedup rounds it: held as a float, then to three places
          verifiedCount.add(1);
          verified.add(RowFactory.create(c.getLong(0), c.getLong(1), c.getInt(2), Math.round((float) s * 1000) / 1000.0));
        }
      }
    });
    return verified.iterator();
  }
}
