/**
 * Lucene analysis components, for Lucene, Solr, OpenSearch and Elasticsearch: a search for "Abu Kamal" finds the
 * report that says "البوكمال".
 *
 * <ul>
 *   <li>{@link org.rasm.lucene.RasmNormalizationFilter} ({@code rasmNormalization}): the {@code search} folding of
 *       each token;
 *   <li>{@link org.rasm.lucene.RasmCanonicalIdFilter} ({@code rasmCanonicalId}): a token carrying the canonical ID
 *       of every lexicon name in the stream, spanning the name;
 *   <li>{@link org.rasm.lucene.RasmAnalyzer}: both, after a tokenizer for both scripts.
 * </ul>
 *
 * The factories are registered for Lucene's SPI, so Solr schemas and {@code CustomAnalyzer} find them by name. This
 * package is an adapter on top of the others; nothing else in rasm imports it.
 */
package org.rasm.lucene;
