package org.rasm.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Turns the command line's PATHs (files, folders read recursively, {@code -} for stdin) into documents, reporting
 * what cannot be read without stopping at it.
 */
final class Inputs {
  private final InputOptions options;
  private final Diagnostics diagnostics;
  private final ObjectMapper json;
  private final InputStream stdin;

  Inputs(InputOptions options, Diagnostics diagnostics, ObjectMapper json, InputStream stdin) {
    this.options = options;
    this.diagnostics = diagnostics;
    this.json = json;
    this.stdin = stdin;
  }

  /** Calls {@code sink} with each document, in order: the PATHs as given, each folder's files sorted by path. */
  void forEach(List<String> paths, Consumer<Document> sink) {
    if (paths.isEmpty()) {
      paths = List.of("-");
    }
    for (String p : paths) {
      if (p.equals("-")) {
        read("-", null, null, stdin, sink);
        continue;
      }
      Path path = Path.of(p);
      if (Files.isDirectory(path)) {
        for (Path file : filesBelow(path)) {
          readFile(file.toString(), file, path.relativize(file), sink);
        }
      } else {
        readFile(p, path, path.getFileName(), sink);
      }
    }
  }

  /** The regular files below {@code dir}, sorted, without hidden files and folders or links to elsewhere. */
  List<Path> filesBelow(Path dir) {
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(dir)) {
      walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
          .filter(f -> !isHidden(dir.relativize(f)))
          .sorted()
          .forEach(files::add);
    } catch (IOException | UncheckedIOException e) {
      diagnostics.fail(dir.toString(), "cannot list folder: " + e.getMessage());
    }
    return files;
  }

  private static boolean isHidden(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private void readFile(String name, Path file, Path relative, Consumer<Document> sink) {
    try (InputStream in = Files.newInputStream(file)) {
      read(name, file, relative, in, sink);
    } catch (NoSuchFileException e) {
      diagnostics.fail(name, "no such file or directory");
    } catch (IOException e) {
      diagnostics.fail(name, "cannot read: " + e.getMessage());
    }
  }

  private void read(String name, Path file, Path relative, InputStream in, Consumer<Document> sink) {
    try {
      if (options.input == InputOptions.Kind.jsonl) {
        readJsonLines(name, file, relative, in, sink);
      } else {
        byte[] bytes = in.readAllBytes();
        if (Utf8.hasNul(bytes, bytes.length)) {
          diagnostics.warn(name, "binary file (NUL bytes), skipped");
          return;
        }
        String text;
        try {
          text = Utf8.decode(bytes, bytes.length, options.onInvalid == InputOptions.OnInvalid.replace);
        } catch (Utf8.InvalidUtf8 e) {
          diagnostics.fail(name + ":" + e.line, "invalid UTF-8 at byte " + e.byteOffset + " (--on-invalid replace substitutes U+FFFD)");
          return;
        }
        sink.accept(new Document(name, text, file, relative, null, true));
      }
    } catch (IOException e) {
      diagnostics.fail(name, "cannot read: " + e.getMessage());
    }
  }

  private void readJsonLines(String name, Path file, Path relative, InputStream raw, Consumer<Document> sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    byte[] buf = new byte[8192];
    long lineNo = 0;
    while (true) {
      int len = 0;
      boolean tooLong = false;
      int b;
      while ((b = in.read()) != -1 && b != '\n') {
        if (len == options.maxRecordBytes) {
          tooLong = true;
          continue;
        }
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min((long) buf.length * 2, options.maxRecordBytes));
        }
        buf[len++] = (byte) b;
      }
      if (b == -1 && len == 0 && !tooLong) {
        return;
      }
      lineNo++;
      String place = name + ":" + lineNo;
      if (tooLong) {
        diagnostics.fail(place, "record longer than --max-record-bytes " + options.maxRecordBytes);
        continue;
      }
      String line;
      try {
        line = Utf8.decode(buf, len, options.onInvalid == InputOptions.OnInvalid.replace);
      } catch (Utf8.InvalidUtf8 e) {
        diagnostics.fail(place, "invalid UTF-8 at byte " + e.byteOffset + " of the line");
        continue;
      }
      if (!line.isBlank()) {
        record(place, line, file, relative, sink);
      }
      if (b == -1) {
        return;
      }
    }
  }

  private void record(String place, String line, Path file, Path relative, Consumer<Document> sink) {
    JsonNode node;
    try {
      node = json.readTree(line);
    } catch (JsonProcessingException e) {
      diagnostics.fail(place, "not JSON: " + e.getOriginalMessage());
      return;
    }
    if (!(node instanceof ObjectNode object)) {
      diagnostics.fail(place, "not a JSON object");
      return;
    }
    JsonNode text = object.get(options.field);
    if (text == null || !text.isTextual()) {
      diagnostics.fail(place, "no text field '" + options.field + "'");
      return;
    }
    JsonNode id = options.idField == null ? null : object.get(options.idField);
    String name = id == null || id.isNull() ? place : id.asText();
    sink.accept(new Document(name, text.textValue(), file, relative, object, false));
  }
}
