package uk.gov.halton.planner.base.audit;

import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AuditRevisions extends JpaRepository<AuditRevision, Long> {

    Page<AuditRevision> findAllByOrderByIdDesc(Pageable pageable);

    /** Revisions by one user (or anyone, for null) with timestamps in [from, until), newest first. */
    @Query("select r from AuditRevision r where (:username is null or r.username = :username)"
            + " and r.timestamp >= :from and r.timestamp < :until order by r.id desc")
    List<AuditRevision> search(
            @Param("username") String username,
            @Param("from") long from,
            @Param("until") long until,
            Pageable pageable);

    @Query("select distinct r.username from AuditRevision r order by r.username")
    List<String> usernames();
}
