-- Narratives gain lessons learned (bài học kinh nghiệm) and causes qualified as objective (khách quan) or
-- subjective (chủ quan) where the organisation says which; plain 'causes' stays valid for older files.
alter table submission_narrative drop constraint submission_narrative_section_check;
alter table submission_narrative add constraint submission_narrative_section_check check (section in (
    'achievements', 'limitations', 'causes', 'causes_objective', 'causes_subjective', 'lessons', 'proposals'));
