package uk.gov.halton.planner.base;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Component;
import uk.gov.halton.planner.base.audit.AuditRevision;
import uk.gov.halton.planner.base.security.AppUser;
import uk.gov.halton.planner.base.security.AppUsers;

/**
 * Refuses a save made from a stale form: the version the user opened must still be the record's version. Who
 * changed it last, and when, comes from the audit log (Envers), so no entity needs columns of its own for it.
 */
@Component
public class EditConflicts {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("HH:mm 'on' d MMMM yyyy", Locale.UK);

    private final EntityManager entityManager;
    private final AppUsers users;

    EditConflicts(EntityManager entityManager, AppUsers users) {
        this.entityManager = entityManager;
        this.users = users;
    }

    /** Throws {@link ConcurrentEditException} unless {@code opened} is the audited record's {@code current} version. */
    public void check(Class<?> auditedEntity, Object id, long opened, long current) {
        if (opened != current) {
            List<?> latest = AuditReaderFactory.get(entityManager)
                    .createQuery()
                    .forRevisionsOfEntity(auditedEntity, false, true)
                    .add(AuditEntity.id().eq(id))
                    .addOrder(AuditEntity.revisionNumber().desc())
                    .setMaxResults(1)
                    .getResultList();
            AuditRevision revision = latest.isEmpty() ? null : (AuditRevision) ((Object[]) latest.getFirst())[1];
            throw revision == null ? refused(null, null) : refused(revision.getUsername(), revision.getTime());
        }
    }

    /** The refusal for a record that keeps its own "changed by" and "changed at". */
    public ConcurrentEditException refused(String username, Instant at) {
        if (username == null || at == null) {
            return new ConcurrentEditException("This record was changed by someone else since you opened it. "
                    + "Copy what you typed, reload the page and make your change again.");
        }
        return new ConcurrentEditException("This record was changed by " + displayName(username) + " at "
                + WHEN.withZone(PlannerZone.zone()).format(at)
                + " since you opened it. Copy what you typed, reload the page and make your "
                + "change again.");
    }

    private String displayName(String username) {
        return users.findByUsername(username)
                .map(AppUser::getDisplayName)
                .filter(name -> !name.isBlank())
                .orElse(username);
    }
}
