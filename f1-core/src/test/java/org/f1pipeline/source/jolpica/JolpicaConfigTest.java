package org.f1pipeline.source.jolpica;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.f1pipeline.fetch.SourceConfig;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class JolpicaConfigTest {

    @Test
    @DisplayName("defaults: the public server with 100-row pages")
    void defaults() {
        JolpicaConfig config = JolpicaConfig.ofDefaults();
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://api.jolpi.ca/ergast/f1"));
        assertThat(config.pageSize()).isEqualTo(100);
    }

    @Test
    @DisplayName("trailing slashes are removed; the fetch layer's source URL can be reused")
    void normalise() {
        assertThat(JolpicaConfig.ofDefaults().withBaseUrl("http://localhost:8000/ergast/f1//").baseUrl())
                .isEqualTo(URI.create("http://localhost:8000/ergast/f1"));
        assertThat(JolpicaConfig.from(SourceConfig.jolpica()).baseUrl())
                .isEqualTo(URI.create("https://api.jolpi.ca/ergast/f1"));
    }

    @Test
    @DisplayName("page sizes above the server's 100 and non-http URLs are refused")
    void invalid() {
        assertThatThrownBy(() -> JolpicaConfig.ofDefaults().withPageSize(101))
                .hasMessage("pageSize must be between 1 and 100, was 101");
        assertThatThrownBy(() -> JolpicaConfig.ofDefaults().withBaseUrl("ftp://x/ergast"))
                .hasMessageContaining("absolute http(s) URL");
        assertThatThrownBy(() -> JolpicaConfig.ofDefaults().withBaseUrl("https://x/ergast/f1?x=1"))
                .hasMessageContaining("query");
    }
}
