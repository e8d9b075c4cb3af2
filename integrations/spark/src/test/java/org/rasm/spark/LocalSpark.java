package org.rasm.spark;

import org.apache.spark.sql.SparkSession;

/** The one session of a test class: local, two threads, no UI, bound to the loopback, few shuffle partitions. */
final class LocalSpark {
  private LocalSpark() {}

  static SparkSession start(String name) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(name)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.default.parallelism", "2")
        .config("spark.sql.adaptive.enabled", "false")
        .getOrCreate();
  }
}
