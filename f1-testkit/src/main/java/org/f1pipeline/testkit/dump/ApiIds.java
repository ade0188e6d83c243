package org.f1pipeline.testkit.dump;

/**
 * Jolpica-style public ids ({@code driver_NNme7ruE}): the model name and eight base-62 characters. Ours are a fixed
 * bijection of the row id, so they are unique within a table and identical in every run.
 */
final class ApiIds {
    private static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final long MASK = (1L << 47) - 1; // 2^47 < 62^8, so eight characters always suffice

    private ApiIds() {
    }

    static String of(String prefix, long id) {
        // Multiplying by an odd constant and xor-shifting are both bijections of the 47-bit space.
        long x = (id * 0x5DEECE66DL + prefix.hashCode()) & MASK;
        x ^= x >>> 21;
        x = (x * 0x2545F491L) & MASK;
        x ^= x >>> 19;
        char[] c = new char[8];
        for (int i = 7; i >= 0; i--) {
            c[i] = ALPHABET.charAt((int) (x % 62));
            x /= 62;
        }
        return prefix + new String(c);
    }
}
