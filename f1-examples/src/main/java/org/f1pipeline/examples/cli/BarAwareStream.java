package org.f1pipeline.examples.cli;

import java.io.OutputStream;
import java.io.PrintStream;

/**
 * Stands in for {@code System.err} while a progress bar is shown: before anything is written the bar's line is
 * cleared, and after a complete line the bar is drawn again below it. The CLI's log binding looks
 * {@code System.err} up on every log call, so library warnings (rate limits, retries) land above the bar.
 */
final class BarAwareStream extends OutputStream {

    private final PrintStream target;
    private final ProgressRenderer bar;
    private boolean lineEnded;

    BarAwareStream(PrintStream target, ProgressRenderer bar) {
        this.target = target;
        this.bar = bar;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) {
        synchronized (bar) {
            bar.hideLocked();
            target.write(b, off, len);
            if (len > 0 && b[off + len - 1] == '\n') {
                lineEnded = true;
            }
        }
    }

    @Override
    public void flush() {
        synchronized (bar) {
            target.flush();
            if (lineEnded) {
                lineEnded = false;
                bar.redrawLocked();
            }
        }
    }
}
