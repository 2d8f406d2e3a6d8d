package uk.gov.halton.planner.base.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

// Derived queries only: a declared (@Query) one is parsed by Spring Data's own JPQL parser when the application
// starts, which costs the start-up about a tenth of a second for the first one.
public interface AuditRevisions extends JpaRepository<AuditRevision, Long> {

    Page<AuditRevision> findAllByOrderByIdDesc(Pageable pageable);

    /** Revisions by one user (or anyone, for null) with timestamps in [from, until), newest first. */
    default List<AuditRevision> search(String username, long from, long until, Pageable pageable) {
        return username == null
                ? findByTimestampGreaterThanEqualAndTimestampLessThanOrderByIdDesc(from, until, pageable)
                : findByUsernameAndTimestampGreaterThanEqualAndTimestampLessThanOrderByIdDesc(
                        username, from, until, pageable);
    }

    List<AuditRevision> findByTimestampGreaterThanEqualAndTimestampLessThanOrderByIdDesc(
            long from, long until, Pageable pageable);

    List<AuditRevision> findByUsernameAndTimestampGreaterThanEqualAndTimestampLessThanOrderByIdDesc(
            String username, long from, long until, Pageable pageable);

    /** Everyone who made a revision, in order. */
    default List<String> usernames() {
        return findDistinctByOrderByUsernameAsc().stream()
                .map(Author::getUsername)
                .toList();
    }

    List<Author> findDistinctByOrderByUsernameAsc();

    /** Only the user name of a revision. */
    interface Author {
        String getUsername();
    }
}
