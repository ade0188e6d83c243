package org.f1pipeline.fetch.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RedactionTest {

    @Test
    @DisplayName("a password in the user-info part is masked, the user name kept")
    void userInfo() {
        assertThat(Redaction.uri(URI.create("https://me:s3cret@mirror.example/ergast/f1/2024.json")))
                .isEqualTo("https://me:***@mirror.example/ergast/f1/2024.json");
        assertThat(Redaction.text("GET http://bot:p%40ss@10.0.0.1:8000/v1/laps failed"))
                .isEqualTo("GET http://bot:***@10.0.0.1:8000/v1/laps failed");
    }

    @Test
    @DisplayName("secret query parameters are masked; OpenF1's meeting_key and session_key are not secrets")
    void secretParameters() {
        assertThat(Redaction.text("https://h/v1/laps?meeting_key=1229&api_key=abc123&session_key=9&token=t"))
                .isEqualTo("https://h/v1/laps?meeting_key=1229&api_key=***&session_key=9&token=***");
    }

    @Test
    @DisplayName("a long token used as the user name is masked; text without URLs is unchanged")
    void tokenUserAndPlainText() {
        assertThat(Redaction.text("https://ghp_0123456789abcdefghij@mirror/x"))
                .isEqualTo("https://***@mirror/x");
        assertThat(Redaction.text("no url here: password=secret")).isEqualTo("no url here: password=secret");
    }

    @Test
    @DisplayName("the request line never carries the user-info part")
    void withoutUserInfo() {
        URI uri = URI.create("http://me:pw@127.0.0.1:8080/ergast/f1/2024.json?limit=100&offset=0");
        assertThat(Redaction.hasUserInfo(uri)).isTrue();
        assertThat(Redaction.withoutUserInfo(uri))
                .isEqualTo(URI.create("http://127.0.0.1:8080/ergast/f1/2024.json?limit=100&offset=0"));
    }
}
