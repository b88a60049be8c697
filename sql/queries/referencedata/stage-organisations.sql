-- reference load: one good line of organisations.csv into its staging table. Parameters: the
-- OrganisationRow's fields (:lineNo, :code, :validFrom, :validTo, :kind, :subtype, :nameVi,
-- :officialNameVi, :nameEn, :abbr, :gsoCode, :regionId, :successorCode, :reports, :note).
insert into ref_stage_organisation (line_no, code, valid_from, valid_to, kind, subtype, name_vi,
        official_name_vi, name_en, abbr, gso_code, region_id, successor_code, reports, note)
values (:lineNo, :code, :validFrom, :validTo, :kind, :subtype, :nameVi, :officialNameVi, :nameEn,
        :abbr, :gsoCode, :regionId, :successorCode, :reports, :note)
