package org.lockstep.generate;

/**
 * 64-bit perceptual hashes that lie pairwise far apart without comparing them: the codewords of the binary BCH code of
 * length 63 and designed distance 21 (18 message bits, 262,144 codewords), extended by a parity bit. Any two differ in
 * at least {@value #MIN_DISTANCE} bits, where unrelated pictures differ in about 32 and re-encodings of one in a few.
 *
 * <p>The code is linear, so the distance of two codewords is the weight of a third one; a test checks every codeword.
 */
final class FarHashes {
    static final int MESSAGE_BITS = 18;
    static final int MIN_DISTANCE = 22;
    /** x^6 + x + 1, primitive: builds GF(64). */
    private static final int FIELD_POLY = 0x43;
    private static final int ORDER = 63;
    private static final long GENERATOR = generator();

    private FarHashes() {
    }

    /** The codeword of a message in [0, 2^18): m(x) g(x) over GF(2) in the low 63 bits, their parity in the top bit. */
    static long codeword(int message) {
        if (message >>> MESSAGE_BITS != 0) {
            throw new IllegalArgumentException("message out of range: " + message);
        }
        long c = 0;
        for (int i = 0; i < MESSAGE_BITS; i++) {
            if ((message >>> i & 1) != 0) {
                c ^= GENERATOR << i;
            }
        }
        return (Long.bitCount(c) & 1) == 1 ? c | 1L << 63 : c;
    }

    /** g(x): the product of the distinct minimal polynomials of a, a^2, ..., a^20, a primitive element of GF(64). */
    static long generator() {
        int[] exp = new int[ORDER];
        int x = 1;
        for (int i = 0; i < ORDER; i++) {
            exp[i] = x;
            x <<= 1;
            if ((x & 0x40) != 0) {
                x ^= FIELD_POLY;
            }
        }
        int[] log = new int[ORDER + 1];
        for (int i = 0; i < ORDER; i++) {
            log[exp[i]] = i;
        }
        boolean[] done = new boolean[ORDER];
        long g = 1;
        for (int i = 1; i <= 20; i++) {
            if (done[i]) {
                continue;
            }
            // The minimal polynomial of a^i: the product of (x + a^j) over the conjugates j = i, 2i, 4i, ... mod 63.
            int[] poly = {1};
            for (int j = i; !done[j]; j = j * 2 % ORDER) {
                done[j] = true;
                int[] next = new int[poly.length + 1];
                for (int d = 0; d < poly.length; d++) {
                    next[d + 1] ^= poly[d];
                    next[d] ^= poly[d] == 0 ? 0 : exp[(log[poly[d]] + j) % ORDER];
                }
                poly = next;
            }
            long binary = 0;
            for (int d = 0; d < poly.length; d++) {
                if (poly[d] > 1) {
                    throw new IllegalStateException("minimal polynomial with a coefficient outside GF(2)");
                }
                binary |= (long) poly[d] << d;
            }
            g = carrylessProduct(g, binary);
        }
        if (63 - Long.numberOfLeadingZeros(g) != ORDER - MESSAGE_BITS) {
            throw new IllegalStateException("BCH generator of unexpected degree: " + Long.toBinaryString(g));
        }
        return g;
    }

    private static long carrylessProduct(long a, long b) {
        long product = 0;
        for (int i = 0; i < 64; i++) {
            if ((b >>> i & 1) != 0) {
                product ^= a << i;
            }
        }
        return product;
    }
}
