package uk.gov.halton.planner.plans;

import java.util.List;

/**
 * One element of a plan: from the standard list (COMAH 2015 Schedule 4 Part 2, {@code paragraph} says where) or the
 * plan's own ({@code local}). A retired element is kept for the record of past tests but needs no more testing.
 * {@code exerciseTypes} are the exercise templates suited to testing it.
 */
public record PlanElement(
        String key,
        String title,
        String detail,
        String paragraph,
        List<String> exerciseTypes,
        boolean local,
        boolean retired) {}
