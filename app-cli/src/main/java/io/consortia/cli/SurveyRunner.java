package io.consortia.cli;

import io.consortia.io.input.InputException;
import io.consortia.cli.input.PopulationReader;
import io.consortia.survey.Generator;
import io.consortia.survey.Survey;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a survey over a population on K threads, each with a {@link Survey} of its own, merged at
 * the end (counts add up, so the result does not depend on K or on which thread took which
 * profile). A synthetic population is split by index in blocks that the threads take in turn;
 * inputs are read on the calling thread and handed to the K threads through a bounded queue, so
 * memory stays flat however large the population. A bad input is named on stderr and counted as
 * rejected; a profile the kernel fails on is named as an internal error and counted as failed;
 * either way the survey goes on.
 */
final class SurveyRunner {

    /** Synthetic profiles a thread takes at a time. */
    private static final int BLOCK = 512;
    /** Items handed to a thread at a time, and the bytes they may hold. */
    private static final int BATCH = 256;
    private static final int BATCH_BYTES = 1 << 20;
    /** Warnings (unknown fields) shown before the rest are only counted. */
    private static final int MAX_WARNINGS = 20;

    private static final List<PopulationReader.Item> END = List.of();

    private final ConsortiaCommand top;
    private final Survey prototype;
    private final int threads;
    private final Progress progress;
    private final AtomicLong done = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    private final AtomicInteger warnings = new AtomicInteger();
    /** The first error (out of memory, say) that stops a thread; it stops the run. */
    private final AtomicReference<Throwable> fatal = new AtomicReference<>();

    SurveyRunner(ConsortiaCommand top, Survey prototype, int threads, Progress progress) {
        this.top = top;
        this.prototype = prototype;
        this.threads = threads;
        this.progress = progress;
    }

    /** Profiles the kernel failed on (internal errors). */
    long failed() {
        return failed.get();
    }

    /** Warnings beyond those shown. */
    int hiddenWarnings() {
        return Math.max(0, warnings.get() - MAX_WARNINGS);
    }

    /** Surveys profiles 0 to n − 1 of the generator. */
    Survey synthetic(Generator generator, long n) {
        AtomicLong next = new AtomicLong();
        return run(survey -> {
            long from;
            while (fatal.get() == null && (from = next.getAndAdd(BLOCK)) < n) {
                long to = Math.min(n, from + BLOCK);
                for (long i = from; i < to; i++) {
                    survey.add(generator.profile(i));
                }
                progress.stepTo(done.addAndGet(to - from));
            }
        }, null);
    }

    /** Surveys the profiles of the inputs, read with the reader. */
    Survey inputs(PopulationReader reader, List<String> inputs, Survey readerSide) {
        if (threads == 1) {
            Survey survey = prototype.fresh();
            reader.read(inputs, item -> add(reader, survey, item, 1));
            return survey.merge(readerSide);
        }
        BlockingQueue<List<PopulationReader.Item>> queue = new ArrayBlockingQueue<>(2 * threads);
        return run(survey -> {
            while (true) {
                List<PopulationReader.Item> batch = take(queue);
                if (batch == END) {
                    return;
                }
                for (PopulationReader.Item item : batch) {
                    add(reader, survey, item, 0);
                }
                progress.stepTo(done.addAndGet(batch.size()));
            }
        }, () -> {
            List<PopulationReader.Item>[] batch = newBatch();
            long[] bytes = {0};
            try {
                reader.read(inputs, item -> {
                    batch[0].add(item);
                    bytes[0] += item.bytes().length;
                    if (batch[0].size() >= BATCH || bytes[0] >= BATCH_BYTES) {
                        put(queue, batch[0]);
                        batch[0] = newBatch()[0];
                        bytes[0] = 0;
                    }
                });
                put(queue, batch[0]);
            } finally {
                for (int i = 0; i < threads; i++) {
                    put(queue, END);
                }
            }
        }).merge(readerSide);
    }

    @SuppressWarnings("unchecked")
    private static List<PopulationReader.Item>[] newBatch() {
        return new List[] {new ArrayList<PopulationReader.Item>(BATCH)};
    }

    /** Reads and adds one item; a bad one is named and rejected, one the kernel fails on is named and counted. */
    private void add(PopulationReader reader, Survey survey, PopulationReader.Item item, int step) {
        try {
            survey.add(reader.profile(item, this::warn));
        } catch (InputException bad) {
            survey.reject();
            synchronized (top.err) {
                bad.lines().forEach(line -> top.err.println("error: " + line));
            }
        } catch (RuntimeException | StackOverflowError e) {
            failed.incrementAndGet();
            synchronized (top.err) {
                Main.internalError(top, e, item.where());
            }
        }
        if (step > 0 && (done.incrementAndGet() & 255) == 0) {
            progress.stepTo(done.get());
        }
    }

    private void warn(String line) {
        if (warnings.incrementAndGet() <= MAX_WARNINGS) {
            synchronized (top.err) {
                top.err.println("warning: " + line);
            }
        }
    }

    private List<PopulationReader.Item> take(BlockingQueue<List<PopulationReader.Item>> queue) {
        try {
            while (true) {
                List<PopulationReader.Item> batch = queue.poll(100, TimeUnit.MILLISECONDS);
                if (batch != null) {
                    return batch;
                }
                if (fatal.get() != null) {
                    return END;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return END;
        }
    }

    private void put(BlockingQueue<List<PopulationReader.Item>> queue, List<PopulationReader.Item> batch) {
        try {
            while (!queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                if (fatal.get() != null) {
                    return;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** What one thread does with its own survey. */
    private interface Work {
        void run(Survey survey);
    }

    /**
     * Runs the work on K threads (on the calling thread when K is 1 and there is nothing to read),
     * with the feeder (if any) on the calling thread; returns the merged survey. The first error
     * that stops a thread is rethrown here.
     */
    private Survey run(Work work, Runnable feeder) {
        if (threads == 1 && feeder == null) {
            Survey survey = prototype.fresh();
            work.run(survey);
            return survey;
        }
        // Each thread makes its own survey, so that its counters are allocated in its own memory
        // (two surveys made one after the other would share cache lines at their edges, and
        // every profile writes to them).
        Survey[] surveys = new Survey[threads];
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int slot = t;
            Thread thread = new Thread(() -> {
                try {
                    Survey survey = prototype.fresh();
                    surveys[slot] = survey;
                    work.run(survey);
                } catch (Throwable e) {
                    fatal.compareAndSet(null, e);
                }
            }, "survey-" + (t + 1));
            thread.setDaemon(true);
            workers.add(thread);
            thread.start();
        }
        try {
            if (feeder != null) {
                feeder.run();
            }
        } catch (RuntimeException | Error e) {
            fatal.compareAndSet(null, e);
        }
        for (Thread thread : workers) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fatal.compareAndSet(null, e);
                break;
            }
        }
        Throwable e = fatal.get();
        if (e instanceof RuntimeException r) {
            throw r;
        }
        if (e instanceof Error err) {
            throw err;
        }
        if (e != null) {
            throw new IllegalStateException(e);
        }
        Survey all = surveys[0];
        for (int i = 1; i < surveys.length; i++) {
            all.merge(surveys[i]);
        }
        return all;
    }
}
