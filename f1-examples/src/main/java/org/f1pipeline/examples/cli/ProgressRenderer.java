package org.f1pipeline.examples.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;
import org.f1pipeline.backfill.BackfillListener;
import org.f1pipeline.backfill.BackfillProgress;
import org.f1pipeline.backfill.BackfillSkip;
import org.f1pipeline.job.JobReport;

/**
 * Shows a backfill's progress. On a terminal: one live bar on stderr, redrawn in place after every round and job
 * ({@code [=======>    ] 12/24 rounds | 111 req 0 throttled 0 retries 0 skipped | 0:07 ETA 0:06}); log lines and
 * {@code [SKIP]} lines are printed above it without garbling it. Otherwise (a file, a pipe, cron): a plain line
 * every {@code interval}, and always the last one.
 *
 * <p>The bar is drawn by hand rather than with a progress-bar library because it has to share the terminal with
 * the library's log lines (see {@link #install()}), and because its width must stay under 80 columns (Java cannot
 * ask the terminal for its width; a wrapped line breaks the in-place redraw).
 */
final class ProgressRenderer implements BackfillListener, AutoCloseable {

    /** Widest line drawn: fits a standard 80-column terminal. */
    static final int WIDTH = 79;
    private static final int BAR = 16;

    private final String title;
    private final PrintWriter out;
    private final PrintWriter err;
    private final boolean terminal;
    private final boolean quiet;
    private final Duration interval;
    private final LongSupplier nanoTime;
    private final PrintStream stderr;
    private PrintStream saved;
    private BackfillProgress last;
    private boolean visible;
    private boolean closed;
    private boolean lastPrinted;
    private long lastPlain = Long.MIN_VALUE;

    /**
     * @param title    shown in plain lines, e.g. {@code backfill 2024-2024}
     * @param quiet    skip lines go to the JSON summary instead of stdout
     * @param interval the time between plain lines
     * @param nanoTime monotonic time (tests pass a fake one)
     */
    ProgressRenderer(CliContext ctx, String title, boolean quiet, Duration interval, LongSupplier nanoTime) {
        this.title = title;
        this.out = ctx.out();
        this.err = ctx.err();
        this.terminal = ctx.terminal();
        this.quiet = quiet;
        this.interval = interval;
        this.nanoTime = nanoTime;
        this.stderr = ctx.stderr();
    }

    /**
     * On a real terminal, routes {@code System.err} (where slf4j writes) through a stream that lifts the bar
     * before a log line and redraws it after, so a retry warning appears above the bar instead of inside it.
     */
    ProgressRenderer install() {
        if (terminal && stderr != null) {
            saved = System.err;
            System.setErr(new PrintStream(new BarAwareStream(stderr, this), true));
        }
        return this;
    }

    @Override
    public synchronized void onProgress(BackfillProgress progress) {
        last = progress;
        lastPrinted = false;
        if (terminal) {
            redrawLocked();
            return;
        }
        long now = nanoTime.getAsLong();
        boolean finished = progress.roundsTotal() > 0 && progress.roundsDone() >= progress.roundsTotal();
        if (lastPlain == Long.MIN_VALUE || now - lastPlain >= interval.toNanos() || finished) {
            plainLine();
            lastPlain = now;
        }
    }

    /** Redraws after every job, so the elapsed time moves even while a round has several jobs. */
    @Override
    public synchronized void onJobFinished(JobReport report) {
        if (terminal && last != null) {
            redrawLocked();
        }
    }

    @Override
    public synchronized void onSkip(BackfillSkip skip) {
        if (quiet) {
            return;
        }
        hideLocked();
        out.println(skip.line());
        out.flush();
        if (terminal && last != null) {
            redrawLocked();
        }
    }

    /** Prints a line on stdout above the bar (the bar comes back with the next progress event). */
    synchronized void println(String line) {
        hideLocked();
        out.println(line);
        out.flush();
    }

    /** Leaves the final bar (or prints the final plain line) and restores {@code System.err}. Idempotent. */
    @Override
    public synchronized void close() {
        if (saved != null) {
            System.setErr(saved);
            saved = null;
        }
        if (last == null || closed) {
            return;
        }
        closed = true;
        if (terminal) {
            redrawLocked();
            err.println();
            visible = false;
        } else if (!lastPrinted) {
            plainLine();
        }
        err.flush();
    }

    /** Clears the bar's line (caller holds the lock). */
    void hideLocked() {
        if (visible) {
            err.print("\r\u001b[K");
            err.flush();
            visible = false;
        }
    }

    /** Draws the bar over its own line (caller holds the lock). */
    void redrawLocked() {
        if (last == null) {
            return;
        }
        err.print("\r" + bar(last) + "\u001b[K");
        err.flush();
        visible = true;
    }

    private void plainLine() {
        BackfillProgress p = last;
        err.println(title + ": " + p.roundsDone() + "/" + p.roundsTotal() + " rounds ("
                + Math.round(p.fraction() * 100) + "%), " + p.requests() + " requests, " + p.throttles()
                + " throttled, " + p.retries() + " retries, " + p.skips() + " skipped, elapsed "
                + Output.clock(p.elapsed()) + (p.eta() == null ? "" : ", ETA " + Output.clock(p.eta())));
        err.flush();
        lastPrinted = true;
    }

    /**
     * The bar line, at most {@link #WIDTH} characters: when the numbers grow, the elapsed time goes first, then
     * the retry and skip counts; the bar, the rounds, requests, throttles and ETA stay.
     */
    static String bar(BackfillProgress p) {
        int filled = (int) Math.floor(p.fraction() * BAR);
        StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < BAR; i++) {
            b.append(i < filled ? '=' : i == filled ? '>' : ' ');
        }
        b.append("] ").append(p.roundsDone()).append('/').append(p.roundsTotal()).append(" rounds | ")
                .append(p.requests()).append(" req ").append(p.throttles()).append(" thr");
        String head = b.toString();
        String counts = " " + p.retries() + " rtry " + p.skips() + " skip";
        String elapsed = " " + Output.clock(p.elapsed());
        String eta = p.eta() == null ? "" : " ETA " + Output.clock(p.eta());
        for (String line : new String[] {head + counts + " |" + elapsed + eta, head + counts + " |" + eta,
                head + " |" + eta}) {
            if (line.length() <= WIDTH) {
                return line;
            }
        }
        return (head + " |" + eta).substring(0, WIDTH);
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "ProgressRenderer[%s, terminal=%s]", title, terminal);
    }
}
