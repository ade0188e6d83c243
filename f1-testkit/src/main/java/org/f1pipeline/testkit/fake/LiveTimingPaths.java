package org.f1pipeline.testkit.fake;

import java.time.ZoneOffset;
import org.f1pipeline.testkit.synthetic.SyntheticRound;
import org.f1pipeline.testkit.synthetic.SyntheticSession;

/** Live-timing archive paths: {@code {year}/{race local date}_{Event}/{session local date}_{Session}/}. */
final class LiveTimingPaths {
    private LiveTimingPaths() {
    }

    static String sessionFolder(SyntheticRound r, SyntheticSession s) {
        String day = s.start().plusSeconds(r.circuit().gmtOffsetMinutes() * 60L).atZone(ZoneOffset.UTC)
                .toLocalDate().toString();
        return day + "_" + s.name().replace(' ', '_') + "/";
    }

    /** Full path below {@code /static/}, e.g. {@code 2024/2024-07-07_British_Grand_Prix/2024-07-07_Race/}. */
    static String sessionPath(SyntheticRound r, SyntheticSession s) {
        return r.liveTimingPath() + sessionFolder(r, s);
    }
}
