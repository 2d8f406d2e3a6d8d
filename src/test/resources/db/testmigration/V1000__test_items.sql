-- Test-only table written by the reference-data loader tests.
create table test_item (
    item_name  varchar(50)  not null primary key,
    item_value varchar(200) not null,
    note       varchar(200)
);
