package vn.dnnd.reports.assessment;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * The highest or lowest items of a list, with every item tied with them: items tie when they read the
 * same as printed ("450" and "450", "2,2 tỷ" and "2,2 tỷ"), so that a sentence never names one of two
 * figures a reader sees as equal.
 */
final class Ranking {

    private Ranking() {
    }

    static <T> List<T> highest(List<T> items, Function<T, BigDecimal> key, Function<T, String> printed) {
        return first(items, Comparator.comparing(key).reversed(), printed);
    }

    static <T> List<T> lowest(List<T> items, Function<T, BigDecimal> key, Function<T, String> printed) {
        return first(items, Comparator.comparing(key), printed);
    }

    private static <T> List<T> first(List<T> items, Comparator<T> order, Function<T, String> printed) {
        if (items.isEmpty()) {
            return List.of();
        }
        List<T> sorted = items.stream().sorted(order).toList();
        String top = printed.apply(sorted.get(0));
        return sorted.stream().filter(item -> printed.apply(item).equals(top)).toList();
    }
}
