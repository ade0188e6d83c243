package org.f1pipeline.testkit.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The shape comparator itself notices renamed fields and changed value kinds. */
class JsonShapeTest {
    @Test
    void detectsExtraMissingAndKindChanges() {
        JsonShape real = JsonShape.of(Http.parse("{\"a\":{\"time\":\"1:23.456\",\"n\":\"3\"},\"list\":[{\"x\":1}]}"));
        JsonShape same = JsonShape.of(Http.parse("{\"a\":{\"time\":\"1:20.000\",\"n\":\"44\"},\"list\":[{\"x\":2.5}]}"));
        JsonShape renamed = JsonShape.of(Http.parse("{\"a\":{\"Time\":\"1:23.456\",\"n\":3},\"list\":[]}"));
        assertThat(JsonShape.diff(real, same, false, Set.of())).isEmpty();
        assertThat(JsonShape.diff(real, renamed, false, Set.of())).containsExactlyInAnyOrder(
                "fake has extra path .a.Time [str:clock]",
                "kind mismatch at .a.n: real [str:int], fake [num]",
                "fake lacks path .a.time [str:clock]",
                "fake lacks path .list[] [object]",
                "fake lacks path .list[].x [num]");
    }

    @Test
    void classifiesRealValueFormats() {
        assertThat(JsonShape.kind(Http.parse("\"+1:07.667\""))).isEqualTo("str:clock");
        assertThat(JsonShape.kind(Http.parse("\"+5.155\""))).isEqualTo("str:gap");
        assertThat(JsonShape.kind(Http.parse("\"2023-09-15T13:08:19.923000+00:00\""))).isEqualTo("str:isoOffset");
        assertThat(JsonShape.kind(Http.parse("\"2025-03-16T03:15:05\""))).isEqualTo("str:isoLocal");
        assertThat(JsonShape.kind(Http.parse("\"15:00:00Z\""))).isEqualTo("str:timeZ");
        assertThat(JsonShape.kind(Http.parse("\"-04:00:00\""))).isEqualTo("str:hms");
    }
}
