-- reference load: one good line of tasks.csv into its staging table. Parameters: the TaskRow's fields
-- (:lineNo, :taskNo, :code, :shortNameVi, :nameEn, :directiveTextVi).
insert into ref_stage_task (line_no, task_no, code, short_name_vi, name_en, directive_text_vi)
values (:lineNo, :taskNo, :code, :shortNameVi, :nameEn, :directiveTextVi)
