package uk.gov.halton.planner.base;

import jakarta.persistence.EntityManager;
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

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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
            Map<RevisionType, List<Object>> changed = reader.getCrossTypeRevisionChangesReader()
                    .findEntitiesGroupByRevisionType(revision.getId());
            changed.forEach((type, entities) -> entities.forEach(entity ->
                    entries.add(entry(reader, revision, type, entity))));
        }
        return entries;
    }

    private AuditEntry entry(AuditReader reader, AuditRevision revision, RevisionType type, Object entity) {
        Object id = entityManager.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(entity);
        Class<?> entityClass = entity.getClass();
        List<AuditEntry.FieldChange> changes = new ArrayList<>();
        switch (type) {
            case ADD -> fields(entityClass).forEach(f -> changes.add(new AuditEntry.FieldChange(
                    f.getName(), null, text(read(f, entity)))));
            case DEL -> fields(entityClass).forEach(f -> changes.add(new AuditEntry.FieldChange(
                    f.getName(), text(read(f, entity)), null)));
            case MOD -> {
                Object before = previous(reader, entityClass, id, revision.getId());
                for (Field f : fields(entityClass)) {
                    Object old = before == null ? null : read(f, before);
                    Object now = read(f, entity);
                    if (!Objects.equals(old, now)) {
                        changes.add(new AuditEntry.FieldChange(f.getName(), text(old), text(now)));
                    }
                }
            }
        }
        AuditEntry.Kind kind = switch (type) {
            case ADD -> AuditEntry.Kind.ADDED;
            case MOD -> AuditEntry.Kind.CHANGED;
            case DEL -> AuditEntry.Kind.DELETED;
        };
        return new AuditEntry(revision.getId(), revision.getTime(), revision.getUsername(),
                entityClass.getSimpleName(), id, kind, changes);
    }

    private static Object previous(AuditReader reader, Class<?> entityClass, Object id, long revision) {
        List<?> found = reader.createQuery().forRevisionsOfEntity(entityClass, true, true)
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
                boolean skip = Modifier.isStatic(f.getModifiers()) || f.isAnnotationPresent(NotAudited.class)
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

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
