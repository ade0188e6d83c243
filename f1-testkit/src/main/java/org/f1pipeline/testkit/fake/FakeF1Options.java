package org.f1pipeline.testkit.fake;

import java.time.Duration;
import java.time.Instant;
import org.f1pipeline.testkit.history.ErgastHistory;
import org.f1pipeline.testkit.synthetic.Eras;
import org.f1pipeline.testkit.synthetic.SyntheticHistory;

/**
 * Start-up options of {@link FakeF1Api}. Immutable; build with {@link #builder()}.
 *
 * @param history          the facts to serve
 * @param asOf             the fake's "now": sessions ending after it have no results/laps/files yet;
 *                         null = the whole history is published and {@code current} is the last season
 * @param containerThreads Jetty worker threads
 * @param asyncThreads     threads that send delayed responses (so delays do not hold workers)
 * @param openF1MaxRows    OpenF1 answers 500 when a query would return more rows (its 5-second query budget)
 * @param telemetryPeriod  spacing of OpenF1 car_data/location samples and live-timing .z entries
 * @param dumpFromYear     first synthetic season in the database dumps
 * @param dumpToYear       last synthetic season in the database dumps
 * @param dumpHistory      when set, the dumps hold this real record instead of the synthetic seasons
 * @param dumpDelayDays    how many days the free (delayed) dump lags the latest ({@code delay_days}, 14)
 */
public record FakeF1Options(SyntheticHistory history, Instant asOf, int containerThreads, int asyncThreads,
                            int openF1MaxRows, Duration telemetryPeriod, int dumpFromYear, int dumpToYear,
                            ErgastHistory dumpHistory, int dumpDelayDays) {

    public FakeF1Options {
        if (dumpFromYear < Eras.FIRST_YEAR || dumpToYear > Eras.LAST_YEAR || dumpFromYear > dumpToYear) {
            throw new IllegalArgumentException("dump years " + dumpFromYear + ".." + dumpToYear + " outside "
                    + Eras.FIRST_YEAR + ".." + Eras.LAST_YEAR);
        }
        if (dumpDelayDays < 0) {
            throw new IllegalArgumentException("dumpDelayDays < 0");
        }
    }

    /** Defaults: standard history, everything published, 64 workers, 32 async senders. */
    public static Builder builder() {
        return new Builder();
    }

    /** Defaults, with the whole history published. */
    public static FakeF1Options ofDefaults() {
        return builder().build();
    }

    /** The demo set-up: {@link SyntheticHistory#DEMO_TODAY} as "now". */
    public static FakeF1Options demo() {
        return builder().asOf(SyntheticHistory.DEMO_TODAY).build();
    }

    /** Builder for {@link FakeF1Options}. */
    public static final class Builder {
        private SyntheticHistory history = SyntheticHistory.standard();
        private Instant asOf;
        private int containerThreads = 64;
        private int asyncThreads = 32;
        private int openF1MaxRows = 250_000;
        private Duration telemetryPeriod = Duration.ofSeconds(5);
        private int dumpFromYear = SyntheticHistory.DEMO_YEAR;
        private int dumpToYear = SyntheticHistory.DEMO_YEAR;
        private ErgastHistory dumpHistory;
        private int dumpDelayDays = 14;

        /** The history to serve. */
        public Builder history(SyntheticHistory h) {
            this.history = h;
            return this;
        }

        /** The fake's "now" (null = everything published). */
        public Builder asOf(Instant now) {
            this.asOf = now;
            return this;
        }

        /** Jetty worker threads (default 64). */
        public Builder containerThreads(int n) {
            this.containerThreads = n;
            return this;
        }

        /** Delayed-response sender threads (default 32). */
        public Builder asyncThreads(int n) {
            this.asyncThreads = n;
            return this;
        }

        /** OpenF1 row budget per query (default 250 000). */
        public Builder openF1MaxRows(int n) {
            this.openF1MaxRows = n;
            return this;
        }

        /** Telemetry sample spacing (default 5 s; the real feeds run at ~3.7 Hz). */
        public Builder telemetryPeriod(Duration d) {
            this.telemetryPeriod = d;
            return this;
        }

        /**
         * Synthetic seasons the database dumps hold (default: the demo season 2024 only, because a dump simulates
         * every lap of its seasons: about 1.7 s a season with laps; the whole history takes about a minute).
         */
        public Builder dumpYears(int fromYear, int toYear) {
            this.dumpFromYear = fromYear;
            this.dumpToYear = toYear;
            return this;
        }

        /** The dumps hold the real 1950-2013 record instead ({@code FakeF1Api.replay} sets this). */
        public Builder dumpFromRealHistory(ErgastHistory history) {
            this.dumpHistory = history;
            return this;
        }

        /** Days the free dump lags behind (default 14). */
        public Builder dumpDelayDays(int days) {
            this.dumpDelayDays = days;
            return this;
        }

        /** The options. */
        public FakeF1Options build() {
            return new FakeF1Options(history, asOf, containerThreads, asyncThreads, openF1MaxRows, telemetryPeriod,
                    dumpFromYear, dumpToYear, dumpHistory, dumpDelayDays);
        }
    }
}
