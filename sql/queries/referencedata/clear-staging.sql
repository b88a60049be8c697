-- reference load: empties the staging tables left by the previous load. No parameters.
truncate ref_stage_problem, ref_stage_task, ref_stage_region, ref_stage_organisation,
         ref_stage_indicator, ref_stage_period
