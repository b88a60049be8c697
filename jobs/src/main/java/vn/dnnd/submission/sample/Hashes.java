package vn.dnnd.submission.sample;

import java.util.Arrays;

/** Deterministic pseudo-random numbers from names, so the sample is the same on every run. */
final class Hashes {

    private Hashes() {
    }

    /** A number in [0, 1) determined by the parts. */
    static double unit(Object... parts) {
        long h = 1125899906842597L;
        for (char c : Arrays.deepToString(parts).toCharArray()) {
            h = 31 * h + c;
        }
        h ^= (h >>> 33);
        h *= 0xff51afd7ed558ccdL;
        h ^= (h >>> 33);
        return (h >>> 11) * 0x1.0p-53;
    }

    static int pick(int size, Object... parts) {
        return (int) (unit(parts) * size);
    }
}
