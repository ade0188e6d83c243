package org.f1pipeline.fetch.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * The body of a {@code java.net.http} response as an {@link InputStream} with two deadlines: an idle timeout (no
 * byte for that long) and a total deadline for the whole response. {@code HttpResponse.BodyHandlers.ofInputStream()}
 * has neither, so a server that stalls after the headers would block a reader forever. Buffers are requested one
 * at a time, so at most one network buffer (a few KB) waits here: the reader's pace drives the transfer.
 *
 * <p>These waits are real network waits, measured on {@link System#nanoTime()}: the injected ticker of the fetch
 * layer may be fake. Internal API.
 */
final class PublisherInputStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {

    /** Why the body stopped: a timeout of ours, or an error of the transport. */
    static final class StalledException extends IOException {
        private static final long serialVersionUID = 1L;

        StalledException(String message) {
            super(message);
        }
    }

    private static final List<ByteBuffer> END = List.of();

    private final LinkedBlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final long idleNanos;
    private final long deadline;
    private final String idleText;
    private final String totalText;
    private volatile Flow.Subscription subscription;
    private List<ByteBuffer> current = List.of();
    private int index;
    private boolean ended;
    private boolean closed;
    private IOException failure;

    /**
     * Creates the stream; subscribe it to the response's publisher.
     *
     * @param idleNanos longest wait for the next bytes
     * @param deadline  {@link System#nanoTime()} value by which the whole body must have arrived
     * @param idleText  the idle timeout as shown in messages, e.g. "30 s"
     * @param totalText the total timeout as shown in messages
     */
    PublisherInputStream(long idleNanos, long deadline, String idleText, String totalText) {
        this.idleNanos = idleNanos;
        this.deadline = deadline;
        this.idleText = idleText;
        this.totalText = totalText;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        this.subscription = s;
        s.request(1);
    }

    @Override
    public void onNext(List<ByteBuffer> item) {
        queue.add(item);
    }

    @Override
    public void onError(Throwable t) {
        queue.add(t);
    }

    @Override
    public void onComplete() {
        queue.add(END);
    }

    /** The failure that ended this stream (a timeout or a transport error), or null. */
    IOException failure() {
        return failure;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) {
            return 0;
        }
        ByteBuffer buffer = nextBuffer();
        if (buffer == null) {
            return -1;
        }
        int n = Math.min(len, buffer.remaining());
        buffer.get(b, off, n);
        return n;
    }

    @Override
    public int available() {
        ByteBuffer b = index < current.size() ? current.get(index) : null;
        return b == null ? 0 : b.remaining();
    }

    private ByteBuffer nextBuffer() throws IOException {
        while (true) {
            if (failure != null) {
                throw failure;
            }
            if (closed) {
                throw new IOException("body stream closed");
            }
            while (index < current.size()) {
                ByteBuffer b = current.get(index);
                if (b.hasRemaining()) {
                    return b;
                }
                index++;
            }
            if (ended) {
                return null;
            }
            Object next = poll();
            if (next instanceof Throwable t) {
                failure = t instanceof IOException io ? io : new IOException(t.toString(), t);
                throw failure;
            }
            if (next == END) {
                ended = true;
                return null;
            }
            @SuppressWarnings("unchecked")
            List<ByteBuffer> item = (List<ByteBuffer>) next;
            current = item;
            index = 0;
            // One list queued ahead of the one being read: the reader's pace drives the transfer.
            Flow.Subscription s = subscription;
            if (s != null) {
                s.request(1);
            }
        }
    }

    private Object poll() throws IOException {
        long now = System.nanoTime();
        long left = deadline - now;
        long wait = Math.min(idleNanos, left);
        Object next;
        try {
            next = wait <= 0 ? queue.poll() : queue.poll(wait, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            cancel();
            failure = new java.io.InterruptedIOException("interrupted while reading the body");
            throw failure;
        }
        if (next != null) {
            return next;
        }
        cancel();
        failure = new StalledException(left <= idleNanos
                ? "body not complete within the total timeout of " + totalText
                : "body stalled: no data for " + idleText + " (read timeout)");
        throw failure;
    }

    private void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    /** Stops the transfer (the connection is dropped if the body was not read to the end); later reads fail. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            if (!ended && failure == null) {
                cancel();
            }
        }
    }
}
