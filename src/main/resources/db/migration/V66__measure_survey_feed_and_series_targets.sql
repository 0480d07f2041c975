-- A measure can be fed by a survey: the question it reads in each wave (the wave of the reporting
-- period the value is for), how the value is computed (PERCENT_CHOOSING, MEAN, COUNT) and, for
-- PERCENT_CHOOSING and COUNT, the option codes that count ('|'-separated, e.g. agree|strongly_agree).
-- survey_id and survey_question_id point into the survey module's tables (no foreign key: that
-- module owns them). A breakdown can carry its own baseline and target per series (seed 003's
-- "Health 75% Social Care 75% Education 90%"), '|'-separated in the order of series_names.
alter table measure add column survey_id bigint;
alter table measure add column survey_question_id bigint;
alter table measure add column survey_method varchar(20);
alter table measure add column survey_options varchar(500);
alter table measure add column series_baselines varchar(500);
alter table measure add column series_targets varchar(500);
create index ix_measure_survey on measure (survey_id);
