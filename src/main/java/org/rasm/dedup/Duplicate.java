package org.rasm.dedup;

/**
 * Where one document stands after deduplication.
 *
 * <pre>{@code
 * for (Duplicate d : new Deduplicator(0.5, true).run(signatures)) {
 *   System.out.println(d.doc() + " " + d.kind() + " of " + d.of());
 * }
 * }</pre>
 *
 * @param doc the document
 * @param cluster the cluster's number, from 0, in order of first appearance
 * @param kind {@code unique} (the document the cluster keeps), {@code exact}, {@code near} or {@code translation}
 * @param of the cluster's representative: its first document
 * @param score how alike the document is to the one it was matched with, 0 to 1 (1 for the representative)
 */
public record Duplicate(String doc, int cluster, String kind, String of, double score) {}
