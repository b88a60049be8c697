package vn.dnnd.indicator;

import java.util.List;
import java.util.Optional;

/** A period with published results; {@code kind} is annual or review5y. */
public record PublishedPeriod(String code, String nameVi, String nameEn, String kind) {

    /**
     * The period a reader sees first: the newest annual one (a review's series is the exception one goes
     * looking for), else the newest of any kind; empty when nothing is published.
     */
    public static Optional<PublishedPeriod> first(List<PublishedPeriod> newestFirst) {
        return newestFirst.stream().filter(p -> p.kind().equals("annual")).findFirst()
                .or(() -> newestFirst.stream().findFirst());
    }
}
