-- reference load, apply: points each staged organisation version at its successor, the version of the
-- successor code in force the day after it ends; unchanged links are not touched. Returns false per
-- updated row. No parameters.
update organisation o set successor_id = s.org_id
from ref_stage_organisation st
left join organisation s on s.code = st.successor_code
      and daterange(s.valid_from, s.valid_to, '[]') @> st.valid_to + 1
where o.code = st.code and o.valid_from = st.valid_from and o.successor_id is distinct from s.org_id
returning false
