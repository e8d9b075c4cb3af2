package org.rasm.cli;

import java.io.PrintWriter;
import java.util.ArrayDeque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs the work of each document on several threads and hands the results on in input order. At most a few
 * documents per thread are in flight, so memory stays flat however many documents there are. Redraws a count of
 * the documents done, and their rate, on the progress writer it is given (the command passes stderr only in a
 * terminal).
 */
final class OrderedWork<R> implements AutoCloseable {
  private final ExecutorService pool;
  private final ArrayDeque<Future<R>> inFlight = new ArrayDeque<>();
  private final int window;
  private final Consumer<R> sink;
  private final PrintWriter progress;
  private long done;
  private final long started = System.nanoTime();

  /** @param progress where a count of the documents done is redrawn, or null for none */
  OrderedWork(int threads, Consumer<R> sink, PrintWriter progress) {
    this.pool = threads > 1 ? Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "rasm-worker");
      t.setDaemon(true);
      return t;
    }) : null;
    this.window = Math.max(1, threads * 4);
    this.sink = sink;
    this.progress = progress;
  }

  /** The number of threads by default: every core. */
  static int allCores() {
    return Runtime.getRuntime().availableProcessors();
  }

  void submit(Supplier<R> work) {
    if (pool == null) {
      emit(work.get());
      return;
    }
    inFlight.add(pool.submit(work::get));
    while (inFlight.size() >= window) {
      emit(next());
    }
  }

  private R next() {
    try {
      return inFlight.remove().get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }

  private void emit(R result) {
    sink.accept(result);
    done++;
    if (progress != null && done % 100 == 0) {
      double seconds = (System.nanoTime() - started) / 1e9;
      progress.printf(java.util.Locale.ROOT, "\rrasm: %,d documents, %,.0f/s", done, done / Math.max(seconds, 1e-3));
      progress.flush();
    }
  }

  /** Hands on the results of all the work submitted so far, waiting for it. */
  void drain() {
    while (!inFlight.isEmpty()) {
      emit(next());
    }
  }

  @Override
  public void close() {
    drain();
    if (pool != null) {
      pool.shutdownNow();
    }
    if (progress != null && done >= 100) {
      progress.printf(java.util.Locale.ROOT, "\rrasm: %,d documents%30s%n", done, "");
    }
  }
}
