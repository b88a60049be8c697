package vn.dnnd.submission.reference;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import vn.dnnd.referencedata.ReportingPeriod;
import vn.dnnd.system.ClosestCodes;

/**
 * The reference data intake checks against, read once per run: organisation versions, periods and
 * the indicator catalogue, and the locked periods an administrator opened again for an organisation (until
 * which day). Validation then needs no database round trip per file.
 */
public final class IntakeReference {

    private final Map<String, List<Reporter>> reportersByCode;
    private final Map<String, ReportingPeriod> periods;
    private final Map<String, IndicatorDefinition> indicators;
    private final Map<String, LocalDate> openUntil;
    /**
     * What {@link #entered} and {@link #catalogueChecksum} give per kind and period, computed on first use: every
     * submission asks for both, and sorting and hashing the catalogue each time cost more than reading its values.
     */
    private final Map<KindAndPeriod, List<IndicatorDefinition>> entered = new ConcurrentHashMap<>();
    private final Map<KindAndPeriod, String> checksums = new ConcurrentHashMap<>();

    private record KindAndPeriod(String kind, ReportingPeriod period) {
    }

    public IntakeReference(List<Reporter> reporters, List<ReportingPeriod> periods, List<IndicatorDefinition> indicators,
                           Map<String, LocalDate> openUntil) {
        this.openUntil = Map.copyOf(openUntil);
        this.reportersByCode = reporters.stream().collect(Collectors.groupingBy(Reporter::code, LinkedHashMap::new,
                Collectors.toList()));
        this.periods = periods.stream().collect(Collectors.toMap(ReportingPeriod::code, p -> p, (a, b) -> a, LinkedHashMap::new));
        this.indicators = indicators.stream().collect(Collectors.toMap(IndicatorDefinition::code, i -> i, (a, b) -> a,
                LinkedHashMap::new));
    }

    public List<Reporter> versions(String code) {
        return reportersByCode.getOrDefault(code, List.of());
    }

    /** The version of {@code code} in existence on {@code day}, if any. */
    public Optional<Reporter> reporterOn(String code, LocalDate day) {
        return versions(code).stream().filter(r -> r.existsOn(day)).findFirst();
    }

    /** Reporting organisations in existence on {@code day} (as the view period_reporter lists them), by code. */
    public List<Reporter> reportersOn(LocalDate day) {
        return reportersByCode.values().stream().flatMap(List::stream)
                .filter(r -> r.reports() && r.existsOn(day)).sorted(java.util.Comparator.comparing(Reporter::code)).toList();
    }

    /** The versions that closed with {@code successor} as their successor (the provinces merged into a 2025 unit). */
    public List<Reporter> predecessorsOf(Reporter successor) {
        return reportersByCode.values().stream().flatMap(List::stream)
                .filter(r -> successor.code().equals(r.successorCode()) && r.validTo() != null
                        && r.validTo().plusDays(1).equals(successor.validFrom()))
                .toList();
    }

    /** Every reporting organisation's code with its Vietnamese name, to suggest the closest to an unknown code. */
    public List<ClosestCodes.Candidate> reporterCodes() {
        return reportersByCode.values().stream().flatMap(List::stream).filter(Reporter::reports)
                .map(r -> new ClosestCodes.Candidate(r.code(), r.nameVi())).distinct().toList();
    }

    /** The last day an administrator opened the organisation's locked period until, if ever. */
    public Optional<LocalDate> openUntil(String orgCode, String periodCode) {
        return Optional.ofNullable(openUntil.get(orgCode + ":" + periodCode));
    }

    public Optional<ReportingPeriod> period(String code) {
        return Optional.ofNullable(periods.get(code));
    }

    public Optional<IndicatorDefinition> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    /** The derived ratios that apply to a kind of reporter in a period. */
    public List<IndicatorDefinition> derived(String kind, ReportingPeriod period) {
        return indicators.values().stream().filter(i -> i.derived() && i.appliesTo(kind, period)).toList();
    }

    /** The indicators an organisation of this kind enters for this period, in catalogue order. */
    public List<IndicatorDefinition> entered(String kind, ReportingPeriod period) {
        return entered.computeIfAbsent(new KindAndPeriod(kind, period), key -> enteredNow(kind, period));
    }

    private List<IndicatorDefinition> enteredNow(String kind, ReportingPeriod period) {
        return indicators.values().stream()
                .filter(i -> !i.derived() && i.appliesTo(kind, period))
                .sorted((a, b) -> a.taskNo() != b.taskNo() ? Integer.compare(a.taskNo(), b.taskNo())
                        : Integer.compare(a.sortOrder(), b.sortOrder()))
                .toList();
    }

    /**
     * Identifies the catalogue a template was built from: the entered indicators with their type,
     * requirement and bounds. A returned template whose checksum differs was made for another catalogue.
     */
    public String catalogueChecksum(String kind, ReportingPeriod period) {
        return checksums.computeIfAbsent(new KindAndPeriod(kind, period), key -> checksumNow(kind, period));
    }

    private String checksumNow(String kind, ReportingPeriod period) {
        String canonical = entered(kind, period).stream()
                .map(i -> i.code() + "|" + i.valueType() + "|" + i.required() + "|" + (i.atMostCode() == null ? "" : i.atMostCode()))
                .sorted()
                .collect(Collectors.joining("\n"));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
