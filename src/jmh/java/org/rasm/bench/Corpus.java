package org.rasm.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The news text the benchmarks run on: our own documents in testdata/docs (Arabic, English and mixed). */
final class Corpus {
  private Corpus() {}

  static List<String> documents() {
    try (Stream<Path> files = Files.list(Path.of("testdata/docs"))) {
      List<String> docs = new ArrayList<>();
      for (Path f : files.sorted().toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        docs.add(text.startsWith("\uFEFF") ? text.substring(1) : text);
      }
      return docs;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The Arabic news reports (files named ar-*) of testdata/docs and testdata/tag/docs, one after the other. */
  static String arabicNews() {
    List<String> docs = new ArrayList<>();
    for (String dir : List.of("testdata/docs", "testdata/tag/docs")) {
      try (Stream<Path> files = Files.list(Path.of(dir))) {
        for (Path f : files.filter(p -> p.getFileName().toString().startsWith("ar-")).sorted().toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          docs.add(text.startsWith("\uFEFF") ? text.substring(1) : text);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return String.join("\n\n", docs);
  }

  /** All documents, one after the other. */
  static String mixed() {
    return String.join("\n\n", documents());
  }

  /** The documents' paragraphs (split at blank lines) with at least 100 characters. */
  static List<String> paragraphs() {
    List<String> paragraphs = new ArrayList<>();
    for (String doc : documents()) {
      for (String p : doc.split("\r?\n\\s*\r?\n")) {
        if (p.strip().length() >= 100) {
          paragraphs.add(p.strip());
        }
      }
    }
    return paragraphs;
  }

  /** Runs {@code text} through {@code analyzer}, as indexing would, and hands each term's length to the blackhole. */
  static void analyze(org.apache.lucene.analysis.Analyzer analyzer, String text, org.openjdk.jmh.infra.Blackhole bh) {
    try (org.apache.lucene.analysis.TokenStream ts = analyzer.tokenStream("body", text)) {
      var term = ts.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        bh.consume(term.length());
      }
      ts.end();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static long utf8Bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8).length;
  }
}
