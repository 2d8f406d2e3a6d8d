package uk.gov.halton.planner.base.security;

import org.springframework.data.jpa.repository.JpaRepository;
import uk.gov.halton.planner.base.Role;

import java.util.List;
import java.util.Optional;

public interface AppUsers extends JpaRepository<AppUser, Long> {

    Optional<AppUser> findByUsernameIgnoreCase(String username);

    List<AppUser> findByRoleAndEnabledTrueOrderByUsername(Role role);

    long countByRoleAndEnabledTrue(Role role);
}
