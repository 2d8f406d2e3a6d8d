package uk.gov.halton.planner.exercises;

import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.CsvCells;
import uk.gov.halton.planner.exercises.domain.Exercises;
import uk.gov.halton.planner.exercises.domain.ExerciseRepository;
import uk.gov.halton.planner.exercises.domain.LessonEntity;
import uk.gov.halton.planner.exercises.domain.LessonRepository;
import uk.gov.halton.planner.exercises.templates.ExerciseTemplates;
import uk.gov.halton.planner.plans.PlanService;
import uk.gov.halton.planner.plans.PlanSummary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Lessons of every exercise as CSV for the national Joint Organisational Learning (JOL) system. */
@Component
class LessonsExport {

    private final ExerciseRepository exercises;
    private final LessonRepository lessons;
    private final ExerciseTemplates templates;
    private final PlanService plans;

    LessonsExport(ExerciseRepository exercises, LessonRepository lessons, ExerciseTemplates templates,
                  PlanService plans) {
        this.exercises = exercises;
        this.lessons = lessons;
        this.templates = templates;
        this.plans = plans;
    }

    String csv() {
        Map<Long, ExerciseSummary> byId = exercises.findAll().stream().map(Exercises::summary)
                .collect(Collectors.toMap(ExerciseSummary::id, Function.identity()));
        Map<String, String> titles = plans.findAll().stream()
                .collect(Collectors.toMap(PlanSummary::id, PlanSummary::title));
        Map<String, String> typeNames = templates.findAll().stream()
                .collect(Collectors.toMap(ExerciseTemplate::type, ExerciseTemplate::name));
        List<List<String>> rows = new ArrayList<>();
        for (LessonEntity entity : lessons.findAll()) {
            Lesson l = entity.toRecord();
            ExerciseSummary e = byId.get(l.exerciseId());
            rows.add(List.of(String.valueOf(l.id()), e.name(), e.date().toString(),
                    typeNames.getOrDefault(e.templateType(), e.templateType()),
                    e.planIds().stream().map(id -> titles.getOrDefault(id, id)).collect(Collectors.joining("; ")),
                    nz(l.planElement()), l.category().label(), l.text(), String.join("; ", e.agencies()),
                    nz(e.location()), l.recordedOn().toString(), l.recordedBy(), "Halton Borough Council"));
        }
        return CsvCells.write(List.of("Lesson ID", "Exercise", "Exercise date", "Exercise type", "Plans tested",
                "Plan element", "Category", "Lesson", "Participating agencies", "Location", "Recorded on",
                "Recorded by", "Organisation"), rows);
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
