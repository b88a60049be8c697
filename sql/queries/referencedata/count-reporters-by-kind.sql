-- reference summary: the reporting organisations in existence on :on, counted per kind, in the kinds'
-- usual order. Parameters: :on.
select kind, count(*) as count from organisation_history
where validity @> :on and reports group by kind
order by array_position(array['province', 'central_org', 'party_board', 'ministry'], kind)
