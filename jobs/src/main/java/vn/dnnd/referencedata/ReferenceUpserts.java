package vn.dnnd.referencedata;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Effective-dated upserts from staging into the reference tables. Rows are keyed by their natural
 * key (organisation: code + valid_from); unchanged rows are not touched, so a repeated load reports
 * zero changes. Each statement returns one boolean per written row: inserted (true) or updated.
 */
final class ReferenceUpserts {

    static final Map<String, String> BY_TABLE = new LinkedHashMap<>();

    static {
        BY_TABLE.put("task", """
                insert into task as t (task_no, code, short_name_vi, name_en, directive_text_vi)
                select task_no, code, short_name_vi, name_en, directive_text_vi from ref_stage_task
                on conflict (task_no) do update set code = excluded.code, short_name_vi = excluded.short_name_vi,
                    name_en = excluded.name_en, directive_text_vi = excluded.directive_text_vi
                where (t.code, t.short_name_vi, t.name_en, t.directive_text_vi)
                      is distinct from (excluded.code, excluded.short_name_vi, excluded.name_en, excluded.directive_text_vi)
                returning xmax = 0
                """);
        BY_TABLE.put("region", """
                insert into region as r (region_id, scheme, code, name_vi, name_en, valid_from, valid_to, adopted_on, legal_basis,
                    sort_order)
                select region_id, scheme, code, name_vi, name_en, valid_from, valid_to, adopted_on, legal_basis, sort_order
                from ref_stage_region
                on conflict (region_id) do update set name_vi = excluded.name_vi, name_en = excluded.name_en,
                    valid_from = excluded.valid_from, valid_to = excluded.valid_to, adopted_on = excluded.adopted_on,
                    legal_basis = excluded.legal_basis, sort_order = excluded.sort_order
                where (r.name_vi, r.name_en, r.valid_from, r.valid_to, r.adopted_on, r.legal_basis, r.sort_order)
                      is distinct from (excluded.name_vi, excluded.name_en, excluded.valid_from, excluded.valid_to,
                                        excluded.adopted_on, excluded.legal_basis, excluded.sort_order)
                returning xmax = 0
                """);
        BY_TABLE.put("organisation", """
                insert into organisation as o (code, valid_from, valid_to, kind, subtype, name_vi, official_name_vi,
                    name_en, abbr, gso_code, region_id, reports, note)
                select code, valid_from, valid_to, kind, subtype, name_vi, official_name_vi, name_en, abbr, gso_code,
                       region_id, reports, note
                from ref_stage_organisation
                on conflict (code, valid_from) do update set valid_to = excluded.valid_to, kind = excluded.kind,
                    subtype = excluded.subtype, name_vi = excluded.name_vi, official_name_vi = excluded.official_name_vi,
                    name_en = excluded.name_en, abbr = excluded.abbr, gso_code = excluded.gso_code,
                    region_id = excluded.region_id, reports = excluded.reports, note = excluded.note
                where (o.valid_to, o.kind, o.subtype, o.name_vi, o.official_name_vi, o.name_en, o.abbr, o.gso_code,
                       o.region_id, o.reports, o.note)
                      is distinct from (excluded.valid_to, excluded.kind, excluded.subtype, excluded.name_vi,
                       excluded.official_name_vi, excluded.name_en, excluded.abbr, excluded.gso_code,
                       excluded.region_id, excluded.reports, excluded.note)
                returning xmax = 0
                """);
        // A successor is the version of its code in force the day after this one ends: a new unit
        // (the 2025 provinces) or a body that already existed (MOFA taking over a commission's work).
        BY_TABLE.put("organisation successor", """
                update organisation o set successor_id = s.org_id
                from ref_stage_organisation st
                left join organisation s on s.code = st.successor_code
                      and daterange(s.valid_from, s.valid_to, '[]') @> st.valid_to + 1
                where o.code = st.code and o.valid_from = st.valid_from and o.successor_id is distinct from s.org_id
                returning false
                """);
        BY_TABLE.put("indicator", """
                insert into indicator as i (code, task_no, name_vi, name_en, definition_vi, definition_en, unit_vi,
                    unit_en, value_type, aggregation, numerator_code, denominator_code, reporter_kinds, required,
                    at_most_code, higher_is_better, sort_order, valid_from, valid_to, note)
                select code, task_no, name_vi, name_en, definition_vi, definition_en, unit_vi, unit_en, value_type,
                       aggregation, numerator_code, denominator_code, reporter_kinds, required, at_most_code,
                       higher_is_better, sort_order, valid_from, valid_to, note
                from ref_stage_indicator
                on conflict (code) do update set task_no = excluded.task_no, name_vi = excluded.name_vi,
                    name_en = excluded.name_en, definition_vi = excluded.definition_vi,
                    definition_en = excluded.definition_en, unit_vi = excluded.unit_vi, unit_en = excluded.unit_en,
                    value_type = excluded.value_type, aggregation = excluded.aggregation,
                    numerator_code = excluded.numerator_code, denominator_code = excluded.denominator_code,
                    reporter_kinds = excluded.reporter_kinds, required = excluded.required,
                    at_most_code = excluded.at_most_code, higher_is_better = excluded.higher_is_better,
                    sort_order = excluded.sort_order, valid_from = excluded.valid_from, valid_to = excluded.valid_to,
                    note = excluded.note
                where (i.task_no, i.name_vi, i.name_en, i.definition_vi, i.definition_en, i.unit_vi, i.unit_en,
                       i.value_type, i.aggregation, i.numerator_code, i.denominator_code, i.reporter_kinds, i.required,
                       i.at_most_code, i.higher_is_better, i.sort_order, i.valid_from, i.valid_to, i.note)
                      is distinct from (excluded.task_no, excluded.name_vi, excluded.name_en, excluded.definition_vi,
                       excluded.definition_en, excluded.unit_vi, excluded.unit_en, excluded.value_type,
                       excluded.aggregation, excluded.numerator_code, excluded.denominator_code,
                       excluded.reporter_kinds, excluded.required, excluded.at_most_code, excluded.higher_is_better,
                       excluded.sort_order, excluded.valid_from, excluded.valid_to, excluded.note)
                returning xmax = 0
                """);
        BY_TABLE.put("reporting_period", """
                insert into reporting_period as p (code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en)
                select code, kind, starts_on, ends_on, due_on, locks_on, name_vi, name_en from ref_stage_period
                on conflict (code) do update set kind = excluded.kind, starts_on = excluded.starts_on,
                    ends_on = excluded.ends_on, due_on = excluded.due_on, locks_on = excluded.locks_on,
                    name_vi = excluded.name_vi, name_en = excluded.name_en
                where (p.kind, p.starts_on, p.ends_on, p.due_on, p.locks_on, p.name_vi, p.name_en)
                      is distinct from (excluded.kind, excluded.starts_on, excluded.ends_on, excluded.due_on,
                                        excluded.locks_on, excluded.name_vi, excluded.name_en)
                returning xmax = 0
                """);
    }

    private ReferenceUpserts() {
    }

    /** Inserted and updated counts of one table. */
    record Change(String table, int inserted, int updated) {

        static Change of(String table, List<Boolean> insertedFlags) {
            int inserted = (int) insertedFlags.stream().filter(Boolean::booleanValue).count();
            return new Change(table, inserted, insertedFlags.size() - inserted);
        }
    }
}
