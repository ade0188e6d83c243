package org.f1pipeline.bootstrap;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.f1pipeline.InvalidInputException;
import org.f1pipeline.domain.RaceKey;

/**
 * How {@code F1Pipeline.bootstrap} gets Jolpica's database dump and how much of it to write.
 *
 * <p>{@link #ofDefaults()}: the latest free (14-day delayed) CSV dump from the Jolpica host of the configured base
 * URL, every season in it. {@link #builder()} picks a local zip ({@code dumpFile}) or a URL to download directly
 * ({@code dumpUrl}) instead, and a last season ({@code until}).
 */
public final class BootstrapOptions {

    private final Path dumpFile;
    private final URI dumpUrl;
    private final Integer until;

    private BootstrapOptions(Path dumpFile, URI dumpUrl, Integer until) {
        this.dumpFile = dumpFile;
        this.dumpUrl = dumpUrl;
        this.until = until;
    }

    /** The listed dump, every season. */
    public static BootstrapOptions ofDefaults() {
        return new BootstrapOptions(null, null, null);
    }

    /** A builder starting from the defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The local zip to read instead of downloading, if set. */
    public Optional<Path> dumpFile() {
        return Optional.ofNullable(dumpFile);
    }

    /** The URL to download the zip from directly (no listing, no hash check), if set. */
    public Optional<URI> dumpUrl() {
        return Optional.ofNullable(dumpUrl);
    }

    /** The last season to write, if set. */
    public OptionalInt until() {
        return until == null ? OptionalInt.empty() : OptionalInt.of(until);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BootstrapOptions b && Objects.equals(dumpFile, b.dumpFile)
                && Objects.equals(dumpUrl, b.dumpUrl) && Objects.equals(until, b.until);
    }

    @Override
    public int hashCode() {
        return Objects.hash(dumpFile, dumpUrl, until);
    }

    @Override
    public String toString() {
        return "BootstrapOptions[dump=" + (dumpFile != null ? dumpFile : dumpUrl != null ? dumpUrl : "listed")
                + (until == null ? "" : ", until=" + until) + "]";
    }

    /** Builds {@link BootstrapOptions}; every setter validates at once ({@link InvalidInputException}). */
    public static final class Builder {
        private Path dumpFile;
        private URI dumpUrl;
        private Integer until;

        private Builder() {
        }

        /**
         * Reads this local zip (clears a URL).
         *
         * @throws InvalidInputException when the file does not exist or cannot be read: refused here, before a
         *                               caller opens (and so creates) a database
         */
        public Builder dumpFile(Path file) {
            Objects.requireNonNull(file, "dumpFile");
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new InvalidInputException("dump", "dump file " + file + " does not exist or is not readable");
            }
            this.dumpFile = file;
            this.dumpUrl = null;
            return this;
        }

        /** Downloads the zip from this http(s) URL (clears a file). */
        public Builder dumpUrl(URI url) {
            Objects.requireNonNull(url, "dumpUrl");
            String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
            if (!url.isAbsolute() || url.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                throw new InvalidInputException("dump", "dump URL must be an absolute http(s) URL, was " + url);
            }
            this.dumpUrl = url;
            this.dumpFile = null;
            return this;
        }

        /** A file path or an http(s) URL, as the CLI's {@code --dump} takes it. */
        public Builder dump(String fileOrUrl) {
            Objects.requireNonNull(fileOrUrl, "dump");
            String v = fileOrUrl.trim();
            if (v.isEmpty()) {
                throw new InvalidInputException("dump", "dump must be a file or an http(s) URL, was empty");
            }
            String lower = v.toLowerCase(Locale.ROOT);
            if (lower.startsWith("http://") || lower.startsWith("https://")) {
                try {
                    return dumpUrl(URI.create(v));
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("dump", "dump URL is not a valid URL: " + v);
                }
            }
            return dumpFile(Path.of(v));
        }

        /** The last season to write (1950 or later). */
        public Builder until(int year) {
            if (year < RaceKey.FIRST_SEASON || year > RaceKey.LAST_SEASON) {
                throw new InvalidInputException("until", "until must be between " + RaceKey.FIRST_SEASON + " and "
                        + RaceKey.LAST_SEASON + ", was " + year);
            }
            this.until = year;
            return this;
        }

        /** The options. */
        public BootstrapOptions build() {
            return new BootstrapOptions(dumpFile, dumpUrl, until);
        }
    }
}
