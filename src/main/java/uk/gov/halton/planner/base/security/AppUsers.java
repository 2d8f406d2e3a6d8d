package uk.gov.halton.planner.base.security;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import uk.gov.halton.planner.base.Role;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    /** By the stored name exactly: pass a name through {@link UserNames#normalise} first. */
    Optional<AppUser> findByUsername(String username);

    List<AppUser> findByRoleAndEnabledTrueOrderByUsername(Role role);

    long countByRoleAndEnabledTrue(Role role);
}
