package vn.dnnd.report;

import java.time.OffsetDateTime;

/** A period that has editions: how many, and the latest one's number and time. */
public record EditionPeriod(String code, String nameVi, String nameEn, int editions, int latest,
                            OffsetDateTime latestAt) {
}
