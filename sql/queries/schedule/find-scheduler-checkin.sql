-- When scheduler instance :instanceName of cluster :schedulerName last checked in, and how often it should,
-- from Quartz's cluster table. Parameters: :schedulerName, :instanceName.
select last_checkin_time, checkin_interval from qrtz_scheduler_state
 where sched_name = :schedulerName and instance_name = :instanceName
