package org.f1pipeline.testkit.synthetic;

/**
 * A team of the synthetic history.
 *
 * @param constructorId Jolpica id, e.g. {@code red_bull}
 * @param name          Jolpica name, e.g. {@code Red Bull}
 * @param nationality   Jolpica nationality, e.g. {@code Austrian}
 * @param wikiSlug      Wikipedia slug for {@code url}
 * @param teamName      name used by live timing and OpenF1, e.g. {@code Red Bull Racing}
 * @param teamColour    hex colour without {@code #}, e.g. {@code 3671C6}
 */
public record SynthConstructor(String constructorId, String name, String nationality, String wikiSlug,
                               String teamName, String teamColour) {

    /** Wikipedia URL as in Jolpica's {@code Constructor.url}. */
    public String url() {
        return "http://en.wikipedia.org/wiki/" + wikiSlug;
    }
}
