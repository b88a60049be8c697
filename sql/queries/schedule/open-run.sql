-- Records an occurrence of a schedule asked for by a fire, 'pending'; an occurrence already on record is
-- left as it is. Parameters: :scheduleName, :jobName, :occurrence, :jobParameters, :firedAt.
insert into schedule_run (schedule_name, job_name, occurrence, job_parameters, fired_at, last_fired_at,
                          outcome, updated_at)
values (:scheduleName, :jobName, :occurrence, :jobParameters, :firedAt, :firedAt, 'pending', now())
on conflict (schedule_name, occurrence) do nothing
