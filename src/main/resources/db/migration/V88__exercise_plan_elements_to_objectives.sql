-- Which plan elements an exercise tests is now recorded per element with a result (exercise_element_result); the
-- old free-text field goes. Its text is kept: appended to the exercise's objectives under a heading, so nothing a
-- planner wrote is lost. The objectives column grows to hold both. The audit table keeps its plan_elements column
-- (and so the text's history); Envers no longer writes to it.
alter table exercise alter column objectives set data type varchar(6200);
alter table exercise_aud alter column objectives set data type varchar(6200);

update exercise
set objectives = case
        when objectives is null or trim(objectives) = ''
            then 'Plan elements tested (as written before results were recorded per element):' || chr(10)
                 || trim(plan_elements)
        else objectives || chr(10) || chr(10)
                 || 'Plan elements tested (as written before results were recorded per element):' || chr(10)
                 || trim(plan_elements)
    end
where plan_elements is not null and trim(plan_elements) <> '';

alter table exercise drop column plan_elements;
