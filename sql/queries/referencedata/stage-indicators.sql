-- reference load: one good line of indicators.csv into its staging table. Parameters: the IndicatorRow's
-- fields (:lineNo, :code, :taskNo, … :note); :reporterKinds is the kinds joined by ';'.
insert into ref_stage_indicator (line_no, code, task_no, name_vi, name_en, definition_vi,
        definition_en, unit_vi, unit_en, value_type, aggregation, numerator_code, denominator_code,
        reporter_kinds, required, at_most_code, higher_is_better, sort_order, valid_from, valid_to, note)
values (:lineNo, :code, :taskNo, :nameVi, :nameEn, :definitionVi, :definitionEn, :unitVi, :unitEn,
        :valueType, :aggregation, :numeratorCode, :denominatorCode, string_to_array(:reporterKinds, ';'),
        :required, :atMostCode, :higherIsBetter, :sortOrder, :validFrom, :validTo, :note)
