package org.rasm.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.min;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The connected components of an undirected graph, each vertex labelled with the least vertex of its component: for
 * dedup, the lowest document index, which is the cluster's representative.
 *
 * <p>Min-label propagation on DataFrames: each round every vertex takes the least label among itself and its
 * neighbours, then the label of its label (pointer jumping), until no label changes. Labels only fall and always name
 * a vertex of the component, so the fixed point is the component's minimum; pointer jumping keeps the rounds near the
 * logarithm of a component's diameter, and dedup components are mostly stars. Each round is checkpointed locally so
 * the plan does not grow with the rounds. GraphX would do the same in Pregel over RDDs, with one more dependency and
 * a round per unit of diameter.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /**
   * @param edges columns {@code a} and {@code b}, vertex ids (long); either direction, repeats allowed
   * @return {@code (v, label)} for every vertex of an edge
   */
  public static Dataset<Row> of(Dataset<Row> edges) {
    Dataset<Row> links = edges.select(col("a").as("src"), col("b").as("dst"))
        .union(edges.select(col("b").as("src"), col("a").as("dst")))
        .filter(col("src").notEqual(col("dst")))
        .distinct()
        .localCheckpoint();
    Dataset<Row> labels = links.groupBy("src").agg(min("dst").as("m"))
        .select(col("src").as("v"), least(col("src"), col("m")).as("label"))
        .localCheckpoint();
    while (true) {
      Dataset<Row> neighbours = links.join(labels.select(col("v").as("dst"), col("label").as("nl")), "dst")
          .groupBy("src").agg(min("nl").as("nl"));
      Dataset<Row> lowered = labels.join(neighbours, col("v").equalTo(col("src")))
          .select(col("v"), least(col("label"), col("nl")).as("label"));
      Dataset<Row> jumped = lowered.join(lowered.select(col("v").as("w"), col("label").as("ll")),
              col("label").equalTo(col("w")))
          .select(col("v"), least(col("label"), col("ll")).as("label"))
          .localCheckpoint();
      long changed = jumped.join(labels.select(col("v"), col("label").as("old")), "v")
          .filter(col("label").notEqual(col("old"))).count();
      labels = jumped;
      if (changed == 0) {
        return labels;
      }
    }
  }
}
