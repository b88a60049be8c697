-- Every scheduler instance of cluster :schedulerName in Quartz's cluster table, with when it last checked in
-- and how often it should (milliseconds). Parameters: :schedulerName.
select instance_name, last_checkin_time, checkin_interval from qrtz_scheduler_state
 where sched_name = :schedulerName
 order by instance_name
