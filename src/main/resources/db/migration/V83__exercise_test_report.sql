-- The test report of an exercise, as produced after the debrief: a PDF and an editable OpenDocument text.
create table exercise_test_report (
    exercise_id  bigint        not null primary key references exercise (id),
    produced_at  timestamp(6) with time zone not null,
    produced_by  varchar(100)  not null,
    pdf          bytea         not null,
    odt          bytea         not null
);
