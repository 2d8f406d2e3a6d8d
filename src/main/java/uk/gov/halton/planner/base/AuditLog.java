package uk.gov.halton.planner.base;

import jakarta.persistence.EntityManager;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.hibernate.envers.AuditReader;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.gov.halton.planner.base.audit.AuditRevision;
import uk.gov.halton.planner.base.audit.AuditRevisions;

/**
 * Reads the audit trail that Hibernate Envers writes for every {@code @Audited} entity of every module:
 * who changed what, and when. Each entity only needs {@code @Audited} and its {@code _aud} table.
 */
@Service
@Transactional(readOnly = true)
public class AuditLog {

    private final AuditRevisions revisions;
    private final EntityManager entityManager;

    AuditLog(AuditRevisions revisions, EntityManager entityManager) {
        this.revisions = revisions;
        this.entityManager = entityManager;
    }

    /** The newest changes first, at most {@code limit} revisions. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> latest(int limit) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        List<AuditEntry> entries = new ArrayList<>();
        for (AuditRevision revision : revisions.findAllByOrderByIdDesc(PageRequest.of(0, limit))) {
            entries.addAll(entries(reader, revision));
        }
        return entries;
    }

    /**
     * What to look for: changes by one user (null for anyone), to records whose name ("Site koura-runcorn")
     * contains {@code record} (null for any), made from {@code from} (inclusive) to {@code until} (exclusive).
     */
    public record Filter(String username, String record, Instant from, Instant until) {}

    /** The newest changes that match the filter first, at most {@code limit} of them. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<AuditEntry> search(Filter filter, int limit) {
        AuditReader reader = AuditReaderFactory.get(entityManager);
        String username = filter.username() == null || filter.username().isBlank() ? null : filter.username();
        String record = filter.record() == null || filter.record().isBlank()
                ? null
                : filter.record().strip().toLowerCase(Locale.ROOT);
        long from = filter.from() == null ? Long.MIN_VALUE : filter.from().toEpochMilli();
        long until = filter.until() == null ? Long.MAX_VALUE : filter.until().toEpochMilli();
        List<AuditEntry> entries = new ArrayList<>();
        // Revisions are read a page at a time, newest first, until enough entries match (or SEARCHED are read).
        for (int page = 0; page * PAGE < SEARCHED && entries.size() < limit; page++) {
            List<AuditRevision> found = revisions.search(username, from, until, PageRequest.of(page, PAGE));
            for (AuditRevision revision : found) {
                for (AuditEntry entry : entries(reader, revision)) {
                    if (entries.size() < limit
                            && (record == null
                                    || entry.record().toLowerCase(Locale.ROOT).contains(record))) {
                        entries.add(entry);
                    }
                }
            }
            if (found.size() < PAGE) {
                break;
            }
        }
        return entries;
    }

    /** Everyone who has changed anything, for the filter's list. */
    @PreAuthorize("hasRole('ADMIN')")
    public List<String> usernames() {
        return revisions.usernames();
    }

    private static final int PAGE = 200;
    private static final int SEARCHED = 10_000;

    private List<AuditEntry> entries(AuditReader reader, AuditRevision revision) {
        List<AuditEntry> entries = new ArrayList<>();
        Map<RevisionType, List<Object>> changed =
                reader.getCrossTypeRevisionChangesReader().findEntitiesGroupByRevisionType(revision.getId());
        changed.forEach(
                (type, entities) -> entities.forEach(entity -> entries.add(entry(reader, revision, type, entity))));
        return entries;
    }

    private AuditEntry entry(AuditReader reader, AuditRevision revision, RevisionType type, Object entity) {
        Object id =
                entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        Class<?> entityClass = entity.getClass();
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        switch (type) {
            case ADD ->
                fields(entityClass)
                        .forEach(f -> changes.add(new AuditEntry.FieldChange(label(f), null, text(read(f, entity)))));
            case DEL ->
                fields(entityClass)
                        .forEach(f -> changes.add(new AuditEntry.FieldChange(label(f), text(read(f, entity)), null)));
            case MOD -> {
                Object before = previous(reader, entityClass, id, revision.getId());
                for (Field f : fields(entityClass)) {
                    Object old = before == null ? null : read(f, before);
                    Object now = read(f, entity);
                    if (!Objects.equals(old, now)) {
                        changes.add(new AuditEntry.FieldChange(label(f), text(old), text(now)));
                    }
                }
            }
        }
        AuditEntry.Kind kind = switch (type) {
            case ADD -> AuditEntry.Kind.ADDED;
            case MOD -> AuditEntry.Kind.CHANGED;
            case DEL -> AuditEntry.Kind.DELETED;
        };
        return new AuditEntry(
                revision.getId(),
                revision.getTime(),
                revision.getUsername(),
                entityClass.getSimpleName(),
                id,
                kind,
                changes);
    }

    private static Object previous(AuditReader reader, Class<?> entityClass, Object id, long revision) {
        List<?> found = reader.createQuery()
                .forRevisionsOfEntity(entityClass, true, true)
                .add(AuditEntity.id().eq(id))
                .add(AuditEntity.revisionNumber().lt(revision))
                .addOrder(AuditEntity.revisionNumber().desc())
                .setMaxResults(1)
                .getResultList();
        return found.isEmpty() ? null : found.getFirst();
    }

    private static List<Field> fields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field f : c.getDeclaredFields()) {
                boolean skip = Modifier.isStatic(f.getModifiers())
                        || f.isAnnotationPresent(NotAudited.class)
                        || f.isAnnotationPresent(jakarta.persistence.Id.class)
                        || Collection.class.isAssignableFrom(f.getType());
                if (!skip) {
                    fields.add(f);
                }
            }
        }
        return fields;
    }

    private static Object read(Field field, Object target) {
        try {
            field.setAccessible(true);
            return field.get(target);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    /** A field's name in words: "positionApproximate" is "position approximate". */
    private static String label(Field field) {
        return field.getName().replaceAll("([a-z0-9])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    /** A value as people read it: yes or no, a state in words ("Planner", not "PLANNER"), a time in London. */
    private static String text(Object value) {
        return switch (value) {
            case null -> "";
            case Boolean b -> b ? "yes" : "no";
            case Enum<?> e -> Kit.words(e.name());
            case Instant i -> Dates.shortDayTime(i);
            case java.time.OffsetDateTime t -> Dates.shortDayTime(t.toInstant());
            case java.time.LocalDate d -> Dates.day(d);
            default -> value.toString();
        };
    }
}
