-- reference load, check: the problems found line by line while staging (file, line, message). No parameters.
select file_name, line_no, message from ref_stage_problem
