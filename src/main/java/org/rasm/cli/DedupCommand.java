package org.rasm.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.rasm.Rasm;
import org.rasm.dedup.Deduplication;
import org.rasm.dedup.Deduplicator;
import org.rasm.dedup.Signature;
import org.rasm.dedup.Signer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "dedup",
    mixinStandardHelpOptions = true,
    description = {
        "Find exact copies, near copies and translations among documents. One JSON object per document:",
        "  {\"doc\", \"cluster\", \"kind\" (unique, exact, near or translation), \"of\" (the cluster's first document), \"score\"}",
        "A summary goes to stderr: documents, clusters, share removed, time."
    },
    footer = {"", "Examples:", "  rasm dedup testdata/dedup/docs", "  rasm dedup --threshold 0.6 --cross-lingual off archive/",
        "  rasm dedup --keep unique/ archive/", "  rasm dedup --input jsonl --field body --id-field url posts.jsonl",
        "  rasm dedup --memory 512 --temp-dir /data/tmp --input jsonl --id-field id archive.jsonl"})
final class DedupCommand implements Callable<Integer> {
  @ParentCommand RasmCommand top;
  @Spec CommandSpec spec;
  @Mixin InputOptions input = new InputOptions();
  @Mixin LexiconOptions lexicon = new LexiconOptions();
  @Mixin BoilerplateOptions boilerplate = new BoilerplateOptions();

  @Option(names = "--format", paramLabel = "jsonl", description = "jsonl (the only format for now).")
  String format = "jsonl";

  @Option(names = "--threshold", paramLabel = "J", description = "Jaccard similarity of near copies, 0 to 1 (default: ${DEFAULT-VALUE}).")
  double threshold = Deduplicator.DEFAULT_THRESHOLD;

  @Option(names = "--cross-lingual", paramLabel = "on|off", description = "Pair reports with their translations (default: ${DEFAULT-VALUE}).")
  Switch crossLingual = Switch.on;

  enum Switch { on, off }

  @Option(names = "--keep", paramLabel = "DIR", description = "Write one document per cluster, its first, below DIR, atomically.")
  Path keep;

  @Option(names = "--threads", paramLabel = "N", description = "Threads to sign documents with (default: every core).")
  int threads = OrderedWork.allCores();

  @Option(names = "--memory", paramLabel = "MB",
      description = "Memory to hold bucket keys and evidence in before they go to disk (default: a quarter of the heap).")
  Long memoryMb;

  @Option(names = "--temp-dir", paramLabel = "DIR", description = "Where keys, evidence and kept documents spill (default: the system's).")
  Path tempDir = Path.of(System.getProperty("java.io.tmpdir"));

  @Parameters(paramLabel = "PATH", description = "Files or folders (read recursively); - or none for stdin.")
  List<String> paths = new ArrayList<>();

  @Override
  public Integer call() throws IOException {
    if (!format.equals("jsonl")) {
      throw new ParameterException(spec.commandLine(), "unknown --format '" + format + "': expected jsonl");
    }
    if (threshold <= 0 || threshold > 1 || threads < 1 || (memoryMb != null && memoryMb < 1)) {
      throw new ParameterException(spec.commandLine(), "--threshold must be in (0, 1], --threads and --memory at least 1");
    }
    long started = System.nanoTime();
    Rasm rasm = boilerplate.build(spec, lexicon);
    Signer signer = new Signer(rasm, Signer.DEFAULT_PERMUTATIONS);
    Diagnostics diagnostics = new Diagnostics(top.err, input.failFast);
    Deduplicator deduplicator = new Deduplicator(threshold, crossLingual == Switch.on)
        .memoryBudget(memoryMb != null ? memoryMb << 20 : Runtime.getRuntime().maxMemory() / 4, tempDir);
    int[] counts = new int[2]; // documents, clusters
    long[] signed = {started};
    Map<Path, AtomicFiles.Pending> records = new LinkedHashMap<>(); // --keep's JSON lines files, by target
    try (Deduplication dedup = deduplicator.start(); Spool kept = keep != null ? new Spool(tempDir) : null) {
      try (OrderedWork<Signature> work = new OrderedWork<>(threads, dedup::add, top.terminal ? top.err : null)) {
        new Inputs(input, diagnostics, top.json, top.stdin).forEach(paths, doc -> {
          if (kept != null) {
            try {
              kept.add(doc);
            } catch (IOException e) {
              throw new UncheckedIOException("cannot set documents aside in " + tempDir + ": " + e.getMessage(), e);
            }
          }
          work.submit(() -> signer.sign(doc.name(), doc.text()));
        });
      } catch (Diagnostics.FailFast e) {
        // reported already
      }
      signed[0] = System.nanoTime();
      if (diagnostics.stopped()) {
        // clusters of the documents read so far would look like a result, and --keep like a complete one
        top.out.flush();
        return diagnostics.exitCode();
      }
      try {
        dedup.finish(d -> {
          try {
            top.out.println(top.json.writeValueAsString(top.json.createObjectNode().put("doc", d.doc()).put("cluster", d.cluster())
                .put("kind", d.kind()).put("of", d.of()).put("score", d.score())));
            if (kept != null && d.kind().equals("unique")) {
              write(kept.get(counts[0]), records, diagnostics);
            }
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          counts[0]++;
          counts[1] = Math.max(counts[1], d.cluster() + 1);
        });
        for (Map.Entry<Path, AtomicFiles.Pending> r : records.entrySet()) {
          try {
            r.getValue().commit();
          } catch (IOException e) {
            diagnostics.fail(r.getKey().toString(), "cannot write to " + keep + ": " + Diagnostics.reason(e));
          }
        }
      } catch (Diagnostics.FailFast e) {
        // a representative that could not be kept, reported already: the rest is not written as if complete
      }
    } finally {
      for (AtomicFiles.Pending r : records.values()) {
        r.close(); // after a commit, only the handle; otherwise the unfinished file too
      }
    }
    top.out.flush();
    int n = counts[0];
    long ended = System.nanoTime();
    top.err.printf("rasm: %d documents, %d clusters, %.1f%% removed, %.1f s (reading and signing %.1f s, clustering %.1f s)%n", n,
        counts[1], n == 0 ? 0.0 : 100.0 * (n - counts[1]) / n, (ended - started) / 1e9, (signed[0] - started) / 1e9,
        (ended - signed[0]) / 1e9);
    return diagnostics.exitCode();
  }

  /**
   * Writes a cluster's representative below {@code --keep}: a text document as its own file, a JSON record as a line
   * of the file it came from, which appears, complete, when the run ends.
   */
  private void write(Spool.Entry doc, Map<Path, AtomicFiles.Pending> records, Diagnostics diagnostics) {
    Path relative = doc.relative() != null ? doc.relative() : Path.of(fileName(doc.name()) + (doc.json() != null ? ".jsonl" : ".txt"));
    try {
      Path target = AtomicFiles.inside(keep, relative);
      if (doc.json() == null) {
        AtomicFiles.write(target, doc.text().getBytes(StandardCharsets.UTF_8));
      } else {
        AtomicFiles.Pending file = records.get(target);
        if (file == null) {
          file = new AtomicFiles.Pending(target);
          records.put(target, file);
        }
        file.write((doc.json() + "\n").getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      diagnostics.fail(doc.name(), "cannot write to " + keep + ": " + e.getMessage());
    }
  }

  /** A document's name as a plain file name: letters of any script and digits kept, never hidden, never a path. */
  static String fileName(String name) {
    String plain = name.replaceAll("[^\\p{L}\\p{N}._-]", "_");
    return plain.isEmpty() || plain.startsWith(".") ? "_" + plain : plain;
  }
}
