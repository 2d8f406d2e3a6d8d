-- The log the old per-deadline triggers wrote, which reached nobody (see V52): nothing writes or reads it any more.
drop table scheduled_event_log;
