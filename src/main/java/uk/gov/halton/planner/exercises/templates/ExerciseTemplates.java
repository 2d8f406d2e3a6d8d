package uk.gov.halton.planner.exercises.templates;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.ReferenceDataSet;
import uk.gov.halton.planner.base.ReferenceFile;
import uk.gov.halton.planner.exercises.ExerciseTemplate;

/**
 * The exercise types: each *.yaml file in exercise-templates/ is checked and stored, so a new type is added by
 * dropping a file in. Templates are reference data, not user records, so they are kept with plain JDBC.
 */
@Component
public class ExerciseTemplates implements ReferenceDataSet {

    /** A template is a page of YAML (the shipped ones are about 3 KB). */
    static final int MAX_FILE_BYTES = 64 * 1024;

    private final JdbcClient jdbc;

    ExerciseTemplates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String name() {
        return "exercise-templates";
    }

    @Override
    public String folder() {
        return "exercise-templates";
    }

    @Override
    public String pattern() {
        return "*.yaml";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public void apply(ReferenceFile file) {
        ExerciseTemplate t =
                TemplateParser.parse(file.name(), file.location(), file.text(MAX_FILE_BYTES, "a template"));
        String outline = String.join(
                "\n", t.outline().stream().map(s -> s.at() + "|" + s.item()).toList());
        Object[] values = {
            t.name(),
            t.purpose(),
            t.usualDuration().toString(),
            t.discussionBased(),
            String.join("\n", t.objectives()),
            String.join("\n", t.agencies()),
            outline,
            String.join("\n", t.debriefChecklist()),
            file.name(),
            t.type()
        };
        int updated = jdbc.sql("update exercise_template set name = ?, purpose = ?, usual_duration = ?, "
                        + "discussion_based = ?, objectives = ?, agencies = ?, outline = ?, debrief_checklist = ?, "
                        + "source_file = ? where template_type = ?")
                .params(values)
                .update();
        if (updated == 0) {
            jdbc.sql(
                            "insert into exercise_template (name, purpose, usual_duration, discussion_based, objectives, "
                                    + "agencies, outline, debrief_checklist, source_file, template_type) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(values)
                    .update();
        }
    }

    public List<ExerciseTemplate> findAll() {
        return jdbc.sql("select * from exercise_template order by name")
                .query((rs, n) -> new ExerciseTemplate(
                        rs.getString("template_type"),
                        rs.getString("name"),
                        rs.getString("purpose"),
                        Duration.parse(rs.getString("usual_duration")),
                        rs.getBoolean("discussion_based"),
                        lines(rs.getString("objectives")),
                        lines(rs.getString("agencies")),
                        lines(rs.getString("outline")).stream()
                                .map(l -> {
                                    String[] parts = l.split("\\|", 2);
                                    return new ExerciseTemplate.Step(parts[0], parts[1]);
                                })
                                .toList(),
                        lines(rs.getString("debrief_checklist")),
                        rs.getString("source_file")))
                .list();
    }

    public Optional<ExerciseTemplate> find(String type) {
        return findAll().stream().filter(t -> t.type().equals(type)).findFirst();
    }

    private static List<String> lines(String text) {
        return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
    }
}
