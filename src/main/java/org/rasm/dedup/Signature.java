package org.rasm.dedup;

import java.util.Set;

/**
 * What deduplication compares of one document.
 *
 * <pre>{@code
 * Signature s = signer.sign("doc-1", text);
 * s.exact();        // the hash of the folded body without masthead and boilerplate
 * }</pre>
 *
 * @param id the document's name
 * @param exact a hash of the {@code search}-folded body after masthead and boilerplate are stripped
 * @param shingles the hashes of the body's word 3-grams, sorted, distinct; mentions stand as their entity ids and
 *     numbers as their value, so respelled names and digits of either system hash alike
 * @param minhash the MinHash of the shingles
 * @param language ISO 639-1 code of the body's language, or null
 * @param facts the language-independent facts of the body: entity ids, numbers, dates; for pairing translations
 */
public record Signature(String id, long exact, long[] shingles, long[] minhash, String language, Set<String> facts) {}
