-- The status board of :period: every expected reporter (view period_reporter, the one rule of who is
-- expected: reporting organisations in existence on the period's last day), its current accepted
-- submission if any, how many files (or parts of multi-organisation files) for it and the period
-- were rejected, its version awaiting review if any, and its latest version when a reviewer returned it
-- (with the latest decision's reason). :region (a region code of the period's reporters) and :kind narrow
-- it when not null. Unordered: the service sorts by kind, region and Vietnamese alphabetical order, which
-- collations miss. Parameters: :period, :region, :kind.
select r.code, r.name_vi, r.name_en, r.kind, r.region_code, r.region_name_vi, r.region_name_en,
       s.version, s.received_at, s.on_time, s.channel, coalesce(f.rejected, 0) as rejected,
       a.version as awaiting_version,
       case when l.status = 'returned' then l.version end as returned_version,
       case when l.status = 'returned' then
            (select d.reason from review_decision d where d.submission_id = l.submission_id
              order by d.decision_id desc limit 1) end as returned_reason
  from period_reporter r
  left join submission s on s.org_id = r.org_id and s.period_code = r.period_code and s.status = 'accepted'
  left join submission a on a.org_id = r.org_id and a.period_code = r.period_code and a.status = 'awaiting'
  left join lateral (select l.submission_id, l.version, l.status from submission l
                      where l.org_id = r.org_id and l.period_code = r.period_code
                      order by l.version desc limit 1) l on true
  left join (select org_code, count(*) as rejected
               from intake_file
              where period_code = :period and outcome = 'rejected'
              group by org_code) f on f.org_code = r.code
 where r.period_code = :period
   and (cast(:region as text) is null or r.region_code = cast(:region as text))
   and (cast(:kind as text) is null or r.kind = cast(:kind as text))
