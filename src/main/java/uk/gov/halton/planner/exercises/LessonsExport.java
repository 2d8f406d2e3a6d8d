package uk.gov.halton.planner.exercises;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.exercises.domain.ExerciseRepository;
import uk.gov.halton.planner.exercises.domain.Exercises;
import uk.gov.halton.planner.exercises.domain.LessonEntity;
import uk.gov.halton.planner.exercises.domain.LessonRepository;
import uk.gov.halton.planner.exercises.templates.ExerciseTemplates;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

/** Lessons of every exercise as CSV for the national Joint Organisational Learning (JOL) system. */
@Component
class LessonsExport {

    private final ExerciseRepository exercises;
    private final LessonRepository lessons;
    private final ExerciseTemplates templates;
    private final PlanService plans;
    private final uk.gov.halton.planner.exercises.domain.ElementResults marks;
    private final uk.gov.halton.planner.exercises.domain.Attendees attendees;

    LessonsExport(
            ExerciseRepository exercises,
            LessonRepository lessons,
            ExerciseTemplates templates,
            PlanService plans,
            uk.gov.halton.planner.exercises.domain.ElementResults marks,
            uk.gov.halton.planner.exercises.domain.Attendees attendees) {
        this.marks = marks;
        this.attendees = attendees;
        this.exercises = exercises;
        this.lessons = lessons;
        this.templates = templates;
        this.plans = plans;
    }

    String csv() {
        Map<Long, ExerciseSummary> byId = exercises.findAll().stream()
                .map(Exercises::summary)
                .collect(Collectors.toMap(ExerciseSummary::id, Function.identity()));
        Map<String, String> titles =
                plans.findAll().stream().collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));
        Map<String, String> typeNames =
                templates.findAll().stream().collect(Collectors.toMap(ExerciseTemplate::type, ExerciseTemplate::name));
        List<List<String>> rows = new ArrayList<>();
        for (LessonEntity entity : lessons.findAll()) {
            Lesson l = entity.toRecord();
            ExerciseSummary e = byId.get(l.exerciseId());
            rows.add(List.of(
                    String.valueOf(l.id()),
                    e.name(),
                    e.date().toString(),
                    typeNames.getOrDefault(e.templateType(), e.templateType()),
                    e.planIds().stream().map(id -> titles.getOrDefault(id, id)).collect(Collectors.joining("; ")),
                    nz(l.planElement()),
                    ElementMark.text(marks.findByExerciseIdOrderById(e.id()).stream()
                            .map(uk.gov.halton.planner.exercises.domain.ElementResultEntity::toRecord)
                            .toList()),
                    l.category().label(),
                    l.text(),
                    agencies(e),
                    nz(e.location()),
                    l.recordedOn().toString(),
                    l.recordedBy(),
                    "Halton Borough Council"));
        }
        return CsvCells.write(
                List.of(
                        "Lesson ID",
                        "Exercise",
                        "Exercise date",
                        "Exercise type",
                        "Plans tested",
                        "Plan element",
                        "Plan elements tested",
                        "Category",
                        "Lesson",
                        "Participating agencies",
                        "Location",
                        "Recorded on",
                        "Recorded by",
                        "Organisation"),
                rows);
    }

    /**
     * The organisations recorded as attending on the day; before any attendance is recorded, the services the
     * exercise was planned for.
     */
    private String agencies(ExerciseSummary e) {
        List<String> attended = attendees.findByExerciseIdOrderByOrganisationAscNameAsc(e.id()).stream()
                .map(a -> a.toRecord().organisation())
                .filter(o -> o != null && !o.isBlank())
                .collect(Collectors.toCollection(() -> new java.util.TreeSet<>(String.CASE_INSENSITIVE_ORDER)))
                .stream()
                .toList();
        return String.join("; ", attended.isEmpty() ? e.agencies() : attended);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
