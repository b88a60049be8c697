-- reference load: one good line of regions.csv into its staging table. Parameters: the RegionRow's fields
-- (:lineNo, :regionId, :scheme, :code, :nameVi, :nameEn, :validFrom, :validTo, :adoptedOn, :legalBasis,
-- :sortOrder).
insert into ref_stage_region (line_no, region_id, scheme, code, name_vi, name_en, valid_from,
                              valid_to, adopted_on, legal_basis, sort_order)
values (:lineNo, :regionId, :scheme, :code, :nameVi, :nameEn, :validFrom, :validTo, :adoptedOn,
        :legalBasis, :sortOrder)
