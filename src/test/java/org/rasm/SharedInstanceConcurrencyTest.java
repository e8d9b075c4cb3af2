package org.rasm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;
import org.junit.jupiter.api.Test;
import org.rasm.dedup.Signature;
import org.rasm.dedup.Signer;
import org.rasm.fold.FoldProfile;
import org.rasm.fold.Folded;
import org.rasm.lexicon.EntityType;
import org.rasm.lucene.RasmAnalyzer;
import org.rasm.romanize.Scheme;
import org.rasm.tag.Mention;

/**
 * One {@link Rasm} and one {@link RasmAnalyzer}, shared by 8 threads over thousands of documents, give the very
 * results one thread gives: every call of every document is written out as text and compared byte for byte. The
 * threads start together behind a barrier on instances nothing has used yet, so that they also race to build the
 * lazily made parts (resolver, tagger, stripper, Lingua's models).
 */
class SharedInstanceConcurrencyTest {
  private static final int THREADS = 8;

  @Test
  void eightThreadsOnOneInstanceGiveWhatOneThreadGives() throws Exception {
    List<String> docs = documents();
    assertTrue(docs.size() >= 2000, "documents: " + docs.size());

    long t0 = System.nanoTime();
    String[] together = new String[docs.size()];
    Worker shared = new Worker(Rasm.builder().build(), new RasmAnalyzer());
    AtomicInteger next = new AtomicInteger();
    CyclicBarrier start = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < THREADS; t++) {
        futures.add(pool.submit(() -> {
          start.await();
          for (int i = next.getAndIncrement(); i < docs.size(); i = next.getAndIncrement()) {
            together[i] = shared.run(docs.get(i));
          }
          return null;
        }));
      }
      for (Future<?> f : futures) {
        f.get(5, TimeUnit.MINUTES);
      }
    } finally {
      pool.shutdownNow();
    }

    long t1 = System.nanoTime();
    Worker alone = new Worker(Rasm.builder().build(), new RasmAnalyzer());
    int differ = 0;
    String firstDifference = null;
    for (int i = 0; i < docs.size(); i++) {
      String expected = alone.run(docs.get(i));
      if (!expected.equals(together[i])) {
        differ++;
        firstDifference = firstDifference != null ? firstDifference
            : "document " + i + ":\n one thread:  " + expected + "\n eight:       " + together[i];
      }
    }
    System.out.printf("%d documents (%d chars): %d threads %d ms, one thread %d ms%n", docs.size(),
        docs.stream().mapToLong(String::length).sum(), THREADS, (t1 - t0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000);
    assertEquals(0, differ, firstDifference);
  }

  /** Every call the library offers on one document, written out. */
  private record Worker(Rasm rasm, Analyzer analyzer, Signer signer) {
    Worker(Rasm rasm, Analyzer analyzer) {
      this(rasm, analyzer, new Signer(rasm, Signer.DEFAULT_PERMUTATIONS));
    }

    String run(String doc) throws IOException {
      StringBuilder out = new StringBuilder();
      for (FoldProfile p : FoldProfile.values()) {
        Folded f = rasm.normalize(doc, p);
        out.append(p).append(f.text()).append(f.toOriginal(0, f.text().length())).append('\n');
      }
      out.append(rasm.detect(doc)).append('\n');
      List<Mention> mentions = rasm.tag(doc);
      out.append(mentions).append('\n');
      out.append(rasm.strip(doc)).append('\n');
      for (Mention m : mentions.subList(0, Math.min(3, mentions.size()))) {
        out.append(rasm.explain(m.text())).append(rasm.resolve(m.text(), EntityType.PLACE)).append('\n');
      }
      String head = doc.substring(0, Math.min(24, doc.length()));
      String[] words = doc.strip().split("\\s+", 10);
      for (int i = 0; i + 1 < Math.min(words.length, 9); i++) {
        // pairs of words: mostly not names, so they go through every layer down to the fuzzy one
        out.append(rasm.resolve(words[i] + " " + words[i + 1])).append('\n');
      }
      for (Scheme s : Scheme.values()) {
        out.append(rasm.transliterate(head, s)).append('\n');
      }
      Signature sig = signer.sign("d", doc);
      out.append(sig.exact()).append(Arrays.toString(sig.shingles())).append(Arrays.toString(sig.minhash()))
          .append(sig.language()).append(sig.facts()).append('\n');
      try (TokenStream ts = analyzer.tokenStream("body", doc)) {
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        OffsetAttribute offset = ts.addAttribute(OffsetAttribute.class);
        PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
        PositionLengthAttribute length = ts.addAttribute(PositionLengthAttribute.class);
        TypeAttribute type = ts.addAttribute(TypeAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
          out.append(term).append(' ').append(offset.startOffset()).append(' ').append(offset.endOffset()).append(' ')
              .append(inc.getPositionIncrement()).append(' ').append(length.getPositionLength()).append(' ')
              .append(type.type()).append('|');
        }
        ts.end();
      }
      return out.toString();
    }
  }

  /**
   * The test documents and the dedup corpus, whole, cut into paragraphs and windows of lines, and recombined; and
   * generated hostile text ({@link MixedText}).
   */
  static List<String> documents() throws IOException {
    List<String> files = new ArrayList<>();
    for (Path dir : List.of(Path.of("testdata/docs"), Path.of("testdata/dedup/docs"))) {
      try (Stream<Path> s = Files.list(dir)) {
        for (Path p : s.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
          files.add(Files.readString(p, StandardCharsets.UTF_8));
        }
      }
    }
    List<String> docs = new ArrayList<>(files);
    List<String> paragraphs = new ArrayList<>();
    for (String f : files) {
      paragraphs.addAll(Arrays.stream(f.split("\n\\s*\n")).filter(p -> !p.isBlank()).toList());
      String[] lines = f.split("\n", -1);
      for (int i = 0; i < lines.length; i += 6) {
        docs.add(String.join("\n", Arrays.asList(lines).subList(i, Math.min(lines.length, i + 6))));
      }
    }
    docs.addAll(paragraphs);
    for (int i = 0; i < paragraphs.size(); i += 2) {
      // a paragraph of one document beside one of another, often of the other language
      docs.add(paragraphs.get(i) + "\n\n" + paragraphs.get((i * 7 + 13) % paragraphs.size()));
    }
    MixedText.text().sampleStream().limit(150).forEach(docs::add);
    return docs;
  }
}
