package org.f1pipeline.source.openf1.internal;

import java.text.Normalizer;
import java.util.Locale;

/** Name normalisation for matching across sources. Internal API. */
public final class Names {

    private Names() {
    }

    /**
     * Lower-case letters and digits only, accents removed: {@code "Sergio PÉREZ"} and {@code "Sergio Perez"} both
     * give {@code "sergioperez"}; {@code "Haas F1 Team"} gives {@code "haasf1team"}.
     *
     * @param text any text, or null
     * @return the key, empty for null or blank
     */
    public static String key(String text) {
        if (text == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return decomposed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
