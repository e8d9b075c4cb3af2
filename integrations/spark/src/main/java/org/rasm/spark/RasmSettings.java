package org.rasm.spark;

import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;
import org.rasm.Rasm;
import org.rasm.dedup.Signer;

/**
 * What the rasm instance of an executor is built from: the user's lexicon and boilerplate files on top of the bundled
 * ones. Only these names travel with a task; the instance is built once per JVM and settings, lexicons loaded once,
 * and shared by every task and thread of that JVM.
 *
 * <p>A file is found at its path when the executor has it there (a shared file system, local mode), else by its name
 * among the files shipped with {@code spark-submit --files}.
 *
 * <pre>{@code
 * RasmSettings settings = new RasmSettings(List.of("my-places.tsv"), List.of());
 * settings.rasm().tag(text);   // on an executor
 * }</pre>
 *
 * Immutable and thread-safe.
 */
public final class RasmSettings implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final Map<RasmSettings, Rasm> INSTANCES = new ConcurrentHashMap<>();
  private static final Map<RasmSettings, Signer> SIGNERS = new ConcurrentHashMap<>();

  private final List<String> lexicons;
  private final List<String> boilerplate;

  /**
   * @param lexicons lexicon files of the user's own, as {@code rasm --lexicon} takes them
   * @param boilerplate boilerplate pattern files, as {@code rasm --boilerplate} takes them
   */
  public RasmSettings(List<String> lexicons, List<String> boilerplate) {
    this.lexicons = List.copyOf(lexicons);
    this.boilerplate = List.copyOf(boilerplate);
  }

  /** The bundled lexicons and boilerplate only. */
  public static RasmSettings defaults() {
    return new RasmSettings(List.of(), List.of());
  }

  /** This JVM's instance for these settings, built on first use. */
  public Rasm rasm() {
    return INSTANCES.computeIfAbsent(this, RasmSettings::build);
  }

  /** This JVM's signer for dedup, with the MinHash length {@code rasm dedup} signs with. */
  public Signer signer() {
    return SIGNERS.computeIfAbsent(this, s -> new Signer(s.rasm(), Signer.DEFAULT_PERMUTATIONS));
  }

  private Rasm build() {
    if (lexicons.isEmpty() && boilerplate.isEmpty()) {
      return Rasm.defaults();
    }
    Rasm rasm = Rasm.builder().lexicons(lexicons.stream().map(RasmSettings::locate).toList())
        .boilerplate(boilerplate.stream().map(RasmSettings::locate).toList()).build();
    rasm.strip(""); // a broken boilerplate file fails here, at the first task, not in the middle of a document
    return rasm;
  }

  private static Path locate(String file) {
    Path path = Path.of(file);
    if (Files.isRegularFile(path)) {
      return path;
    }
    return Path.of(SparkFiles.get(path.getFileName().toString()));
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RasmSettings s && s.lexicons.equals(lexicons) && s.boilerplate.equals(boilerplate);
  }

  @Override
  public int hashCode() {
    return lexicons.hashCode() * 31 + boilerplate.hashCode();
  }

  @Override
  public String toString() {
    return "RasmSettings[lexicons=" + lexicons + ", boilerplate=" + boilerplate + "]";
  }
}
